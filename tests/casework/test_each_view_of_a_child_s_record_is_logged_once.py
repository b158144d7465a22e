"""Every page that shows a child's record writes one access-log row per view, and a refused request none.

The record's own pages and the casework pages that show it (the intervention, an assessment, a plan) are
all reads of the child's record: who looked, at what, is logged the same way whichever page it was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from tests.casework.case_records import CaseRecords, case_records_for
from tests.conftest import ROLE_NAMES, Cast
from yjs.core.models import AccessLog

# (URL name, how the page is reached from the case's records, what the log says was opened)
PAGES: list[tuple[str, Callable[[CaseRecords], int], str]] = [
    ("children:record", lambda records: records.cast.child.pk, "overview"),
    ("children:timeline", lambda records: records.cast.child.pk, "timeline"),
    ("children:history", lambda records: records.cast.child.pk, "history"),
    ("casework:intervention", lambda records: records.cast.intervention.pk, "intervention"),
    ("casework:assessment", lambda records: records.submitted_assessment.pk, "assessment"),
    ("casework:plan", lambda records: records.submitted_plan.pk, "plan"),
]
# The roles that open this child's record (see docs/decisions/0002); the rest are refused or out of scope.
READERS = ["case_manager", "team_manager", "service_manager", "health_worker", "auditor"]
REFUSED = {
    role: 404 if role in {"other_team_case_manager", "police_officer", "other_service_manager"} else 403
    for role in ROLE_NAMES
    if role not in READERS
}


@pytest.fixture
def records(cast: Cast) -> CaseRecords:
    return case_records_for(cast)


def page_params() -> list[object]:
    return [pytest.param(name, pk_of, what, id=name) for name, pk_of, what in PAGES]


@pytest.mark.parametrize("role", READERS)
@pytest.mark.parametrize(("url_name", "pk_of", "what"), page_params())
def test_each_view_writes_one_row_naming_who_which_child_and_which_page(
    records: CaseRecords, client: Client, url_name: str, pk_of: Callable[[CaseRecords], int], what: str, role: str
) -> None:
    cast = records.cast
    user = cast.user(role)
    client.force_login(user)
    url = reverse(url_name, args=[pk_of(records)])

    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200

    rows = list(AccessLog.objects.values_list("user", "service", "child_id", "what"))
    assert rows == [(user.pk, cast.service.pk, cast.child.pk, what)] * 2


@pytest.mark.parametrize(("role", "status"), REFUSED.items())
@pytest.mark.parametrize(("url_name", "pk_of", "what"), page_params())
def test_a_refused_or_out_of_scope_view_writes_nothing(
    records: CaseRecords,
    client: Client,
    url_name: str,
    pk_of: Callable[[CaseRecords], int],
    what: str,
    role: str,
    status: int,
) -> None:
    client.force_login(records.cast.user(role))

    assert client.get(reverse(url_name, args=[pk_of(records)])).status_code == status

    assert not AccessLog.objects.exists()


@pytest.mark.parametrize(
    ("url_name", "what"),
    [
        ("children:record", "overview"),
        ("children:timeline", "timeline"),
        ("children:history", "history"),
        ("casework:intervention", "intervention"),
    ],
)
def test_a_police_officer_s_view_of_an_out_of_court_case_is_logged_once(
    records: CaseRecords, client: Client, url_name: str, what: str
) -> None:
    case = records.out_of_court_case
    police = records.cast.police_officer
    client.force_login(police)
    pk = case.pk if url_name.startswith("casework:") else case.child_id

    assert client.get(reverse(url_name, args=[pk])).status_code == 200

    assert list(AccessLog.objects.values_list("user", "child_id", "what")) == [(police.pk, case.child_id, what)]
