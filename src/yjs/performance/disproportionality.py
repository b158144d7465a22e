"""Disproportionality: each group's share of the children at each stage, and its relative rate index.

A stage counts children, not outcomes: a child with two cautions in the period is one child cautioned.
Stages (DOMAIN.md section 4): the 10-17 population (reference data), out of court (any out-of-court
outcome but no further action), court (any court outcome) and custody (a custodial sentence, also counted
at court). The reference group is White children for ethnicity, boys for sex, and children who are not
looked after for care status. Care status is the child's as recorded now, not on the outcome date: yjs
keeps its history, but the reference population is a snapshot too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Case, CharField, Count, F, Q, Value, When

from yjs.children.vocabularies import CareStatus, EthnicGroup, Sex
from yjs.lib.garbage import collecting_less
from yjs.performance.counted_outcomes import counted_in
from yjs.performance.models import ALL
from yjs.performance.period_counts import Counts, added, folded, kept_counts, merged, nested
from yjs.performance.periods import Window
from yjs.performance.population import populations
from yjs.performance.relative_rates import RelativeRate

STAGES = ("out_of_court", "court", "custody")
# Each stage as the counted outcome's flag (counted_outcomes.py: out of court is any out-of-court outcome but
# no further action).
_STAGE_FILTERS = {"out_of_court": Q(out_of_court=True), "court": Q(court=True), "custody": Q(custodial=True)}
NOT_LOOKED_AFTER = "not_looked_after"


@dataclass(frozen=True)
class Dimension:
    name: str
    groups: tuple[str, ...]
    reference: str
    # Groups whose share is not computed (ethnicity not known): percentages are over known records.
    unknown: tuple[str, ...] = ()


ETHNIC_GROUP = Dimension(
    "ethnic_group",
    tuple(g.value for g in EthnicGroup),
    EthnicGroup.WHITE.value,
    (EthnicGroup.NOT_KNOWN.value,),
)
SEX = Dimension("sex", (Sex.MALE.value, Sex.FEMALE.value, Sex.NOT_KNOWN.value), Sex.MALE.value, (Sex.NOT_KNOWN.value,))
CARE_STATUS = Dimension("care_status", (CareStatus.LOOKED_AFTER.value, NOT_LOOKED_AFTER), NOT_LOOKED_AFTER)
DIMENSIONS = {d.name: d for d in (ETHNIC_GROUP, SEX, CARE_STATUS)}

# The child's group in each dimension, as the counted outcome keeps it: the ethnic group and sex as kept; looked
# after or not.
_GROUP_EXPRESSIONS = {
    ETHNIC_GROUP.name: F("ethnic_group"),
    SEX.name: F("sex"),
    CARE_STATUS.name: Case(
        When(care_status=CareStatus.LOOKED_AFTER, then=Value(CareStatus.LOOKED_AFTER.value)),
        default=Value(NOT_LOOKED_AFTER),
        output_field=CharField(),
    ),
}


def stage_counts(
    window: Window, dimension: Dimension, *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, dict[str, dict[str, int]]]:
    """Children aged 10-17 at each stage in the window: {service or local authority id: {stage: {group: n}}}.
    Kept per service and local authority for a period of whole quarters (period_counts.py), for every dimension at
    once."""
    [kept] = kept_counts("disproportionality_stages", [window], services, _stage_counts)
    in_dimension = {
        service: {authority: parts.get(dimension.name, {}) for authority, parts in authorities.items()}
        for service, authorities in kept.items()
    }
    counts: dict[int, dict[str, dict[str, int]]] = {}
    for unit, groups in folded(in_dimension, by, lambda first, second: merged(first, second, added)).items():
        stages: dict[str, dict[str, int]] = {stage: {} for stage in STAGES}
        for group, children in sorted(groups.items()):
            for stage, n in zip(STAGES, children, strict=True):
                if n:
                    stages[stage][group] = n
        counts[unit] = stages
    return counts


def _stage_counts(window: Window, services: list[int] | None) -> Counts:
    """{dimension: {group: [children out of court, at court, in custody]}} per service and local authority.

    One grouped count by every dimension's group at once: the groups are the child's, the same on each of their
    counted outcomes, so each child is in one combination, and a group's children are the sum of its
    combinations'. The counts of children add up over services and local authorities for the same reason."""
    rows = (
        counted_in(window, services=services)
        .annotate(**{f"in_{name}": expression for name, expression in _GROUP_EXPRESSIONS.items()})
        .values("service_id", "local_authority_id", *(f"in_{name}" for name in _GROUP_EXPRESSIONS))
        .annotate(**{stage: Count("child", distinct=True, filter=_STAGE_FILTERS[stage]) for stage in STAGES})
        .values_list("service_id", "local_authority_id", *(f"in_{name}" for name in _GROUP_EXPRESSIONS), *STAGES)
        .order_by()
    )
    parts: dict[tuple[int, int | None], dict[str, dict[str, list[int]]]] = {}
    dimensions = len(_GROUP_EXPRESSIONS)
    for service, authority, *found in rows:
        groups, children = found[:dimensions], found[dimensions:]
        if not any(children):
            continue
        part = parts.setdefault((service, authority), {name: {} for name in _GROUP_EXPRESSIONS})
        for name, group in zip(_GROUP_EXPRESSIONS, groups, strict=True):
            part[name][group] = added(part[name][group], children) if group in part[name] else list(children)
    return nested((service, authority, part) for (service, authority), part in parts.items())


