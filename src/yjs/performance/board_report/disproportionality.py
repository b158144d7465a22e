"""Disproportionality in the report: each group's share at each stage and its relative rate index, suppressed.

At each stage (out of court, court, custody) the groups' children add up to all the children at that
stage, so each stage is one line of counts with its total (yjs.lib.suppression). A share is made from
the group's count and the known total (the total less those whose group is not known), so it is withheld
when any of those counts is; a relative rate index is made from the group's and the reference group's
counts with published populations, so it is withheld when either count is. Population shares come from
the ONS estimates, which are published, not the service's records, and are shown as they are.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yjs.children.vocabularies import CareStatus, EthnicGroup, Sex
from yjs.lib.suppression import WITHHELD, Count, suppress_line
from yjs.performance.disproportionality import DIMENSIONS, NOT_LOOKED_AFTER, STAGES, Dimension, GroupRow, disproportionality
from yjs.performance.panels import Table, count, figure
from yjs.performance.periods import Window
from yjs.performance.relative_rates import RelativeRate

STAGE_LABELS = {
    "out_of_court": gettext_lazy("Out of court"),
    "court": gettext_lazy("Court"),
    "custody": gettext_lazy("Custody"),
}
DIMENSION_LABELS = {
    "ethnic_group": gettext_lazy("ethnic group"),
    "sex": gettext_lazy("sex"),
    "care_status": gettext_lazy("care status"),
}
ALL = "all"


def group_label(dimension: Dimension, group: str) -> str:
    if dimension.name == "ethnic_group":
        return str(EthnicGroup(group).label)
    if dimension.name == "sex":
        return str(Sex(group).label)
    return str(CareStatus(group).label) if group != NOT_LOOKED_AFTER else _("Not looked after")


def disproportionality_tables(service_id: int, window: Window) -> list[Table]:
    tables = []
    for dimension in DIMENSIONS.values():
        rows = disproportionality(window, dimension, services=[service_id]).get(service_id)
        rows = rows or [GroupRow(group, None) for group in dimension.groups]
        for row in rows:
            row.counts = row.counts or {stage: 0 for stage in STAGES}
        tables.append(_table(dimension, rows))
    return tables


def _table(dimension: Dimension, rows: list[GroupRow]) -> Table:
    shown: dict[str, dict[str, Count]] = {}
    totals: dict[str, Count] = {}
    for stage in STAGES:
        line = suppress_line({row.group: row.counts[stage] for row in rows}, sum(row.counts[stage] for row in rows))
        assert line.total is not None
        shown[stage], totals[stage] = line.parts, line.total
    reference = dimension.reference
    body = []
    for row in rows:
        cells = [group_label(dimension, row.group), figure(row.shares.get("population"), suffix="%")]
        for stage in STAGES:
            mine = shown[stage][row.group]
            unknown = [shown[stage][group] for group in dimension.unknown]
            share_hidden = any(c.withheld for c in (mine, totals[stage], *unknown))
            cells.append(_count_and_share(mine, row.shares.get(stage), share_hidden))
            rate_hidden = bool(mine.withheld or shown[stage][reference].withheld)
            cells.append(_rate(row.rates.get(stage), rate_hidden, row.group == reference))
        body.append(tuple(cells))
    body.append((_("All children"), "", *(cell for stage in STAGES for cell in (count(totals[stage]), ""))))
    head = [_("Group"), _("Share of children aged 10 to 17")]
    for stage in STAGES:
        head += [
            _("%(stage)s: children (share)") % {"stage": STAGE_LABELS[stage]},
            _("%(stage)s: RRI (95%% interval)") % {"stage": STAGE_LABELS[stage]},
        ]
    return Table(
        caption=_("Children at each stage by %(dimension)s, with the relative rate index against %(reference)s")
        % {"dimension": DIMENSION_LABELS[dimension.name], "reference": group_label(dimension, reference).lower()},
        head=tuple(head),
        rows=tuple(body),
    )


def _count_and_share(shown: Count, share: float | None, hidden: bool) -> str:
    if shown.value == 0 and not shown.withheld:
        return "0"
    text = figure(share, suffix="%", withheld=hidden)
    return f"{shown.text} ({text})" if share is not None or hidden else shown.text


def _rate(rate: RelativeRate | None, hidden: bool, is_reference: bool) -> str:
    if hidden:
        return WITHHELD
    if rate is None or rate.index is None:
        return "–"
    if is_reference:
        return _("1.00 (reference)")
    interval = rate.interval
    text = f"{rate.index:.2f}"
    if interval is not None:
        text += f" ({interval[0]:.2f} to {interval[1]:.2f})"
    return text
