"""KPI 8 in the quarterly return: the board's meetings in the quarter, read from the partnership board.

The rule (which sectors a senior partner represented at a meeting) is governance.attendance's; here every
service's meetings in the quarter are read at once and turned into return rows: the sectors represented
out of 5 over the quarter's meetings, and each statutory sector's meetings represented.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from yjs.governance.attendance import OUT_OF, PeriodFigure, period_figure
from yjs.governance.models import BoardMeeting
from yjs.governance.selectors import meeting_figures
from yjs.governance.vocabularies import STATUTORY_SECTORS, Sector
from yjs.performance.periods import Window


def board_figures(window: Window, today: date, services: Iterable[int] | None = None) -> dict[int, PeriodFigure]:
    """{service id: its meetings held in the window (and by today)}; services whose board did not meet are absent."""
    meetings = BoardMeeting.objects.filter(held_on__gte=window.start, held_on__lte=min(window.end, today))
    if services is not None:
        meetings = meetings.filter(service_id__in=list(services))
    grouped = defaultdict(list)
    for meeting, figure in meeting_figures(meetings.order_by("held_on")):
        grouped[meeting.service_id].append(figure)
    return {service: period_figure(figures) for service, figures in grouped.items()}


def sector_label(sector: str) -> str:
    return str(Sector(sector).label)


def scored(figure: PeriodFigure | None) -> tuple[int, int]:
    """Sectors represented, summed over the meetings, and the most there could have been (5 a meeting)."""
    if figure is None:
        return 0, 0
    return sum(meeting.score for meeting in figure.meetings), OUT_OF * len(figure.meetings)


__all__ = ["STATUTORY_SECTORS", "board_figures", "scored", "sector_label"]
