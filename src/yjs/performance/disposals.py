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

from django.utils.translation import gettext_lazy as _

from yjs.children.vocabularies import CARE_EXPERIENCED, CareStatus, EthnicGroup, SendStatus, Sex
from yjs.performance.figures import Reoffending
from yjs.performance.follow_ups import OLDER, YOUNGER
from yjs.performance.models import FollowUp
from yjs.performance.periods import Window
from yjs.performance.reoffending import followed_up, index_events, reoffence

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


def _values(row: dict[str, object]) -> dict[str, str]:
    """A grouped row's place in each dimension; care experience follows from the care status."""
    flag = {True: YES, False: NO}
    return {
        "disposal": str(row["disposal"]),
        "age_band": str(row["age_band"]),
        "sex": str(row["sex"]),
        "ethnic_group": str(row["ethnic_group"]),
        "care_experienced": flag[row["care_status"] in CARE_EXPERIENCED],
        "care_status": str(row["care_status"]),
        "send_status": str(row["send_status"]),
        "substance_misuse": flag[bool(row["substance_misuse"])],
        "mental_health_concern": flag[bool(row["mental_health_concern"])],
    }


def out_of_court_reoffending(
    window: Window, *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, OutOfCourtReoffending]:
    """Per service or local authority, one grouped query: every profile cell is counted in SQL, and each
    dimension's figures are the sums of its cells (each child is in exactly one cell)."""
    events = index_events(FollowUp.OUT_OF_COURT, [window], by=by, services=services)
    # Sums of plain counts first, made into figures once at the end: some ten thousand cells each add
    # to nine splits, and a figure per addition cost more than the query.
    totals: dict[int, list[int]] = {}
    splits: dict[int, dict[str, dict[str, list[int]]]] = {}
    for row in followed_up(events, follow_ups={"official": reoffence()}, splits=PROFILE):
        size, reoffenders, reoffences = row["size"], row["official_reoffenders"], row["official_reoffences"]
        by_dimension = splits.setdefault(row["group"], {})
        cells = [by_dimension.setdefault(d, {}).setdefault(v, [0, 0, 0]) for d, v in _values(row).items()]
        for sums in (totals.setdefault(row["group"], [0, 0, 0]), *cells):
            sums[0] += size
            sums[1] += reoffenders
            sums[2] += reoffences
    return {
        group: OutOfCourtReoffending(
            Reoffending(*total),
            {
                dimension: {value: Reoffending(*sums) for value, sums in values.items()}
                for dimension, values in splits[group].items()
            },
        )
        for group, total in totals.items()
    }
