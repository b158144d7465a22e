"""The disproportionality page of one service: for ethnic group, sex and care status, each group's share
of the 10-17 population and of the children at each stage, and its relative rate index (RRI) against the
reference group with the 95% interval, marked where the interval lies wholly above 1.

The population is published (ONS estimates), so it is shown as it is. For a reader who sees aggregates
only, the children at a stage are suppressed as a line whose total the shares give away (a share and its
count reveal the known groups' total), with the groups whose ethnicity or sex is not known as a second sum
above it; a share is withheld when its count or that total is, and an RRI when its group's or the
reference group's count is.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from yjs.core.models import Service
from yjs.lib.suppression import Count, Sum, ratio_shown, suppress
from yjs.performance import charts
from yjs.performance import disproportionality as dp
from yjs.performance.labels import DIMENSION_LABELS, STAGE_LABELS, group_label
from yjs.performance.page_parts import PageSection, Part
from yjs.performance.panels import Table, count, figure
from yjs.performance.periods import Quarter, year_ending

KNOWN, EVERYONE = ("known",), ("all",)


def disproportionality_page(service: Service, quarter: Quarter, *, protect: bool) -> list[PageSection]:
    window = year_ending(quarter)
    sections = []
    for name, dimension in dp.DIMENSIONS.items():
        rows = dp.disproportionality(window, dimension, services=[service.pk]).get(service.pk, [])
        sections.append(dimension_section(name, dimension, rows, protect))
    return sections


def stage_counts(rows: list[dp.GroupRow], dimension: dp.Dimension, stage: str, protect: bool) -> dict[object, Count]:
    """Each group's children at the stage as shown, and the known groups' total (key KNOWN)."""
    counts: dict[object, int] = {row.group: row.counts[stage] for row in rows}
    known = [row.group for row in rows if row.group not in dimension.unknown]
    counts[KNOWN] = sum(counts[group] for group in known)
    counts[EVERYONE] = counts[KNOWN] + sum(counts[row.group] for row in rows if row.group in dimension.unknown)
    if not protect:
        return {key: Count(value) for key, value in counts.items()}
    unknown = tuple(row.group for row in rows if row.group in dimension.unknown)
    return suppress(counts, [Sum(KNOWN, tuple(known)), Sum(EVERYONE, (KNOWN, *unknown))])


def dimension_section(name: str, dimension: dp.Dimension, rows: list[dp.GroupRow], protect: bool) -> PageSection:
    label = str(DIMENSION_LABELS[name])
    slug = name.replace("_", "-")
    reference = _reference(name, dimension)
    summary = _(
        "Each group's share of the children aged 10 to 17 living in the area, and of the children given an "
        "out-of-court disposal, a court outcome or a custodial sentence in the period (a child counts once at "
        "each stage). The relative rate index compares a group's rate at a stage with the rate of %(reference)s "
        "children: above 1 means more often. Where its 95%% interval lies wholly above 1, the difference is "
        "unlikely to be chance."
    ) % {"reference": reference}
    nothing = not rows or (
        all(row.population is None for row in rows) and not any(row.counts[stage] for row in rows for stage in dp.STAGES)
    )
    if nothing:
        return PageSection(
            slug,
            label,
            summary,
            empty=_("No child aged 10 to 17 had an outcome in this period and there is no population estimate by %(d)s.")
            % {"d": label.lower()},
        )
    shown = {stage: stage_counts(rows, dimension, stage, protect) for stage in dp.STAGES}
    missing = [group_label(name, row.group) for row in rows if row.group not in dimension.unknown and row.population is None]
    notes = ()
    if missing:
        notes = (
            _(
                "There is no population estimate for %(groups)s for this period, so the share of the population "
                "and the relative rate index cannot be worked out for them."
            )
            % {"groups": ", ".join(missing)},
        )
    return PageSection(
        slug,
        label,
        summary,
        notes=notes,
        parts=(_shares_part(name, label, dimension, rows, shown), _rates_part(name, label, dimension, rows, shown)),
    )


def _share(row: dp.GroupRow, stage: str, shown: dict[str, dict[object, Count]]) -> tuple[float | None, str]:
    value = row.shares.get(stage)
    if stage == "population":
        return value, figure(value, suffix="%")
    kept = ratio_shown(value, shown[stage][row.group], shown[stage][KNOWN])
    return kept, figure(kept, suffix="%", withheld=kept is None and value is not None)


def _shares_part(name: str, label: str, dimension: dp.Dimension, rows: list[dp.GroupRow], shown) -> Part:  # type: ignore[no-untyped-def]
    table_rows, bars = [], []
    for row in rows:
        population = count(row.population) if row.group not in dimension.unknown else _("Not applicable")
        cells = [group_label(name, row.group), population, _share(row, "population", shown)[1]]
        for stage in dp.STAGES:
            cells += [count(shown[stage][row.group]), _share(row, stage, shown)[1]]
        table_rows.append(tuple(cells))
        if row.group in dimension.unknown:
            continue
        for stage in ("population", *dp.STAGES):
            value, text = _share(row, stage, shown)
            stage_label = str(STAGE_LABELS[stage]).lower()
            bars.append(charts.Bar(f"{group_label(name, row.group)}: {stage_label}", value, text))
    head = [label, _("Children aged 10 to 17"), _("Share of the population")]
    for stage in dp.STAGES:
        stage_label = str(STAGE_LABELS[stage])
        head += [_("%(stage)s: children") % {"stage": stage_label}, _("%(stage)s: share") % {"stage": stage_label}]
    caption = _("Share of the population and of the children at each stage, by %(d)s") % {"d": label.lower()}
    table = Table(caption=caption, head=tuple(head), rows=tuple(table_rows))
    svg = None
    if any(bar.value is not None for bar in bars):
        svg = charts.bar_chart(
            chart_id=f"shares-{name.replace('_', '-')}",
            title=caption,
            description=_(
                "A bar chart of each group's share of the population and of the children at each stage. "
                "The table below gives the figures."
            ),
            bars=bars,
        )
    return Part(table, svg)


def _rates_part(name: str, label: str, dimension: dp.Dimension, rows: list[dp.GroupRow], shown) -> Part:  # type: ignore[no-untyped-def]
    table_rows = []
    for row in rows:
        cells: list[str] = [group_label(name, row.group)]
        for stage in dp.STAGES:
            if row.group == dimension.reference:
                cells += [_("Reference group"), ""]
                continue
            if row.group in dimension.unknown:
                cells += [_("Not applicable"), ""]
                continue
            rate = row.rates[stage]
            hidden = ratio_shown(1.0, shown[stage][row.group], shown[stage][dimension.reference]) is None
            cells += _rate_cells(rate, hidden)
        table_rows.append(tuple(cells))
    head = [label]
    for stage in dp.STAGES:
        stage_label = str(STAGE_LABELS[stage])
        head += [
            _("%(stage)s: RRI (95%% interval)") % {"stage": stage_label},
            _("%(stage)s: wholly above 1") % {"stage": stage_label},
        ]
    caption = _("Relative rate index against %(reference)s children, by %(d)s") % {
        "reference": _reference(name, dimension),
        "d": label.lower(),
    }
    return Part(Table(caption=caption, head=tuple(head), rows=tuple(table_rows)), charted=False)


def _reference(name: str, dimension: dp.Dimension) -> str:
    """The reference group as a sentence names it: an ethnic group keeps its capital."""
    label = group_label(name, dimension.reference)
    return label if name == "ethnic_group" else label.lower()


def _rate_cells(rate, hidden: bool) -> list[str]:  # type: ignore[no-untyped-def]
    if rate.index is None:
        return [_("No data"), ""]
    if hidden:
        return [figure(None, withheld=True), ""]
    low, high = rate.interval
    text = _("%(index)s (%(low)s to %(high)s)") % {
        "index": figure(rate.index, digits=2),
        "low": figure(low, digits=2),
        "high": figure(high, digits=2),
    }
    return [text, _("Yes: more often than chance explains") if low > 1 else _("No")]