@dataclass
class GroupRow:
    group: str
    population: int | None
    counts: dict[str, int] = field(default_factory=dict)
    shares: dict[str, float | None] = field(default_factory=dict)
    rates: dict[str, RelativeRate] = field(default_factory=dict)


@collecting_less()
def disproportionality(
    window: Window, dimension: Dimension, *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, list[GroupRow]]:
    """Per service (or local authority), a row per group: population, children per stage, shares, RRIs."""
    services = None if services is None else list(services)
    counts = stage_counts(window, dimension, by=by, services=services)
    populations = _populations(window, dimension, by=by, services=services)
    units = set(counts) | set(populations)
    return {unit: _rows(dimension, counts.get(unit, {}), populations.get(unit, {})) for unit in units}


def _populations(window: Window, dimension: Dimension, *, by: str, services: list[int] | None) -> dict[int, dict[str, int]]:
    """{unit: {group: children}} from the reference data; children not looked after are the rest."""
    estimated = [group for group in dimension.groups if group not in dimension.unknown and group != NOT_LOOKED_AFTER]
    groups = [f"{dimension.name}:{group}" for group in estimated]
    read = populations(window, [*groups, ALL], by=by, services=services)
    found: dict[int, dict[str, int]] = defaultdict(dict)
    for group, name in zip(estimated, groups, strict=True):
        for unit, children in read[name].items():
            found[unit][group] = children
    if dimension is CARE_STATUS:
        for unit, total in read[ALL].items():
            found[unit][NOT_LOOKED_AFTER] = total - found[unit].get(CareStatus.LOOKED_AFTER.value, 0)
    return dict(found)


def _rows(dimension: Dimension, counts: dict[str, dict[str, int]], populations: dict[str, int]) -> list[GroupRow]:
    rows = [GroupRow(group, populations.get(group)) for group in dimension.groups]
    for row in rows:
        row.counts = {stage: counts.get(stage, {}).get(row.group, 0) for stage in STAGES}
    known = [row for row in rows if row.group not in dimension.unknown]
    known_population = sum(row.population or 0 for row in known)
    reference = next(row for row in rows if row.group == dimension.reference)
    for row in rows:
        row.shares["population"] = _share(row, row.population, known_population, dimension)
        for stage in STAGES:
            total = sum(r.counts[stage] for r in known)
            row.shares[stage] = _share(row, row.counts[stage], total, dimension)
            row.rates[stage] = RelativeRate(row.counts[stage], row.population, reference.counts[stage], reference.population)
    return rows


def _share(row: GroupRow, part: int | None, whole: int, dimension: Dimension) -> float | None:
    if row.group in dimension.unknown or part is None or not whole:
        return None
    return part / whole * 100
