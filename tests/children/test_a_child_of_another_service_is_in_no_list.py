"""A child of another service never appears in any list, for any role, however they are looked for.

For each role the other service is the one the user does not belong to (for the other service's manager,
that is the cast's service). It holds two children chosen so that a missing service filter would show:
one with no intervention yet (case and team managers see their own service's unallocated children) and
one on an out-of-court case (police see out-of-court children), whose case even names the user as case
manager and their team, as a wrongly linked record might.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from tests.conftest import ROLE_NAMES, Cast
from tests.factories import ChildFactory, InterventionFactory, OutcomeFactory, TeamFactory, UserFactory
from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.core.models import Team, User
from yjs.core.roles import CASEWORKERS, CHILD_RECORD_READERS, MANAGERS, Role
from yjs.justice.models import OutcomeType


@dataclass
class Elsewhere:
    # The two children above, and the cast's own child of that service.
    children: list[Child]
    cases: list[Intervention]
    team: Team


def elsewhere_for(cast: Cast, user: User) -> Elsewhere:
    service = cast.other_service if user.service_id == cast.service.pk else cast.service
    team = TeamFactory(service=service, name="Far Team")
    colleague = UserFactory(service=service, team=team, role=Role.CASE_MANAGER)
    unallocated = ChildFactory(
        service=service, first_name="Morgan", last_name="Faraway", date_of_birth=date(2008, 1, 2), pnc_number="08/111111A"
    )
    on_a_case = ChildFactory(
        service=service, first_name="Casey", last_name="Faraway", date_of_birth=date(2008, 1, 3), pnc_number="08/222222B"
    )
    caution = OutcomeType.objects.get(code="YCC")

    def case(team: Team | None, case_manager: User) -> Intervention:
        outcome = OutcomeFactory(child=on_a_case, service=service, outcome_type=caution, length_months=None)
        return InterventionFactory(
            outcome=outcome,
            child=on_a_case,
            service=service,
            team=team or TeamFactory(service=service),
            case_manager=case_manager,
        )

    cases = [case(team, colleague), case(user.team, user)]
    if service == cast.service:
        return Elsewhere([unallocated, on_a_case, cast.child], [*cases, cast.intervention], team)
    return Elsewhere([unallocated, on_a_case, cast.other_service_child], cases, team)


def searches(child: Child) -> list[str]:
    """Every way the search box finds a child: name, each part of it, yjs id, date of birth, PNC number."""
    return [
        child.full_name,
        child.last_name,
        child.first_name,
        child.yjs_id,
        child.yjs_id.lower(),
        child.date_of_birth.strftime("%d/%m/%Y"),
        child.pnc_number,
    ]


def list_requests(elsewhere: Elsewhere) -> list[tuple[str, dict[str, str]]]:
    team_cases = reverse("casework:team_cases")
    return [
        (reverse("casework:caseload"), {}),
        (team_cases, {}),
        (team_cases, {"team": str(elsewhere.team.pk)}),
        (team_cases, {"unallocated": "on"}),
        (team_cases, {"sort": "child"}),
        *[(reverse("children:search"), {"q": text}) for child in elsewhere.children for text in searches(child)],
    ]


def may_open(user: User, path: str) -> bool:
    if path == reverse("casework:caseload"):
        return user.role in CASEWORKERS
    if path == reverse("casework:team_cases"):
        return user.role in MANAGERS
    return user.role in CHILD_RECORD_READERS


def children_listed(response: HttpResponse) -> set[int]:
    """The children a list page put in front of the user: its rows, whichever list it is."""
    context = response.context  # type: ignore[attr-defined]
    rows: list[object] = []
    if context.get("page_obj") is not None:
        rows += list(context["page_obj"].object_list)
    if context.get("page") is not None:
        rows += list(context["page"].object_list)
    rows += list(context.get("cases") or [])
    return {row.pk if isinstance(row, Child) else row.child_id for row in rows}  # type: ignore[attr-defined]


def shows(response: HttpResponse, child: Child, cases: list[Intervention], asked_for: str = "") -> bool:
    """Whether the page lists the child: in its rows, a link to their record or case, or what names them."""
    page = response.content.decode()
    links = [reverse("children:record", args=[child.pk]), *[case.get_absolute_url() for case in cases]]
    # What the user typed comes back in the search box; anything else that names the child is a leak.
    names = [text for text in (child.full_name, child.yjs_id, child.pnc_number) if text.lower() not in asked_for.lower()]
    return child.pk in children_listed(response) or any(text in page for text in links + names)


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_no_list_shows_a_child_of_another_service(cast: Cast, client: Client, role: str) -> None:
    user = cast.user(role)
    elsewhere = elsewhere_for(cast, user)
    client.force_login(user)
    for path, query in list_requests(elsewhere):
        response = client.get(path, query)
        if not may_open(user, path):
            assert response.status_code == 403, (path, query)
            continue
        assert response.status_code == 200, (path, query)
        for child in elsewhere.children:
            assert not shows(response, child, elsewhere.cases, query.get("q", "")), (path, query, child)


@pytest.mark.parametrize(
    ("role", "path", "query"),
    [
        ("case_manager", "casework:caseload", {}),
        ("team_manager", "casework:team_cases", {}),
        ("service_manager", "casework:team_cases", {"sort": "child"}),
        ("service_manager", "children:search", {"q": "Jordan Testcase"}),
        ("health_worker", "children:search", {"q": "testcase"}),
        ("auditor", "children:search", {"q": "17/05/2009"}),
    ],
)
def test_the_same_lists_do_show_the_service_s_own_child(
    cast: Cast, client: Client, role: str, path: str, query: dict[str, str]
) -> None:
    # Without this, a page that listed nothing at all would pass the test above.
    client.force_login(cast.user(role))
    response = client.get(reverse(path), query)
    assert shows(response, cast.child, [cast.intervention], query.get("q", ""))
    assert cast.child.pk in children_listed(response)


def test_the_search_finds_the_service_s_own_child_by_yjs_id(cast: Cast, client: Client) -> None:
    client.force_login(cast.service_manager)
    response = client.get(reverse("children:search"), {"q": cast.child.yjs_id})
    assert children_listed(response) == {cast.child.pk}
