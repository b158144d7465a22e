"""Every audit page, every role: the exact answer each role gets, as one table.

Service managers lead rounds (draw, confirm, assign, judge); service managers, team managers and auditors read
rounds and results; a case's audit page opens for its auditor and the quality lead, and moderation for an independent
second auditor. Case managers, police, health workers, screeners, the board and administrators are refused
(403). Another service's manager gets 404 for this service's rounds and cases.

A page added to the audit views without a row here fails test_every_audit_page_has_a_row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, resolve, reverse

from tests.access_matrix import Row, saved, statuses, table_sizes
from tests.conftest import ROLE_NAMES, Cast
from tests.quality.conftest import Audit, build_audit
from tests.quality.factories import answer, audit_round, finish
from yjs.core.models import User
from yjs.quality.models import AuditCase, AuditRound, KeyQuestion, Standard
from yjs.quality.views import auditing, results, rounds

READ = statuses(403, service_manager=200, team_manager=200, auditor=200, other_service_manager=200)
READ_THIS = {**READ, "other_service_manager": 404}
LEAD = statuses(403, service_manager=200, other_service_manager=200)
LEAD_THIS = {**LEAD, "other_service_manager": 404}
# The case's own auditor and the quality lead open it; the North team manager holds it (case 1 is North's), so does not.
OPEN_CASE = statuses(403, service_manager=200, auditor=200, other_service_manager=404)
ANSWER_CASE = statuses(403, auditor=302, other_service_manager=404)
# The finished South case: not its own auditor; the North team manager is independent of it.
MODERATE = statuses(403, service_manager=200, team_manager=200, other_service_manager=404)


@dataclass
class Matrix:
    audit: Audit
    open_case: AuditCase
    finished: AuditCase
    unassigned: AuditCase
    sampled: AuditRound
    no_question: KeyQuestion


@pytest.fixture
def matrix(cast: Cast) -> Matrix:
    audit = build_audit(cast)
    finished = audit.case_of(audit.south_court)
    for code in ("2.1", "2.2", "2.3", "2.4"):
        for area in ("desistance", "safety_of_child", "safety_of_others"):
            answer(finished, code, area, "no" if code == "2.1" else "yes", cast.auditor)
    finish(finished)
    unassigned = audit.case_of(audit.south_out_of_court)
    unassigned.auditor = None
    unassigned.save()
    sampled = audit_round(cast.service, [audit.south_court], title="Unconfirmed", status="sampled")
    no_question = KeyQuestion.objects.get(standard__framework=audit.round.framework, standard__code="2.1", area="desistance")
    return Matrix(audit, audit.case_of(audit.north_court), finished, unassigned, sampled, no_question)


def new_round(m: Matrix, user: User) -> dict[str, Any]:
    framework = m.audit.round.framework_id
    return {"title": "Summer", "framework": framework, "window_start": "2025-04-01", "window_end": "2025-06-30"}


def assignment(m: Matrix, user: User) -> dict[str, Any]:
    return {f"auditor_{m.unassigned.pk}": m.audit.cast.service_manager.pk}


def evenly(m: Matrix, user: User) -> dict[str, Any]:
    return {"auditors": [m.audit.cast.auditor.pk]}


def answers(m: Matrix, user: User) -> dict[str, Any]:
    return {"oversight_met": "yes", "save": "1"}


def agreement(m: Matrix, user: User) -> dict[str, Any]:
    return {f"agree_{a.key_question_id}": "agree" for a in m.finished.answers.all()}


def judgement(m: Matrix, user: User) -> dict[str, Any]:
    standard = Standard.objects.get(framework=m.audit.round.framework, code="1.1")
    return {f"s{standard.pk}-rating": "Good", f"s{standard.pk}-strengths": "A committed board"}


def nothing(m: Matrix, user: User) -> dict[str, Any]:
    return {}


def of_round(url_name: str):  # type: ignore[no-untyped-def]
    return lambda m: reverse(url_name, args=[m.audit.round.pk])


def of_sampled(url_name: str):  # type: ignore[no-untyped-def]
    return lambda m: reverse(url_name, args=[m.sampled.pk])


ROWS: list[Row] = [
    Row("the rounds", "quality:index", lambda m: reverse("quality:index"), "get", READ),
    Row("a new round", "quality:round_new", lambda m: reverse("quality:round_new"), "get", LEAD),
    # Another service's manager may draw a round, but their service has no case in the window: refused on the form.
    Row(
        "a new round",
        "quality:round_new",
        lambda m: reverse("quality:round_new"),
        "post",
        {**saved(LEAD), "other_service_manager": 200},
        new_round,
    ),
    Row("a round", "quality:round", of_round("quality:round"), "get", READ_THIS),
    Row("the sample", "quality:round_sample", of_sampled("quality:round_sample"), "get", LEAD_THIS),
    Row("the sample", "quality:round_sample", of_sampled("quality:round_sample"), "post", saved(LEAD_THIS), nothing),
    Row(
        "discarding a sample",
        "quality:round_discard",
        of_sampled("quality:round_discard"),
        "post",
        saved(LEAD_THIS),
        nothing,
    ),
    Row("closing a round", "quality:round_close", of_round("quality:round_close"), "post", saved(LEAD_THIS), nothing),
    Row("assigning auditors", "quality:round_assign", of_round("quality:round_assign"), "get", LEAD_THIS),
    Row(
        "assigning auditors", "quality:round_assign", of_round("quality:round_assign"), "post", saved(LEAD_THIS), assignment
    ),
    Row(
        "sharing evenly",
        "quality:round_assign_evenly",
        of_round("quality:round_assign_evenly"),
        "post",
        saved(LEAD_THIS),
        evenly,
    ),
    Row(
        "auditing a case",
        "quality:audit_case",
        lambda m: reverse("quality:audit_case", args=[m.open_case.pk]),
        "get",
        OPEN_CASE,
    ),
    Row(
        "auditing a case",
        "quality:audit_case",
        lambda m: reverse("quality:audit_case", args=[m.open_case.pk]),
        "post",
        ANSWER_CASE,
        answers,
    ),
    Row(
        "moderating a case", "quality:moderate", lambda m: reverse("quality:moderate", args=[m.finished.pk]), "get", MODERATE
    ),
    Row(
        "moderating a case",
        "quality:moderate",
        lambda m: reverse("quality:moderate", args=[m.finished.pk]),
        "post",
        saved(MODERATE),
        agreement,
    ),
    Row("moderation", "quality:moderation", of_round("quality:moderation"), "get", READ_THIS),
    Row("results", "quality:results", of_round("quality:results"), "get", READ_THIS),
    Row(
        "cases answered No",
        "quality:answered_no",
        lambda m: reverse("quality:answered_no", args=[m.audit.round.pk, m.no_question.pk]),
        "get",
        READ_THIS,
    ),
    Row("judgements and overrides", "quality:ratings", of_round("quality:ratings"), "get", LEAD_THIS),
    Row("judgements and overrides", "quality:ratings", of_round("quality:ratings"), "post", saved(LEAD_THIS), judgement),
    Row("the ratings PDF", "quality:results_pdf", of_round("quality:results_pdf"), "get", READ_THIS),
]
CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_audit_page(
    matrix: Matrix, client: Client, row: Row, role: str
) -> None:
    user = matrix.audit.cast.user(role)
    client.force_login(user)
    url = row.url(matrix)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    data = row.data(matrix, user) if row.data else {}
    before = table_sizes(("quality",))
    response = client.post(url, data)
    assert response.status_code == row.expected[role]
    if response.status_code == 302:
        assert table_sizes(("quality",)) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(("quality",)) == before, "a refused POST must save nothing"


AUDIT_VIEWS = (rounds, auditing, results)


def test_every_audit_page_has_a_row() -> None:
    pages = {f"quality:{p.name}" for module in AUDIT_VIEWS for p in module.urlpatterns if isinstance(p, URLPattern)}
    assert pages - {row.url_name for row in ROWS} == set()


def test_every_row_builds_the_url_of_the_page_it_names(matrix: Matrix) -> None:
    for row in ROWS:
        assert resolve(row.url(matrix)).view_name == row.url_name, row.name


def test_every_quality_page_has_a_row_here_or_in_the_ratings_matrix() -> None:
    from tests.quality.test_ratings_role_matrix import ROWS as RATING_ROWS
    from yjs.quality import urls

    pages = {f"quality:{p.name}" for p in urls.urlpatterns if isinstance(p, URLPattern)}
    covered = {row.url_name for row in ROWS} | {row.url_name for row in RATING_ROWS} | {"quality:rate_pdf"}
    assert pages - covered == set()
