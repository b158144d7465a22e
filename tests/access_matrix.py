"""What every role-by-page access table is made of: rows, and the status each role gets.

A row is (what the page is for, its URL name, how to build its URL from the table's fixture, the method,
the status each role gets, and for a form what a browser would post). POSTs send a complete, valid form,
so a role that may use it gets the redirect that follows a save (302) and something is saved; a refused
role gets 403, one out of scope 404, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps

from tests.conftest import ROLE_NAMES
from yjs.core.models import User


@dataclass(frozen=True)
class Row:
    name: str
    url_name: str
    url: Callable[[Any], str]
    method: str
    expected: dict[str, int]
    data: Callable[[Any, User], dict[str, Any]] | None = None


def statuses(default: int, **by_role: int) -> dict[str, int]:
    unknown = set(by_role) - set(ROLE_NAMES)
    assert not unknown, unknown
    return {role: by_role.get(role, default) for role in ROLE_NAMES}


def saved(expected: dict[str, int]) -> dict[str, int]:
    """The same decision for the form's POST: where the page opens (200), a valid form saves and redirects."""
    return {role: 302 if status == 200 else status for role, status in expected.items()}


def table_sizes(app_labels: tuple[str, ...]) -> tuple[int, ...]:
    """How many rows each table of these apps holds, history included (not the access log: reading writes it)."""
    return tuple(
        model._default_manager.count()
        for app in app_labels
        for model in apps.get_app_config(app).get_models()
        if model._meta.model_name != "accesslog"
    )
