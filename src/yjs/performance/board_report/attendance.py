"""Board attendance in the report: KPI 8 for each meeting of the quarter, and the quarter's average.

It counts partners' sectors at meetings, never children, so it is not suppressed (as in the KPI return).
"""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from yjs.governance.selectors import kpi8_by_quarter
from yjs.governance.vocabularies import STATUTORY_SECTORS, Sector
from yjs.lib.formats import long_date
from yjs.performance.panels import Headline, Table
from yjs.performance.periods import Quarter

OUT_OF = len(STATUTORY_SECTORS)


def attendance(service_id: int, quarter: Quarter, today: date) -> tuple[tuple[Headline, ...], Table | None]:
    found = kpi8_by_quarter(service_id, [quarter], today)[0]
    if not found.meetings:
        return (Headline(_("Meetings in the quarter"), "0"), Headline(_("KPI 8"), _("The board did not meet"))), None
    rows = []
    for meeting, figure in found.meetings:
        missing = [str(Sector(sector).label) for sector in STATUTORY_SECTORS if not figure.represented(sector)]
        rows.append(
            (
                long_date(meeting.held_on),
                meeting.get_kind_display(),
                _("%(score)s of %(out_of)s") % {"score": figure.score, "out_of": OUT_OF},
                ", ".join(missing) or _("None"),
            )
        )
    headlines = (
        Headline(_("Meetings in the quarter"), str(len(found.meetings))),
        Headline(
            _("Average sectors with a senior partner (KPI 8)"),
            _("%(average)s of %(out_of)s") % {"average": found.figure.average, "out_of": OUT_OF},
        ),
    )
    table = Table(
        caption=_("Statutory sectors represented by a senior partner at each board meeting, quarter %(label)s")
        % {"label": quarter.financial_year_label()},
        head=(_("Meeting"), _("Kind"), _("Sectors with a senior partner"), _("Sectors not represented")),
        rows=tuple(rows),
        numeric_from=len(rows[0]),  # words, not figures
    )
    return headlines, table
