"""Every figure beyond the headline indicators, for one period, as nested objects and as named rows.

Beside `indicators` (FTE, custody, proven reoffending): the live tracker of the window's last 4
quarterly cohorts, reoffending after out-of-court disposals by each dimension, disproportionality at
each stage, the open caseload's profile, and the KPI return of the window's last quarter. Gathered
per service or local authority in the calculations' own grouped queries, then laid out two ways: as
nested objects for JSON (`as_json`) and as one `FigureRow` per figure, named with dots, for CSV and a
table (`figure_rows`). The command prints them; the board report and an API can take the same shapes.
Nothing here suppresses small counts: that is for whatever shows them to a board member.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.translation import gettext as _

from yjs.performance import disproportionality as dp
from yjs.performance.caseload_profile import NEEDS, CaseloadProfile, caseload_profile
from yjs.performance.disposals import DIMENSIONS as OOC_DIMENSIONS
from yjs.performance.disposals import OutOfCourtReoffending, out_of_court_reoffending, value_label
from yjs.performance.figures import EMPTY_REOFFENDING, Ratio, Reoffending
from yjs.performance.grouping import SERVICE
from yjs.performance.kpis.quarterly_return import KpiRow, kpi_return, return_rows
from yjs.performance.labels import DIMENSION_LABELS, STAGE_LABELS, group_label
from yjs.performance.periods import Quarter, Window, quarters_ending
from yjs.performance.reoffending import TrackedCohort, live_tracker

TRACKED_QUARTERS = 4
SHARE_STAGES = ("population", *dp.STAGES)


@dataclass(frozen=True)
class FigureRow:
    """One figure as the CSV and the table print it; `value` may be a flag (True/False)."""

    section: str
    name: str
    label: str
    numerator: int | None
    denominator: int | None
    value: float | int | bool | None


@dataclass(frozen=True)
class MoreFigures:
    """Everything for one service or local authority beyond its IndicatorSet."""

    tracker: list[TrackedCohort]
    out_of_court: OutOfCourtReoffending
    disproportionality: dict[str, list[dp.GroupRow]]
    caseload: CaseloadProfile
    kpi_quarter: Quarter
    kpis: list[KpiRow] = field(default_factory=list)


def last_quarter(window: Window) -> Quarter:
    """The quarter the window ends in: the tracker's latest cohort and the KPI return's quarter."""
    return Quarter.containing(window.end)


def more_figures(
    window: Window, *, today: date, by: str = SERVICE, services: Iterable[int] | None = None
) -> dict[int, MoreFigures]:
    """Per service or local authority: every group with anything to report (absent groups read as empty)."""
    services = None if services is None else list(services)
    quarter = last_quarter(window)
    tracker = live_tracker(quarters_ending(quarter, TRACKED_QUARTERS), today=today, by=by, services=services)
    ooc = out_of_court_reoffending(window, by=by, services=services)
    disproportion = {name: dp.disproportionality(window, d, by=by, services=services) for name, d in dp.DIMENSIONS.items()}
    caseload = caseload_profile(by=by, services=services)
    kpis = kpi_return(quarter.window, by=by, services=services, today=today)
    groups = set(tracker) | set(ooc) | set(caseload) | set(kpis)
    for found in disproportion.values():
        groups |= set(found)
    return {group: _for_group(group, quarter, tracker, ooc, disproportion, caseload, kpis) for group in groups}


def _for_group(group, quarter, tracker, ooc, disproportion, caseload, kpis) -> MoreFigures:  # type: ignore[no-untyped-def]
    return MoreFigures(
        tracker=tracker.get(group, empty_tracker(quarter)),
        out_of_court=ooc.get(group, OutOfCourtReoffending(EMPTY_REOFFENDING, {})),
        disproportionality={name: found.get(group, []) for name, found in disproportion.items()},
        caseload=caseload.get(group, CaseloadProfile()),
        kpi_quarter=quarter,
        kpis=kpis.get(group) or return_rows(None, {}, None),
    )


def empty_tracker(quarter: Quarter) -> list[TrackedCohort]:
    return [TrackedCohort(each, 0, ()) for each in quarters_ending(quarter, TRACKED_QUARTERS)]


def empty(window: Window) -> MoreFigures:
    """A group with nothing to report, e.g. a service asked for by name that has no records yet."""
    quarter = last_quarter(window)
    return MoreFigures(
        empty_tracker(quarter),
        OutOfCourtReoffending(EMPTY_REOFFENDING, {}),
        {name: [] for name in dp.DIMENSIONS},
        CaseloadProfile(),
        quarter,
        return_rows(None, {}, None),
    )


# --- JSON: nested objects --------------------------------------------------------------------------


def _reoffending(found: Reoffending) -> dict[str, Any]:
    return {
        "cohort": found.cohort,
        "reoffenders": found.reoffenders,
        "reoffences": found.reoffences,
        "binary_rate": found.binary_rate,
    }


def stage_totals(rows: list[dp.GroupRow], dimension: dp.Dimension) -> dict[str, int]:
    """The denominators of the shares: children at each stage (and the population) of the known groups."""
    known = [row for row in rows if row.group not in dimension.unknown]
    totals = {stage: sum(row.counts.get(stage, 0) for row in known) for stage in dp.STAGES}
    totals["population"] = sum(row.population or 0 for row in known)
    return totals


def _stage(row: dp.GroupRow, stage: str) -> dict[str, Any]:
    if stage == "population":
        return {"count": row.population, "population": row.population, "share": row.shares.get("population")}
    rate = row.rates[stage]
    interval = rate.interval
    return {
        "count": row.counts[stage],
        "population": row.population,
        "share": row.shares.get(stage),
        "rri": rate.index,
        "rri_low": interval[0] if interval else None,
        "rri_high": interval[1] if interval else None,
        "significant": rate.significant,
    }


def as_json(found: MoreFigures) -> dict[str, Any]:
    """The nested objects the JSON output adds beside the flat indicator keys."""
    return {
        "reoffending.tracker": [
            {
                "quarter": str(cohort.quarter),
                "from": cohort.quarter.start.isoformat(),
                "to": cohort.quarter.end.isoformat(),
                "cohort": cohort.cohort,
                "points": {
                    f"{point.months}_months": {**_reoffending(point.figure), "provisional": point.provisional}
                    for point in cohort.points
                },
            }
            for cohort in found.tracker
        ],
        "out_of_court": {
            "total": _reoffending(found.out_of_court.total),
            **{
                dimension: {
                    value: _reoffending(figure) for value, figure in found.out_of_court.by.get(dimension, {}).items()
                }
                for dimension in OOC_DIMENSIONS
            },
        },
        "disproportionality": {
            name: {
                "reference": dp.DIMENSIONS[name].reference,
                "groups": {row.group: {stage: _stage(row, stage) for stage in SHARE_STAGES} for row in rows},
            }
            for name, rows in found.disproportionality.items()
        },
        "caseload": {
            "interventions": found.caseload.interventions,
            "court": found.caseload.court,
            "out_of_court": found.caseload.out_of_court,
            "by_type": {row.code: row.interventions for row in found.caseload.by_type},
            "children": found.caseload.children,
            "needs": {
                name: {
                    "children": found.caseload.needs.get(name, 0),
                    "share": Ratio(found.caseload.needs.get(name, 0), found.caseload.children, 100).value,
                }
                for name in NEEDS
            },
        },
        "kpi": {
            "quarter": str(found.kpi_quarter),
            "rows": [
                {
                    "kpi": row.kpi,
                    "measure": row.measure,
                    "order_type": row.order_type,
                    "numerator": row.numerator,
                    "denominator": row.denominator,
                    "percentage": row.percentage,
                    "rate_per_10000": row.rate_per_10000,
                    "status": row.status,
                }
                for row in found.kpis
            ],
        },
    }


# --- CSV and table: one named row per figure -------------------------------------------------------


def _reoffending_rows(section: str, name: str, label: str, found: Reoffending) -> list[FigureRow]:
    return [
        FigureRow(
            section,
            f"{name}.binary_rate",
            _("%(what)s: %% who reoffended") % {"what": label},
            found.reoffenders,
            found.cohort,
            found.binary_rate,
        ),
        FigureRow(
            section,
            f"{name}.per_child",
            _("%(what)s: reoffences per child") % {"what": label},
            found.reoffences,
            found.cohort,
            found.per_child,
        ),
    ]


def tracker_rows(found: MoreFigures) -> list[FigureRow]:
    section = _("Live tracker: reoffending so far of the recent quarterly cohorts")
    rows = []
    for cohort in found.tracker:
        name = f"reoffending.tracker.{cohort.quarter}"
        rows.append(
            FigureRow(
                section,
                f"{name}.cohort",
                _("%(q)s cohort: children") % {"q": cohort.quarter},
                cohort.cohort,
                None,
                cohort.cohort,
            )
        )
        for point in cohort.points:
            label = _("%(q)s cohort at %(n)s months") % {"q": cohort.quarter, "n": point.months}
            if point.provisional:
                label = _("%(label)s (provisional)") % {"label": label}
            rows.extend(_reoffending_rows(section, f"{name}.{point.months}_months", label, point.figure))
            rows.append(
                FigureRow(
                    section,
                    f"{name}.{point.months}_months.provisional",
                    _("%(label)s: provisional") % {"label": label},
                    None,
                    None,
                    point.provisional,
                )
            )
    return rows


def out_of_court_rows(found: MoreFigures) -> list[FigureRow]:
    section = _("Reoffending after out-of-court disposals")
    rows = _reoffending_rows(section, "out_of_court.total", _("All out-of-court disposals"), found.out_of_court.total)
    for dimension, heading in OOC_DIMENSIONS.items():
        for value, figure in sorted(found.out_of_court.by.get(dimension, {}).items()):
            label = f"{heading}: {value_label(dimension, value)}"
            rows.extend(_reoffending_rows(section, f"out_of_court.{dimension}.{value}", label, figure))
    return rows


def disproportionality_rows(found: MoreFigures) -> list[FigureRow]:
    section = _("Disproportionality")
    rows = []
    for name, groups in found.disproportionality.items():
        dimension = dp.DIMENSIONS[name]
        totals = stage_totals(groups, dimension)
        for row in groups:
            for stage in SHARE_STAGES:
                key = f"disproportionality.{name}.{row.group}.{stage}"
                label = f"{DIMENSION_LABELS[name]}: {group_label(name, row.group)}, {str(STAGE_LABELS[stage]).lower()}"
                numerator = row.population if stage == "population" else row.counts[stage]
                rows.append(
                    FigureRow(
                        section,
                        f"{key}.share",
                        _("%(what)s: share %%") % {"what": label},
                        numerator,
                        totals[stage],
                        row.shares.get(stage),
                    )
                )
                if stage == "population":
                    continue
                rate = row.rates[stage]
                interval = rate.interval
                rows += [
                    FigureRow(
                        section,
                        f"{key}.rri",
                        _("%(what)s: relative rate index") % {"what": label},
                        row.counts[stage],
                        row.population,
                        rate.index,
                    ),
                    FigureRow(
                        section,
                        f"{key}.rri_low",
                        _("%(what)s: RRI, 95%% interval from") % {"what": label},
                        None,
                        None,
                        interval[0] if interval else None,
                    ),
                    FigureRow(
                        section,
                        f"{key}.rri_high",
                        _("%(what)s: RRI, 95%% interval to") % {"what": label},
                        None,
                        None,
                        interval[1] if interval else None,
                    ),
                    FigureRow(
                        section,
                        f"{key}.significant",
                        _("%(what)s: interval excludes 1") % {"what": label},
                        None,
                        None,
                        rate.significant,
                    ),
                ]
    return rows


def caseload_rows(found: MoreFigures) -> list[FigureRow]:
    section = _("Caseload profile (open today)")
    profile = found.caseload
    rows = [
        FigureRow(
            section, "caseload.interventions", _("Open interventions"), profile.interventions, None, profile.interventions
        ),
        FigureRow(
            section,
            "caseload.court",
            _("Open court interventions"),
            profile.court,
            profile.interventions,
            Ratio(profile.court, profile.interventions, 100).value,
        ),
        FigureRow(
            section,
            "caseload.out_of_court",
            _("Open out-of-court interventions"),
            profile.out_of_court,
            profile.interventions,
            Ratio(profile.out_of_court, profile.interventions, 100).value,
        ),
    ]
    for row in profile.by_type:
        rows.append(
            FigureRow(
                section,
                f"caseload.type.{row.code}",
                _("Open: %(name)s") % {"name": row.name},
                row.interventions,
                profile.interventions,
                Ratio(row.interventions, profile.interventions, 100).value,
            )
        )
    rows.append(
        FigureRow(section, "caseload.children", _("Children on the open caseload"), profile.children, None, profile.children)
    )
    for name in NEEDS:
        with_need = profile.needs.get(name, 0)
        rows.append(
            FigureRow(
                section,
                f"caseload.needs.{name}",
                _("Children with the need: %(name)s %%") % {"name": name},
                with_need,
                profile.children,
                Ratio(with_need, profile.children, 100).value,
            )
        )
    return rows


def kpi_rows(found: MoreFigures) -> list[FigureRow]:
    section = _("YJB key performance indicators, %(quarter)s") % {"quarter": found.kpi_quarter}
    rows = []
    for row in found.kpis:
        value = row.percentage if row.rate_per_10000 is None else row.rate_per_10000
        label = f"KPI {row.kpi} {row.label} ({row.order_type_label})"
        if row.status != "recorded":
            label = f"{label}: {row.status}"
        rows.append(
            FigureRow(section, f"kpi.{row.kpi}.{row.measure}.{row.order_type}", label, row.numerator, row.denominator, value)
        )
    return rows


def figure_rows(found: MoreFigures) -> list[FigureRow]:
    """Every figure of `found`, section by section, in the order the command prints them."""
    return [
        *tracker_rows(found),
        *out_of_court_rows(found),
        *disproportionality_rows(found),
        *caseload_rows(found),
        *kpi_rows(found),
    ]
