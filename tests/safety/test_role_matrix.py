"""Every safety page, every role: the exact answer each role gets, as one table.

The child's safety tab and its MAPPA and contingency forms belong to the caseworkers whose scope holds the
child; exploitation intelligence (screenings, NRM referrals) to the child's own case workers; the risk
panel, the contingency list and the exploitation overview to managers. Police, health workers and auditors,
who read the child's record elsewhere, are refused here (403), as are screeners, the board and
administrators. Another team's case manager and another service's manager get 404 for this child.

A page added to yjs.safety.urls without a row here fails test_every_safety_page_has_a_row.
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
from tests.safety.conftest import Safety
from yjs.core.models import User
from yjs.safety import urls as safety_urls
from yjs.safety.models import PanelReferral

CASEWORK = statuses(403, case_manager=200, other_team_case_manager=200, team_manager=200, service_manager=200)
CASEWORK |= {"other_service_manager": 200}
MANAGERS = statuses(403, team_manager=200, service_manager=200, other_service_manager=200)
MANAGERS_THIS_SERVICE = {**MANAGERS, "other_service_manager": 404}
CHILD = statuses(
    403, case_manager=200, team_manager=200, service_manager=200, other_team_case_manager=404, other_service_manager=404
)
REFER = {**MANAGERS_THIS_SERVICE}
ACTION_DONE = statuses(
    403, case_manager=302, team_manager=302, service_manager=302, other_team_case_manager=404, other_service_manager=404
)
NO_GET = statuses(405)


def _day(days: int = 0) -> str:
    return (timezone.localdate() + timedelta(days=days)).isoformat()


def meeting_data(s: Safety, user: User) -> dict[str, Any]:
    return {
        "held_on": _day(7),
        "chair": "Robin Chair",
        "notes": "",
        "agency_youth_justice": "Tess Hughes",
        "version": str(s.past.version),
    }


def referral_data(s: Safety, user: User) -> dict[str, Any]:
    return {"reason": "manager", "note": "Worrying new associates", "meeting": ""}


def decision_data(s: Safety, user: User) -> dict[str, Any]:
    return {
        "version": str(s.waiting.version),
        "agreed_rosh": "high",
        "agreed_safety": "high",
        "decision": "Joint visit with police",
        "review_on": _day(30),
        "action_1": "Joint visit",
        "owner_1": str(s.cast.case_manager.pk),
        "due_1": _day(7),
    }


def mappa_data(s: Safety, user: User) -> dict[str, Any]:
    return {
        "category": "2",
        "level": "2",
        "started_on": _day(-1),
        "next_meeting_on": _day(20),
        "ended_on": "",
        "version": str(s.mappa.version),
    }


def screening_data(s: Safety, user: User) -> dict[str, Any]:
    return {
        "screened_on": _day(),
        "indicators": ["cash_or_drugs"],
        "missing_episodes": "1",
        "associates": "",
        "locations": "",
        "risk": "medium",
        "summary": "",
    }


def nrm_data(s: Safety, user: User) -> dict[str, Any]:
    return {"referred_on": _day(-1), "exploitation_type": "criminal"}


def nrm_decision(s: Safety, user: User) -> dict[str, Any]:
    return {
        "referred_on": s.nrm.referred_on.isoformat(),
        "exploitation_type": "criminal",
        "reasonable_grounds_on": _day(),
        "reasonable_grounds": "positive",
        "version": str(s.nrm.version),
    }


def review_data(s: Safety, user: User) -> dict[str, Any]:
    return {"reviewed_on": _day(), "note": "Contingency still answers the risk."}


def removing(s: Safety, user: User) -> dict[str, Any]:
    return {"reason": "Recorded in error"}


def unheard_referral(s: Safety) -> str:
    """The waiting referral, listed for the coming meeting instead: unheard by the panel, so it may be removed."""
    PanelReferral.objects.filter(pk=s.waiting.pk).update(meeting=s.coming)
    return reverse("safety:referral_remove", args=[s.waiting.pk])


def named(url_name: str):  # type: ignore[no-untyped-def]
    return lambda s: reverse(url_name)


def of_child(url_name: str):  # type: ignore[no-untyped-def]
    return lambda s: reverse(url_name, args=[s.cast.child.pk])


def of(url_name: str, attribute: str):  # type: ignore[no-untyped-def]
    return lambda s: reverse(url_name, args=[getattr(s, attribute).pk])


def form_rows(name: str, url_name: str, url, expected: dict[str, int], data) -> list[Row]:  # type: ignore[no-untyped-def]
    return [Row(name, url_name, url, "get", expected), Row(name, url_name, url, "post", saved(expected), data)]


ROWS: list[Row] = [
    Row("risk and safety", "safety:hub", named("safety:hub"), "get", CASEWORK),
    Row("my safety actions", "safety:my_actions", named("safety:my_actions"), "get", CASEWORK),
    Row("mark an action done", "safety:action_done", of("safety:action_done", "overdue"), "get", NO_GET),
    Row(
        "mark an action done",
        "safety:action_done",
        of("safety:action_done", "overdue"),
        "post",
        ACTION_DONE,
        lambda s, u: {"version": str(s.overdue.version)},
    ),
    Row("contingency to review", "safety:contingency", named("safety:contingency"), "get", MANAGERS),
    Row("exploitation overview", "safety:exploitation", named("safety:exploitation"), "get", MANAGERS),
    Row("the risk panel", "safety:meetings", named("safety:meetings"), "get", MANAGERS),
    *form_rows("arrange a meeting", "safety:meeting_new", named("safety:meeting_new"), MANAGERS, meeting_data),
    Row("a meeting", "safety:meeting", of("safety:meeting", "past"), "get", MANAGERS_THIS_SERVICE),
    *form_rows(
        "change a meeting", "safety:meeting_edit", of("safety:meeting_edit", "past"), MANAGERS_THIS_SERVICE, meeting_data
    ),
    Row("a referral", "safety:referral", of("safety:referral", "decided"), "get", MANAGERS_THIS_SERVICE),
    *form_rows(
        "record the panel's decision",
        "safety:decision",
        lambda s: reverse("safety:decision", args=[s.past.pk, s.waiting.pk]),
        MANAGERS_THIS_SERVICE,
        decision_data,
    ),
    Row("the child's safety tab", "safety:child", of_child("safety:child"), "get", CHILD),
    *form_rows("refer a child", "safety:refer", of_child("safety:refer"), REFER, referral_data),
    *form_rows("record MAPPA", "safety:mappa_new", of_child("safety:mappa_new"), CHILD, mappa_data),
    *form_rows("change MAPPA", "safety:mappa_edit", of("safety:mappa_edit", "mappa"), CHILD, mappa_data),
    *form_rows("screen for exploitation", "safety:screening_new", of_child("safety:screening_new"), CHILD, screening_data),
    *form_rows("refer to the NRM", "safety:nrm_new", of_child("safety:nrm_new"), CHILD, nrm_data),
    *form_rows("record NRM decisions", "safety:nrm_edit", of("safety:nrm_edit", "nrm"), CHILD, nrm_decision),
    *form_rows("remove MAPPA", "safety:mappa_remove", of("safety:mappa_remove", "mappa"), CHILD, removing),
    *form_rows("remove a screening", "safety:screening_remove", of("safety:screening_remove", "screening"), CHILD, removing),
    *form_rows("remove an NRM referral", "safety:nrm_remove", of("safety:nrm_remove", "nrm"), CHILD, removing),
    *form_rows("remove a panel referral", "safety:referral_remove", unheard_referral, REFER, removing),
    *form_rows(
        "review a contingency", "safety:contingency_review", of("safety:contingency_review", "plan"), CHILD, review_data
    ),
]
CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_safety_page(
    safety: Safety, client: Client, row: Row, role: str
) -> None:
    user = safety.cast.user(role)
    client.force_login(user)
    url = row.url(safety)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    data = row.data(safety, user) if row.data else {}
    before = table_sizes(("safety",))
    response = client.post(url, data)
    assert response.status_code == row.expected[role], (
        getattr(response, "context", None) and response.context.get("form") and response.context["form"].errors
    )
    if response.status_code == 302:
        assert table_sizes(("safety",)) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(("safety",)) == before, "a refused POST must save nothing"


def test_every_safety_page_has_a_row() -> None:
    pages = {f"safety:{p.name}" for p in safety_urls.urlpatterns if isinstance(p, URLPattern) and p.name}
    assert pages - {row.url_name for row in ROWS} == set()


def test_every_row_builds_the_url_of_the_page_it_names(safety: Safety) -> None:
    for row in ROWS:
        assert resolve(row.url(safety)).view_name == row.url_name, row.name
