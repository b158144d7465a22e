"""Whether a child's accommodation was suitable on a day (YJB KPI 1), from their accommodation records.

KPI 1 (DOMAIN.md section 4): every accommodation record open on the day must be suitable, and "not known"
counts as unsuitable. A child with no record open on the day is counted as not in suitable accommodation:
the return asks for suitability to be known, and an unrecorded day is no more known than "not known"
(docs/indicators.md). The same rule is written in SQL in performance/kpis/accommodation.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from yjs.resettlement.vocabularies import Suitability


@dataclass(frozen=True)
class Stay:
    start: date
    end: date | None  # None while the child still lives there
    suitability: str

    def open_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def open_on(stays: Iterable[Stay], day: date) -> list[Stay]:
    return [stay for stay in stays if stay.open_on(day)]


def suitable_on(stays: Iterable[Stay], day: date) -> bool:
    """At least one record open on `day`, and every record open then suitable."""
    current = open_on(stays, day)
    return bool(current) and all(stay.suitability == Suitability.SUITABLE for stay in current)
