"""Orders built by hand for the KPI tests: an outcome of a given type and the intervention supervising it."""

from __future__ import annotations

from datetime import date

from tests.factories import ChildFactory, InterventionFactory, OutcomeFactory
from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.justice.models import OutcomeType
from yjs.performance.periods import Quarter

# January to March 2025.
QUARTER = Quarter(2024, 4)


def order(
    child: Child, code: str, end: date | None, *, start: date = date(2024, 9, 2), ending: str | None = "completed"
) -> Intervention:
    outcome = OutcomeFactory(child=child, outcome_type=OutcomeType.objects.get(code=code), outcome_date=start)
    return InterventionFactory(outcome=outcome, start_date=start, end_date=end, ending=ending if end else None)


def child_of(service, **fields) -> Child:  # type: ignore[no-untyped-def]
    return ChildFactory(service=service, **fields)
