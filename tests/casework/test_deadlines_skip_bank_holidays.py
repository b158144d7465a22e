from __future__ import annotations

from datetime import date

from tests.conftest import Cast
from yjs.casework.services import record_significant_change


def test_first_contact_due_skips_the_easter_bank_holidays(cast: Cast) -> None:
    # Thursday 2 April 2026; Good Friday (3rd) and Easter Monday (6th) are closed: 7, 8, 9, 10, 13 April.
    cast.intervention.start_date = date(2026, 4, 2)
    assert cast.intervention.first_contact_due == date(2026, 4, 13)


def test_a_review_after_a_significant_change_skips_christmas(cast: Cast) -> None:
    cast.intervention.start_date = date(2025, 11, 3)
    cast.intervention.save()
    # Tuesday 23 December 2025; 25th, 26th and 1 January are bank holidays: 24, 29, 30, 31 Dec, 2 Jan.
    record_significant_change(
        cast.case_manager, cast.intervention, {"occurred_on": date(2025, 12, 23), "description": "Moved to foster care"}
    )
    cast.intervention.refresh_from_db()
    assert cast.intervention.next_review_due == date(2026, 1, 2)
