"""The out-of-court pages' access matrix: each step's rows live in their own module beside this one.

A row is (what the page is for, its URL name, how to build its URL from the pipeline fixture, the method,
the status each role gets, and for a form what a browser would post). As in tests/test_role_page_matrix.py,
a POST a role may make saves something and redirects (302); a refused one saves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.conftest import ROLE_NAMES
from tests.diversion.conftest import Pipeline
from yjs.core.models import User

Url = Callable[[Pipeline], str]
Data = Callable[[Pipeline, User], dict[str, Any]]


@dataclass(frozen=True)
class Row:
    name: str
    url_name: str
    url: Url
    method: str
    expected: dict[str, int]
    data: Data | None = None


def statuses(default: int, **by_role: int) -> dict[str, int]:
    unknown = set(by_role) - set(ROLE_NAMES)
    assert not unknown, unknown
    return {role: by_role.get(role, default) for role in ROLE_NAMES}


def saved(expected: dict[str, int]) -> dict[str, int]:
    """The same decision for the form's POST: where the page opens (200), a valid form saves and redirects."""
    return {role: 302 if status == 200 else status for role, status in expected.items()}


# The common answers: who reads the pipeline, and who works it. Another service's manager gets 404
# (out of scope); the roles outside the pipeline get 403.
READ_PIPELINE = statuses(
    200,
    health_worker=403,
    partner_screener=403,
    board_member=403,
    administrator=403,
    other_service_manager=404,
)
WORK_PIPELINE = statuses(
    403,
    team_manager=200,
    service_manager=200,
    police_officer=200,
    other_service_manager=404,
)
