"""When a child's plan needs its contingency arrangements written or looked at again, as a pure rule.

DOMAIN.md section 2 and HMIP's planning standard: when risk of serious harm or safety and wellbeing is
medium or higher, the plan has a contingency section (the inspection's most repeated weakness). We go one
step further, as the service asked: when a rating rises, the contingency written before the rise no longer
answers the risk, so it must be reviewed on or after the day the rating rose.

A rating's level is the higher of the two ratings an assessment gives. It "rose" on the day of the
assessment whose level was above the one before it; a fall leaves the day of the last rise in place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from yjs.casework.vocabularies import RISK_ORDER, RiskLevel

NOT_NEEDED = "not_needed"
MISSING = "missing"
OUT_OF_DATE = "out_of_date"
CURRENT = "current"
TO_REVIEW = frozenset({MISSING, OUT_OF_DATE})


@dataclass(frozen=True)
class Rating:
    """One submitted assessment's ratings and the day it was made."""

    on: date
    safety: str = ""
    rosh: str = ""

    @property
    def level(self) -> int:
        """The higher of the two ratings on RiskLevel's scale, or -1 when neither is given."""
        return max((RISK_ORDER[RiskLevel(value)] for value in (self.safety, self.rosh) if value), default=-1)


def rose_on(ratings: Iterable[Rating]) -> date | None:
    """The day the current level was last reached by a rise, when the current level is medium or higher."""
    ordered = sorted(ratings, key=lambda rating: rating.on)
    if not ordered or ordered[-1].level < RISK_ORDER[RiskLevel.MEDIUM]:
        return None
    risen: date | None = None
    previous = -1
    for rating in ordered:
        if rating.level > previous:
            risen = rating.on
        previous = rating.level
    return risen


def contingency_state(ratings: Iterable[Rating], contingency: str, reviewed_on: date | None) -> str:
    """NOT_NEEDED, MISSING, OUT_OF_DATE or CURRENT for a plan's contingency, given the case's assessments.

    `reviewed_on` is the last day the contingency was written or looked at (the plan's date, or a recorded
    review); `contingency` is empty when there is no plan or the plan has none.
    """
    risen = rose_on(ratings)
    if risen is None:
        return NOT_NEEDED
    if not contingency.strip():
        return MISSING
    if reviewed_on is None or reviewed_on < risen:
        return OUT_OF_DATE
    return CURRENT
