"""Reading the improvement plan: each recommendation with its actions, in the order the board reads them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch, QuerySet

from yjs.governance.improvement import next_due, overdue_count, plan_order
from yjs.governance.models import Action, ProgressUpdate, Recommendation


@dataclass(frozen=True)
class PlanRow:
    recommendation: Recommendation
    actions: list[Action]
    overdue: int
    next_due: date | None
    latest_progress: ProgressUpdate | None

    @property
    def done_actions(self) -> int:
        return sum(1 for action in self.actions if action.done_on is not None)


def plan_rows(recommendations: QuerySet[Recommendation], today: date) -> list[PlanRow]:
    """Open recommendations with an overdue action first, then by the next due date; done ones last. Three queries."""
    found = recommendations.prefetch_related(
        Prefetch("actions", queryset=Action.objects.select_related("owner_staff").order_by("due_on", "pk")),
        Prefetch("progress", queryset=ProgressUpdate.objects.select_related("written_by").order_by("-written_on", "-pk")),
    )
    rows = []
    for recommendation in found:
        actions = list(recommendation.actions.all())
        dates = [action.dates for action in actions]
        progress = list(recommendation.progress.all())
        rows.append(
            PlanRow(recommendation, actions, overdue_count(dates, today), next_due(dates), progress[0] if progress else None)
        )
    return sorted(
        rows,
        key=lambda row: (
            *plan_order(row.recommendation.is_done, [a.dates for a in row.actions], today),
            row.recommendation.source_title,
            row.recommendation.number,
        ),
    )
