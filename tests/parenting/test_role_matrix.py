"""Every parenting and feedback page, every role: the exact answer each role gets, as one table.

Case managers, team and service managers see and record parenting work and feedback for the children
casework lets them see (another team's child, or another service's, answers 404); auditors read the
child's page and the list and change nothing; police, health workers, screeners, the board and
administrators open no child's parenting page (403). The feedback analysis is for every reader of the
service's performance, the board included. Programmes are kept by managers.

A page added to yjs.parenting.urls without a row here fails test_every_parenting_page_has_a_row.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, resolve, reverse

from tests.access_matrix import Row, saved, statuses, table_sizes
from tests.conftest import ROLE_NAMES
from tests.parenting.conftest import Family
from tests.parenting.factories import FeedbackFactory
from yjs.core.models import User
from yjs.parenting import urls as parenting_urls
from yjs.parenting.access import may_read_child_area, nav_items
from yjs.parenting.models import FeedbackResponse

OUT_OF_SCOPE = {"other_team_case_manager": 404, "other_service_manager": 404}
READ_CHILD = statuses(403, case_manager=200, team_manager=200, service_manager=200, auditor=200, **OUT_OF_SCOPE)
RECORD_CHILD = {**READ_CHILD, "auditor": 403}
LIST = statuses(
    403,
    case_manager=200,
    other_team_case_manager=200,
    team_manager=200,
    service_manager=200,
    auditor=200,
    other_service_manager=200,
)
ANALYSIS = {**LIST, "board_member": 200}
PROGRAMMES = statuses(403, team_manager=200, service_manager=200, other_service_manager=200)
# Another service's manager keeps their own programmes, not this one.
PROGRAMME = {**PROGRAMMES, "other_service_manager": 404}


def new_referral(family: Family, user: User) -> dict[str, Any]:
    return {"carer": family.carer.pk, "referred_on": "2025-04-20", "basis": "parenting_order", "programme": ""}


def progress(family: Family, user: User) -> dict[str, Any]:
    return {
        "status": "accepted",
        "start_date": "2025-05-01",
        "sessions_offered": "6",
        "sessions_attended": "5",
        "version": str(family.referral.version),
    }


def new_feedback(family: Family, user: User) -> dict[str, Any]:
    return {
        "intervention": family.cast.intervention.pk,
        "respondent": "carer",
        "carer": family.carer.pk,
        "given_on": "2025-06-01",
        "score": "7",
        "went_well": "The sessions were at a time I could make.",
    }


def new_programme(family: Family, user: User) -> dict[str, Any]:
    return {"name": "Triple P Teen", "provider": "Family Hub", "in_use": "on"}


def referral(family: Family, user: User) -> dict[str, Any]:
    return {**new_referral(family, user), "notes": "Corrected", "version": str(family.referral.version)}


def the_response(family: Family) -> FeedbackResponse:
    """One feedback response about the cast's intervention, made when a row first needs it."""
    found = FeedbackResponse.objects.filter(child=family.cast.child).first()
    return found or FeedbackFactory(child=family.cast.child, intervention=family.cast.intervention, score=6)


def feedback(family: Family, user: User) -> dict[str, Any]:
    return {**new_feedback(family, user), "version": str(the_response(family).version)}


def removing(family: Family, user: User) -> dict[str, Any]:
    return {"reason": "Recorded in error"}


def programme(family: Family, user: User) -> dict[str, Any]:
    return {"name": "Non-violent resistance", "provider": "Dorset Families", "in_use": ""}


def child_url(url_name: str):  # type: ignore[no-untyped-def]
    return lambda family: reverse(url_name, args=[family.cast.child.pk])


def named(url_name: str):  # type: ignore[no-untyped-def]
    return lambda family: reverse(url_name)


def form_rows(name: str, url_name: str, url, expected: dict[str, int], data) -> list[Row]:  # type: ignore[no-untyped-def]
    return [Row(name, url_name, url, "get", expected), Row(name, url_name, url, "post", saved(expected), data)]


ROWS: list[Row] = [
    Row("the child's parents and feedback", "parenting:child", child_url("parenting:child"), "get", READ_CHILD),
    *form_rows("refer a parent", "parenting:referral_new", child_url("parenting:referral_new"), RECORD_CHILD, new_referral),
    *form_rows(
        "record attendance",
        "parenting:referral_progress",
        lambda family: reverse("parenting:referral_progress", args=[family.referral.pk]),
        RECORD_CHILD,
        progress,
    ),
    *form_rows(
        "change a referral",
        "parenting:referral_edit",
        lambda family: reverse("parenting:referral_edit", args=[family.referral.pk]),
        RECORD_CHILD,
        referral,
    ),
    *form_rows(
        "remove a referral",
        "parenting:referral_remove",
        lambda family: reverse("parenting:referral_remove", args=[family.referral.pk]),
        RECORD_CHILD,
        removing,
    ),
    *form_rows(
        "change feedback",
        "parenting:feedback_edit",
        lambda family: reverse("parenting:feedback_edit", args=[the_response(family).pk]),
        RECORD_CHILD,
        feedback,
    ),
    *form_rows(
        "remove feedback",
        "parenting:feedback_remove",
        lambda family: reverse("parenting:feedback_remove", args=[the_response(family).pk]),
        RECORD_CHILD,
        removing,
    ),
    *form_rows(
        "change a programme",
        "parenting:programme_edit",
        lambda family: reverse("parenting:programme_edit", args=[family.programme.pk]),
        PROGRAMME,
        programme,
    ),
    *form_rows("record feedback", "parenting:feedback_new", child_url("parenting:feedback_new"), RECORD_CHILD, new_feedback),
    Row("the service's referrals", "parenting:referrals", named("parenting:referrals"), "get", LIST),
    Row("the feedback analysis", "parenting:feedback", named("parenting:feedback"), "get", ANALYSIS),
    *form_rows("add a programme", "parenting:programme_new", named("parenting:programme_new"), PROGRAMMES, new_programme),
]
CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_parenting_page(
    family: Family, client: Client, row: Row, role: str
) -> None:
    user = family.cast.user(role)
    client.force_login(user)
    url = row.url(family)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    data = row.data(family, user) if row.data else {}
    before = table_sizes(("parenting",))
    response = client.post(url, data)
    assert response.status_code == row.expected[role], response.content.decode()[:3000]
    if response.status_code == 302:
        assert table_sizes(("parenting",)) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(("parenting",)) == before, "a refused POST must save nothing"


def test_every_parenting_page_has_a_row() -> None:
    pages = {f"parenting:{p.name}" for p in parenting_urls.urlpatterns if isinstance(p, URLPattern) and p.name}
    assert pages - {row.url_name for row in ROWS} == set()


def test_every_row_builds_the_url_of_the_page_it_names(family: Family) -> None:
    for row in ROWS:
        assert resolve(row.url(family)).view_name == row.url_name, row.name


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_the_tab_shows_to_exactly_the_roles_that_may_open_the_page(family: Family, role: str) -> None:
    assert may_read_child_area(family.cast.user(role)) == (
        role
        in {"case_manager", "team_manager", "service_manager", "auditor", "other_team_case_manager", "other_service_manager"}
    )


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_the_menu_item_is_for_case_managers_and_managers(family: Family, role: str) -> None:
    expected = role in {
        "case_manager",
        "other_team_case_manager",
        "team_manager",
        "service_manager",
        "other_service_manager",
    }
    assert bool(nav_items(family.cast.user(role))) == expected
