"""The report's section on the improvement plan: each open recommendation of an inspection or audit, overdue first.

It is read from the board's own plan (governance) as it stands on the day the report is produced, since the
plan is a position, not a flow over the quarter. It lists recommendations, actions, owners and progress, which
name staff and partners and never a child (the plan's services refuse a child's name), so it is not suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yjs.governance.improvement_selectors import PlanRow, plan_rows
from yjs.governance.models import Recommendation
from yjs.lib.formats import long_date

HEADING = gettext_lazy("Inspection recommendations and actions")
# The board reads the latest word on each recommendation; the full history is on the plan's pages.
PROGRESS_SHOWN = 1


@dataclass(frozen=True)
class ActionLine:
    what: str
    owner: str
    due_on: date
    done_on: date | None
    overdue: bool


@dataclass(frozen=True)
class RecommendationLine:
    source: str
    number: int
    text: str
    owner: str
    done: bool
    closed_on: date | None
    overdue: int
    actions: tuple[ActionLine, ...]
    progress: str
    progress_on: date | None


@dataclass(frozen=True)
class ImprovementPlanSection:
    heading: str
    summary: str
    produced: date
    lines: tuple[RecommendationLine, ...]

    @property
    def open_count(self) -> int:
        return sum(1 for line in self.lines if not line.done)

    @property
    def overdue_count(self) -> int:
        return sum(1 for line in self.lines if line.overdue)


def _line(row: PlanRow, today: date) -> RecommendationLine:
    rec = row.recommendation
    return RecommendationLine(
        source=rec.source_title,
        number=rec.number,
        text=rec.text,
        owner=rec.get_owner_display(),
        done=rec.is_done,
        closed_on=rec.closed_on,
        overdue=row.overdue,
        actions=tuple(ActionLine(a.what, a.owner_label, a.due_on, a.done_on, a.is_overdue_on(today)) for a in row.actions),
        progress=row.latest_progress.text if row.latest_progress else "",
        progress_on=row.latest_progress.written_on if row.latest_progress else None,
    )


def improvement_plan_section(service_id: int, today: date) -> ImprovementPlanSection:
    """Every recommendation of the service, those with overdue actions first; closed ones at the end."""
    rows = plan_rows(Recommendation.objects.filter(service_id=service_id), today)
    return ImprovementPlanSection(
        heading=str(HEADING),
        summary=_(
            "The recommendations of inspections and audits in the service's improvement plan on %(day)s, when the "
            "report was produced: those with an overdue action first, then by the next action due, with each "
            "action's owner and the latest progress."
        )
        % {"day": long_date(today)},
        produced=today,
        lines=tuple(_line(row, today) for row in rows),
    )
