from __future__ import annotations

import pytest

from tests.conftest import Cast
from yjs.children.queries import children_visible_to
from yjs.core.archiving import archive


def test_an_archived_child_leaves_every_list_but_stays_in_the_database(cast: Cast) -> None:
    archive(cast.child, cast.service_manager, "Recorded twice by mistake")
    cast.child.refresh_from_db()
    assert cast.child.is_archived
    assert cast.child.archive_reason == "Recorded twice by mistake"
    assert not children_visible_to(cast.service_manager).filter(pk=cast.child.pk).exists()


def test_archiving_needs_a_reason(cast: Cast) -> None:
    with pytest.raises(ValueError, match="reason"):
        archive(cast.child, cast.service_manager, "  ")


def test_the_history_names_who_archived_the_record_without_a_request_to_say_so(cast: Cast) -> None:
    archive(cast.child, cast.service_manager, "Recorded twice by mistake")
    latest = cast.child.history.latest("history_date")
    assert latest.archive_reason == "Recorded twice by mistake"
    assert latest.history_user == cast.service_manager
