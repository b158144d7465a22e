"""Every page, every role: the exact answer each role gets, as one table.

A row is (name, how to build the URL from the cast, method, the status each role gets). Pages of other
apps join the same table by adding rows. POSTs send an empty form: a role that may use the form gets the
form back with its errors (200) and nothing is saved; a refused role gets 403, and one out of scope 404.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import ROLE_NAMES, Cast


@dataclass(frozen=True)
class Row:
    name: str
    url: Callable[[Cast], str]
    method: str
    expected: dict[str, int]


def statuses(default: int, **by_role: int) -> dict[str, int]:
    unknown = set(by_role) - set(ROLE_NAMES)
    assert not unknown, unknown
    return {role: by_role.get(role, default) for role in ROLE_NAMES}


# Who may do what with the cast's child, who is on a North team case (see tests/conftest.py).
READ_RECORD = statuses(
    200,
    other_team_case_manager=404,
    police_officer=404,  # police see children with an out-of-court outcome; this child's was in court
    partner_screener=403,
    board_member=403,
    administrator=403,
    other_service_manager=404,
)
CHANGE_RECORD = statuses(
    200,
    other_team_case_manager=404,
    police_officer=403,
    health_worker=403,
    partner_screener=403,
    board_member=403,
    auditor=403,
    administrator=403,
    other_service_manager=404,
)
MANAGERS_ONLY = statuses(403, team_manager=200, service_manager=200, other_service_manager=404)
SEARCH = statuses(200, partner_screener=403, board_member=403, administrator=403)
RECORD_A_CHILD = statuses(
    403,
    case_manager=200,
    other_team_case_manager=200,
    team_manager=200,
    service_manager=200,
    other_service_manager=200,
)


def child_url(name: str) -> Callable[[Cast], str]:
    return lambda cast: reverse(name, args=[cast.child.pk])


ROWS = [
    Row("find a child", lambda cast: reverse("children:search") + "?q=Testcase", "get", SEARCH),
    Row("record a new child", lambda cast: reverse("children:new"), "get", RECORD_A_CHILD),
    Row("record a new child", lambda cast: reverse("children:new"), "post", RECORD_A_CHILD),
    Row("child record", child_url("children:record"), "get", READ_RECORD),
    Row("timeline", child_url("children:timeline"), "get", READ_RECORD),
    Row("history", child_url("children:history"), "get", READ_RECORD),
    Row("viewed by", child_url("children:access_log"), "get", MANAGERS_ONLY),
    Row("edit a child", child_url("children:edit"), "get", CHANGE_RECORD),
    Row("edit a child", child_url("children:edit"), "post", CHANGE_RECORD),
    Row("add a carer", child_url("children:carer_new"), "get", CHANGE_RECORD),
    Row("add a carer", child_url("children:carer_new"), "post", CHANGE_RECORD),
    Row("record an offence", child_url("justice:offence_new"), "get", CHANGE_RECORD),
    Row("record an offence", child_url("justice:offence_new"), "post", CHANGE_RECORD),
    Row("record an outcome", child_url("justice:outcome_new"), "get", CHANGE_RECORD),
    Row("record an outcome", child_url("justice:outcome_new"), "post", CHANGE_RECORD),
]

CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]



@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_page(cast: Cast, client: Client, row: Row, role: str) -> None:
    client.force_login(cast.user(role))
    response = getattr(client, row.method)(row.url(cast))
    assert response.status_code == row.expected[role]
    if row.method == "post" and response.status_code == 200:
        assert response.context["form"].errors, "an empty form must be refused, not saved"
