from __future__ import annotations

from datetime import date

from django.utils import translation

from yjs.lib.formats import long_date


def test_a_day_is_written_in_english_without_a_leading_zero() -> None:
    with translation.override("en-gb"):
        assert long_date(date(2025, 3, 3)) == "3 March 2025"
        assert long_date(date(2025, 12, 25)) == "25 December 2025"
