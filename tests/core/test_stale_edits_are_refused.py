from __future__ import annotations

import pytest

from tests.conftest import Cast
from yjs.children.models import Child
from yjs.core.concurrency import StaleRecordError, save_versioned


def test_a_save_at_the_current_version_lands_and_moves_the_version_on(cast: Cast) -> None:
    child = Child.objects.get(pk=cast.child.pk)
    child.gender_identity = "Non-binary"
    save_versioned(child, cast.case_manager, expected_version=1)
    child.refresh_from_db()
    assert (child.version, child.gender_identity, child.modified_by) == (2, "Non-binary", cast.case_manager)


def test_a_save_from_a_stale_page_is_refused_and_changes_nothing(cast: Cast) -> None:
    first = Child.objects.get(pk=cast.child.pk)
    second = Child.objects.get(pk=cast.child.pk)
    first.first_name = "Jordan-Lee"
    save_versioned(first, cast.case_manager, expected_version=1)

    second.first_name = "Jo"
    with pytest.raises(StaleRecordError, match="Someone else changed this child"):
        save_versioned(second, cast.team_manager, expected_version=1)
    assert Child.objects.get(pk=cast.child.pk).first_name == "Jordan-Lee"


def test_every_change_keeps_a_history_row(cast: Cast) -> None:
    child = Child.objects.get(pk=cast.child.pk)
    child.pnc_number = "25/123456A"
    save_versioned(child, cast.case_manager, expected_version=1)
    assert [h.pnc_number for h in child.history.all()][:2] == ["25/123456A", ""]
