"""The open caseload's profile (indicator 7): open interventions by type, and the children's needs.

Interventions are counted by outcome type, court or out of court; the needs are counted over children,
each once however many open interventions they have (a child on a referral order and a youth caution
is one girl, not two). SEND is SEN support or an EHCP; care experience is looked after or a care leaver
(open_cases.NEEDS). Archived interventions and children never count.

Read from the open cases kept per child (open_cases.py), after working out those of any child whose records
changed since: two grouped queries serve every service at once, one counting interventions per service, local
authority and outcome type, one counting children per service and local authority with a conditional count for
each need. Their counts are kept per service until one of its children's open cases changes (period_counts.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import add
from typing import Any

from django.db.models import Count, Q

from yjs.justice.models import OutcomeType
from yjs.justice.vocabularies import Stage
from yjs.lib.garbage import collecting_less
from yjs.performance.models import OpenCase
from yjs.performance.open_cases import NEEDS
from yjs.performance.period_counts import NOW, Counts, folded, kept_counts, merged, nested
from yjs.performance.periods import Window


@dataclass(frozen=True)
class TypeCount:
    code: str
    name: str
    stage: str
    interventions: int


@dataclass(frozen=True)
class CaseloadProfile:
    by_type: tuple[TypeCount, ...] = ()
    children: int = 0
    needs: dict[str, int] = field(default_factory=dict)

    @property
    def interventions(self) -> int:
        return sum(row.interventions for row in self.by_type)

    def at_stage(self, stage: str) -> tuple[TypeCount, ...]:
        return tuple(row for row in self.by_type if row.stage == stage)

    @property
    def court(self) -> int:
        return sum(row.interventions for row in self.at_stage(Stage.COURT))

    @property
    def out_of_court(self) -> int:
        return sum(row.interventions for row in self.at_stage(Stage.PRE_COURT))


@collecting_less()
def caseload_profile(*, by: str = "service", services: Iterable[int] | None = None) -> dict[int, CaseloadProfile]:
    """The open caseload today, keyed by service id or the child's local authority id. Kept per service and local
    authority until a child's open cases change (period_counts.py)."""
    [kept] = kept_counts("open_cases", [NOW], services, _open_cases)
    counted = folded(kept, by, _joined)
    kinds = OutcomeType.objects.filter(pk__in={kind for part in counted.values() for kind in part["types"]})
    of_type = {str(kind.pk): kind for kind in kinds.only("code", "name", "stage", "severity_rank")}
    return {
        unit: CaseloadProfile(
            by_type=tuple(
                TypeCount(of_type[kind].code, of_type[kind].name, of_type[kind].stage, interventions)
                for kind, interventions in sorted(part["types"].items(), key=lambda item: _rank(of_type[item[0]]))
            ),
            children=part["children"],
            needs={name: part["needs"][name] for name in NEEDS},
        )
        for unit, part in counted.items()
        if unit is not None
    }


def _open_cases(_now: Window, services: list[int] | None) -> Counts:
    """Per service and local authority, {"types": {outcome type id: open interventions}, "children": n, "needs":
    {need: children}}: two grouped counts over the open cases kept per child; each child is in one service and one
    local authority, so the counts of children add up over either."""
    scope = OpenCase.objects.all()
    if services is not None:
        scope = scope.filter(service_id__in=services)
    parts: dict[tuple[int, int | None], dict[str, Any]] = {}
    needs = {name: Count("child", distinct=True, filter=Q(**{name: True})) for name in NEEDS}
    children = scope.values("service_id", "local_authority_id").annotate(children=Count("child", distinct=True), **needs)
    for row in children.order_by():
        parts[row["service_id"], row["local_authority_id"]] = {
            "types": {},
            "children": row["children"],
            "needs": {name: row[name] for name in NEEDS},
        }
    types = scope.values_list("service_id", "local_authority_id", "outcome_type_id").annotate(n=Count("pk"))
    for service, authority, kind, interventions in types.order_by():
        parts[service, authority]["types"][str(kind)] = interventions
    return nested((service, authority, part) for (service, authority), part in parts.items())


def _joined(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    return {
        "types": merged(first["types"], second["types"], add),
        "children": first["children"] + second["children"],
        "needs": {name: first["needs"][name] + second["needs"][name] for name in NEEDS},
    }


def _rank(kind: OutcomeType) -> tuple[int, str]:
    return kind.severity_rank, kind.code
