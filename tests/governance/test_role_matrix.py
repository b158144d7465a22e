"""Every partnership board page, every role: the exact answer each role gets, as one table.

Service managers and administrators keep the board; the board, team managers and auditors read it; the
roles that work with children's cases have no part in it (403). Another service's manager keeps their
own board, and gets 404 for this one's records. The improvement plan follows the same rule, except that a
board member may record progress on a recommendation owned by the board.

A page added to yjs.governance.urls without a row here fails test_every_board_page_has_a_row.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, resolve, reverse
from django.utils import timezone

from tests.access_matrix import Row, saved, statuses, table_sizes
from tests.conftest import ROLE_NAMES
from tests.governance.conftest import Board
from tests.governance.factories import ActionFactory, RecommendationFactory
from yjs.core.models import User
from yjs.governance import urls as governance_urls
from yjs.governance.models import Action, BoardMember, Recommendation
from yjs.governance.vocabularies import PlanOwner

REFUSED = {"case_manager": 403, "other_team_case_manager": 403, "police_officer": 403, "health_worker": 403}
READ = statuses(200, **REFUSED, partner_screener=403)
READ_THIS_SERVICE = {**READ, "other_service_manager": 404}
KEEP = statuses(403, service_manager=200, administrator=200, other_service_manager=200)
KEEP_THIS_SERVICE = {**KEEP, "other_service_manager": 404}
PROGRESS = statuses(403, service_manager=200, administrator=200, board_member=200, other_service_manager=404)


def new_member(board: Board, user: User) -> dict[str, Any]:
    return {
        "name": "Quinn Newmember",
        "organisation": "Wessex Police",
        "sector": "police",
        "seniority": "senior_partner",
        "senior_partner": "on",
        "active_from": "2025-01-06",
        "user": "",
    }


def edited_member(board: Board, user: User) -> dict[str, Any]:
    return new_member(board, user) | {"name": "Pat Constable", "organisation": "Wessex Constabulary", "active_to": ""}


def retiring(board: Board, user: User) -> dict[str, Any]:
    return {"last_day": timezone.localdate().isoformat()}


def _answers(board: Board, user: User) -> dict[str, Any]:
    own = BoardMember.objects.filter(service_id=user.service_id, active_to__isnull=True)
    return {f"presence_{member.pk}": "attended" for member in own}


def new_meeting(board: Board, user: User) -> dict[str, Any]:
    day = timezone.localdate() - timedelta(days=20)
    return {"held_on": day.isoformat(), "kind": "ordinary", "notes": "Budget agreed"} | _answers(board, user)


def edited_meeting(board: Board, user: User) -> dict[str, Any]:
    return (
        {"held_on": board.past.held_on.isoformat(), "kind": "ordinary", "notes": "Plan signed off"}
        | _answers(board, user)
        | {f"presence_{board.left.pk}": "absent"}
    )


def boards_recommendation(board: Board) -> Recommendation:
    """A recommendation owned by the board with one open action, made the first time a row asks for it."""
    found = Recommendation.objects.filter(service=board.cast.service, number=1).first()
    if found is None:
        found = RecommendationFactory(service=board.cast.service, number=1, owner=PlanOwner.BOARD)
        ActionFactory(recommendation=found)
    return found


def closable(board: Board) -> Recommendation:
    """A recommendation with no open action, which a keeper may close."""
    found = Recommendation.objects.filter(service=board.cast.service, number=2).first()
    return found or RecommendationFactory(service=board.cast.service, number=2)


def recommendation_url(url_name: str, which=boards_recommendation):  # type: ignore[no-untyped-def]
    return lambda board: reverse(url_name, args=[which(board).pk])


def action_url(url_name: str):  # type: ignore[no-untyped-def]
    return lambda board: reverse(url_name, args=[Action.objects.get(recommendation=boards_recommendation(board)).pk])


def new_recommendation(board: Board, user: User) -> dict[str, Any]:
    return {
        "source_kind": "audit_round",
        "source_title": "Risk of harm audit, spring 2024",
        "made_on": "2024-05-01",
        "number": "3",
        "text": "Record who is at risk in every assessment.",
        "owner": "service_manager",
    }


def edited_recommendation(board: Board, user: User) -> dict[str, Any]:
    return new_recommendation(board, user) | {
        "source_title": "HMIP inspection of youth justice services, January 2023",
        "made_on": "2023-06-13",  # before the action's due date
        "number": "1",
    }


def new_action(board: Board, user: User) -> dict[str, Any]:
    return {"what": "Agree the chair's terms", "owner_staff": "", "owner_name": "Chair of the board", "due_on": "2025-01-31"}


def action_done(board: Board, user: User) -> dict[str, Any]:
    return {"done_on": timezone.localdate().isoformat()}


def closing(board: Board, user: User) -> dict[str, Any]:
    return {"closed_on": timezone.localdate().isoformat()}


def progress(board: Board, user: User) -> dict[str, Any]:
    return {"written_on": timezone.localdate().isoformat(), "action": "", "text": "Options paper drafted."}


def named(url_name: str):  # type: ignore[no-untyped-def]
    return lambda board: reverse(url_name)


def member_url(url_name: str):  # type: ignore[no-untyped-def]
    return lambda board: reverse(url_name, args=[board.members["police"].pk])


def meeting_url(url_name: str):  # type: ignore[no-untyped-def]
    return lambda board: reverse(url_name, args=[board.past.pk])


def form_rows(name: str, url_name: str, url, expected: dict[str, int], data) -> list[Row]:  # type: ignore[no-untyped-def]
    return [Row(name, url_name, url, "get", expected), Row(name, url_name, url, "post", saved(expected), data)]


ROWS: list[Row] = [
    Row("the board", "governance:board", named("governance:board"), "get", READ),
    Row("attendance by quarter", "governance:attendance", named("governance:attendance"), "get", READ),
    Row("a meeting", "governance:meeting", meeting_url("governance:meeting"), "get", READ_THIS_SERVICE),
    *form_rows("add a member", "governance:member_new", named("governance:member_new"), KEEP, new_member),
    *form_rows(
        "change a member", "governance:member_edit", member_url("governance:member_edit"), KEEP_THIS_SERVICE, edited_member
    ),
    *form_rows(
        "retire a member", "governance:member_retire", member_url("governance:member_retire"), KEEP_THIS_SERVICE, retiring
    ),
    *form_rows("record a meeting", "governance:meeting_new", named("governance:meeting_new"), KEEP, new_meeting),
    *form_rows(
        "change a meeting",
        "governance:meeting_edit",
        meeting_url("governance:meeting_edit"),
        KEEP_THIS_SERVICE,
        edited_meeting,
    ),
    Row("the improvement plan", "governance:improvement_plan", named("governance:improvement_plan"), "get", READ),
    Row(
        "a recommendation",
        "governance:recommendation",
        recommendation_url("governance:recommendation"),
        "get",
        READ_THIS_SERVICE,
    ),
    *form_rows(
        "add a recommendation",
        "governance:recommendation_new",
        named("governance:recommendation_new"),
        KEEP,
        new_recommendation,
    ),
    *form_rows(
        "change a recommendation",
        "governance:recommendation_edit",
        recommendation_url("governance:recommendation_edit"),
        KEEP_THIS_SERVICE,
        edited_recommendation,
    ),
    *form_rows(
        "close a recommendation",
        "governance:recommendation_close",
        recommendation_url("governance:recommendation_close", closable),
        KEEP_THIS_SERVICE,
        closing,
    ),
    *form_rows(
        "reopen a recommendation",
        "governance:recommendation_reopen",
        recommendation_url("governance:recommendation_reopen", closable),
        KEEP_THIS_SERVICE,
        None,
    ),
    *form_rows(
        "add an action", "governance:action_new", recommendation_url("governance:action_new"), KEEP_THIS_SERVICE, new_action
    ),
    *form_rows(
        "change an action", "governance:action_edit", action_url("governance:action_edit"), KEEP_THIS_SERVICE, new_action
    ),
    *form_rows(
        "mark an action done", "governance:action_done", action_url("governance:action_done"), KEEP_THIS_SERVICE, action_done
    ),
    *form_rows(
        "record progress", "governance:progress_new", recommendation_url("governance:progress_new"), PROGRESS, progress
    ),
]
CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_board_page(board: Board, client: Client, row: Row, role: str) -> None:
    user = board.cast.user(role)
    client.force_login(user)
    url = row.url(board)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    data = row.data(board, user) if row.data else {}
    before = table_sizes(("governance",))
    response = client.post(url, data)
    assert response.status_code == row.expected[role]
    if response.status_code == 302:
        assert table_sizes(("governance",)) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(("governance",)) == before, "a refused POST must save nothing"


def test_every_board_page_has_a_row() -> None:
    pages = {f"governance:{p.name}" for p in governance_urls.urlpatterns if isinstance(p, URLPattern) and p.name}
    assert pages - {row.url_name for row in ROWS} == set()


def test_every_row_builds_the_url_of_the_page_it_names(board: Board) -> None:
    for row in ROWS:
        assert resolve(row.url(board)).view_name == row.url_name, row.name
