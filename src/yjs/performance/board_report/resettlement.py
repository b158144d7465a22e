"""Resettlement in the report: children released from custody in the quarter, and how long before each
release the release address was confirmed (the resettlement standard's question: was a home ready in time?).

Counts are of children, so they follow the board's rule: the line of counts and its total are suppressed
together, and the median is shown only where the count it is taken from is shown and not small, since a
median of one or two releases would give their dates away.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from yjs.lib.suppression import SMALLEST_SHOWN, suppress_line
from yjs.performance.panels import Headline, Table
from yjs.performance.periods import Quarter
from yjs.resettlement.queries import address_confirmation

IN_TIME, LATE, NONE = "in_time", "late", "none"


def release_addresses(service_id: int, quarter: Quarter) -> tuple[tuple[Headline, ...], Table | None]:
    found = address_confirmation(service_id, quarter.start, quarter.end)
    if not found.releases:
        return (Headline(_("Children released from custody in the quarter"), "0"),), None
    line = suppress_line(
        {
            IN_TIME: found.confirmed - found.fewer_than_target,
            LATE: found.fewer_than_target,
            NONE: found.not_confirmed,
        },
        found.releases,
    )
    confirmed_shown = found.confirmed >= SMALLEST_SHOWN
    median = (
        _("%(days)s days") % {"days": f"{found.median_days:g}"}
        if confirmed_shown and found.median_days is not None
        else _("Not shown: fewer than 5 addresses confirmed")
    )
    target = found.target_days
    headlines = (
        Headline(_("Children released from custody in the quarter"), line.total.text if line.total else "–"),
        Headline(_("Median days before release the address was confirmed"), median),
    )
    texts = line.texts()
    table = Table(
        caption=_("Release address confirmed before release, quarter %(label)s") % {"label": quarter.financial_year_label()},
        head=(_("Release address"), _("Children released")),
        rows=(
            (_("Confirmed %(days)s days or more before release") % {"days": target}, texts[IN_TIME]),
            (_("Confirmed fewer than %(days)s days before release, or after it") % {"days": target}, texts[LATE]),
            (_("Not confirmed"), texts[NONE]),
            (_("All releases"), line.total.text if line.total else "–"),
        ),
    )
    return headlines, table
