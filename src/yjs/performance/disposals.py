"""Reoffending after out-of-court disposals, by disposal and by the child's profile (docs/indicators.md).

A local analysis beside the official measure: the index event is the child's first out-of-court
disposal in the period (community resolution, outcome 22, outcome 20/21, youth caution or youth
conditional caution), so the non-statutory disposals, which the official cohort leaves out, start a
follow-up here. Everything else is the official method: aged 10 to 17 on the index date, offences
committed in the 12 months after it and proven by a caution or a court outcome within 18 months,
breaches left out. The whole period is one cohort, so each child is counted once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from yjs.children.vocabularies import CARE_EXPERIENCED, CareStatus, EthnicGroup, SendStatus, Sex
from yjs.lib.garbage import collecting_less
from yjs.performance.figures import Reoffending
from yjs.performance.follow_ups import OLDER, YOUNGER
from yjs.performance.models import FollowUp
from yjs.performance.period_counts import Counts, added, folded, kept_counts, merged, nested
from yjs.performance.periods import Window
from yjs.performance.reoffending import grouped_follow_ups, index_events, reoffence

YES, NO = "yes", "no"

DIMENSIONS = {
    "disposal": _("Disposal"),
    "age_band": _("Age on the disposal date"),
    "sex": _("Sex"),
    "ethnic_group": _("Ethnic group"),
    "care_experienced": _("Care-experienced"),
    "care_status": _("Care status"),
    "send_status": _("Special educational needs"),
    "substance_misuse": _("Substance misuse"),
    "mental_health_concern": _("Mental health or wellbeing concern"),
}

VALUE_LABELS: dict[str, dict[str, str]] = {
    "age_band": {YOUNGER: YOUNGER, OLDER: OLDER},
    "sex": dict(Sex.choices),
    "ethnic_group": dict(EthnicGroup.choices),
    "care_experienced": {YES: _("Care-experienced"), NO: _("Not care-experienced")},
    "care_status": dict(CareStatus.choices),
    "send_status": dict(SendStatus.choices),
    "substance_misuse": {YES: _("Yes"), NO: _("No")},
    "mental_health_concern": {YES: _("Yes"), NO: _("No")},
}


def value_label(dimension: str, value: str) -> str:
    """What a page shows for one value of a dimension; a disposal is shown by its registry code."""
    return str(VALUE_LABELS.get(dimension, {}).get(value, value))


@dataclass(frozen=True)
class OutOfCourtReoffending:
    """The whole cohort, and the same figures split by each dimension (dimension -> value -> figure)."""

    total: Reoffending
    by: dict[str, dict[str, Reoffending]] = field(default_factory=dict)


# Each dimension as kept with the follow-up: the child's profile as recorded now, the age band on the disposal date.
PROFILE = (
    "disposal", "age_band", "sex", "ethnic_group", "care_status", "send_status", "substance_misuse",
    "mental_health_concern",
)  # fmt: skip


@collecting_less()
def out_of_court_reoffending(
    window: Window, *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, OutOfCourtReoffending]:
    """Per service or local authority: the cohort's counts, kept per service and local authority for a period of
    whole quarters (period_counts.py), added up over the group."""
    [counts] = kept_counts("out_of_court_cohort", [window], services, _cohort)
    return {
        group: OutOfCourtReoffending(
            Reoffending(*part[_TOTAL]),
            {
                dimension: {value: Reoffending(*figure) for value, figure in sorted(values.items())}
                for dimension, values in sorted(part.items())
                if dimension != _TOTAL
            },
        )
        for group, part in folded(counts, by, _joined).items()
    }


def _cohort(window: Window, services: list[int] | None) -> Counts:
    """Per service and local authority, {"": [size, reoffenders, reoffences], dimension: {value: [the same]}}:
    every profile cell is counted, and each dimension's figures are the sums of its cells (each child is in
    exactly one cell), added up by the database."""
    events = index_events(FollowUp.OUT_OF_COURT, window, services=services)
    cells = grouped_follow_ups(
        events, follow_ups={"official": reoffence()}, splits=("service_id", "local_authority_id", *PROFILE)
    )
    parts: dict[tuple[int, int | None], dict[str, Any]] = {}
    for dimension, service, authority, value, *figure in _summed(cells):
        part = parts.setdefault((service, authority), {})
        if dimension == _TOTAL:
            part[_TOTAL] = [int(n) for n in figure]
        else:
            part.setdefault(dimension, {})[value] = [int(n) for n in figure]
    return nested((service, authority, part) for (service, authority), part in parts.items())


def _joined(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    joined: dict[str, Any] = {_TOTAL: added(first[_TOTAL], second[_TOTAL])}
    for dimension in (first.keys() | second.keys()) - {_TOTAL}:
        joined[dimension] = merged(first.get(dimension, {}), second.get(dimension, {}), added)
    return joined


_TOTAL = ""
_FLAGS = ("substance_misuse", "mental_health_concern")


def _summed(cells: QuerySet[FollowUp]) -> list[tuple[Any, ...]]:
    """(dimension, service, local authority, value, size, reoffenders, reoffences) for each value of each
    dimension, and the total (dimension ""): the cells summed by the database, not by Python one cell and split
    at a time (some ten thousand cells, each in nine splits)."""
    cells_sql, params = cells.query.sql_with_params()
    quote = connection.ops.quote_name
    keys = f"{quote('service_id')}, {quote('local_authority_id')}"

    def flag(column: str) -> str:
        return f"CASE WHEN {quote(column)} THEN '{YES}' ELSE '{NO}' END"

    # Each kept column is a dimension as it stands, a flag as yes or no; care experience follows from the status.
    values = {name: flag(name) if name in _FLAGS else quote(name) for name in PROFILE}
    experienced = ", ".join(["%s"] * len(CARE_EXPERIENCED))
    values["care_experienced"] = f"CASE WHEN {quote('care_status')} IN ({experienced}) THEN '{YES}' ELSE '{NO}' END"
    sums = ", ".join(f"SUM({quote(name)})" for name in ("size", "official_reoffenders", "official_reoffences"))
    parts = [f"SELECT '{_TOTAL}', {keys}, '', {sums} FROM cells GROUP BY 2, 3"]
    parts += [f"SELECT '{name}', {keys}, {value}, {sums} FROM cells GROUP BY 2, 3, 4" for name, value in values.items()]
    sql = f"WITH cells AS ({cells_sql}) {' UNION ALL '.join(parts)}"
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *sorted(CARE_EXPERIENCED)])  # the one part with parameters, the last
        return cursor.fetchall()
