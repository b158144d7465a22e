from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from tests.conftest import Cast
from yjs.children.queries import children_visible_to, get_child_for_user

SEES_THE_CHILD = {
    "case_manager": True,
    "other_team_case_manager": False,
    "team_manager": True,
    "service_manager": True,
    "police_officer": False,  # the child has only a court outcome
    "health_worker": True,
    "partner_screener": False,
    "board_member": False,
    "auditor": True,
    "administrator": False,
    "other_service_manager": False,
}


@pytest.mark.parametrize(("role", "sees"), SEES_THE_CHILD.items())
def test_each_role_sees_the_child_only_when_its_scope_includes_them(cast: Cast, role: str, sees: bool) -> None:
    assert children_visible_to(cast.user(role)).filter(pk=cast.child.pk).exists() is sees


@pytest.mark.parametrize("role", ["partner_screener", "board_member", "administrator"])
def test_roles_without_record_access_are_refused_outright(cast: Cast, role: str) -> None:
    with pytest.raises(PermissionDenied):
        get_child_for_user(cast.user(role), cast.child.pk)


def test_a_case_manager_in_another_team_gets_not_found(cast: Cast) -> None:
    with pytest.raises(Http404):
        get_child_for_user(cast.other_team_case_manager, cast.child.pk)


def test_an_auditor_may_read_but_not_change(cast: Cast) -> None:
    assert get_child_for_user(cast.auditor, cast.child.pk) == cast.child
    with pytest.raises(PermissionDenied):
        get_child_for_user(cast.auditor, cast.child.pk, write=True)


def test_no_one_sees_a_child_of_another_service(cast: Cast) -> None:
    for role in SEES_THE_CHILD.keys() - {"other_service_manager"}:
        assert not children_visible_to(cast.user(role)).filter(pk=cast.other_service_child.pk).exists()
