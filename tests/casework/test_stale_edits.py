from __future__ import annotations

import pytest

from tests.conftest import Cast
from tests.factories import ContactFactory
from yjs.casework.services import allocate, record_contact_outcome, save_assessment
from yjs.core.concurrency import StaleRecordError


def test_an_edit_from_a_page_opened_before_someone_elses_save_is_refused(cast: Cast) -> None:
    draft = save_assessment(cast.case_manager, cast.intervention, {"motivation": "Wants to go to college"})
    opened_at = draft.version
    save_assessment(cast.team_manager, cast.intervention, {"motivation": "Changed by a manager"}, draft, opened_at)
    with pytest.raises(StaleRecordError):
        save_assessment(cast.case_manager, cast.intervention, {"motivation": "Mine"}, draft, opened_at)
    draft.refresh_from_db()
    assert draft.motivation == "Changed by a manager"


def test_recording_what_happened_at_a_contact_twice_from_the_same_page_is_refused(cast: Cast) -> None:
    contact = ContactFactory(intervention=cast.intervention, service=cast.service)
    record_contact_outcome(cast.case_manager, contact, "attended", "", expected_version=1)
    with pytest.raises(StaleRecordError):
        record_contact_outcome(cast.case_manager, contact, "cancelled", "", expected_version=1)


def test_allocating_from_a_stale_page_is_refused(cast: Cast) -> None:
    allocate(cast.team_manager, cast.intervention, cast.team_manager, expected_version=1)
    with pytest.raises(StaleRecordError):
        allocate(cast.service_manager, cast.intervention, cast.case_manager, expected_version=1)
