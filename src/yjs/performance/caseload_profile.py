"""The open caseload's profile (indicator 7): open interventions by type, and the children's needs.

Interventions are counted by outcome type, court or out of court; the needs are counted over children,
each once however many open interventions they have (a child on a referral order and a youth caution
is one girl, not two). SEND is SEN support or an EHCP; care experience is looked after or a care leaver
(open_cases.NEEDS). Archived interventions and children never count.

Read from the open cases kept per child (open_cases.py), after working out those of any child whose records
changed since: two grouped queries serve every service (or local authority) at once, one counting
interventions per group and outcome type, one counting children per group with a conditional count for each
need.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Q

from yjs.justice.models import OutcomeType
from yjs.justice.vocabularies import Stage
from yjs.performance.follow_ups import recount_marked
from yjs.performance.grouping import kept_field
from yjs.performance.models import OpenCase
from yjs.performance.open_cases import NEEDS


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


def caseload_profile(*, by: str = "service", services: Iterable[int] | None = None) -> dict[int, CaseloadProfile]:
    """The open caseload today, keyed by service id or the child's local authority id."""
    key = kept_field(by)
    recount_marked()
    scope = OpenCase.objects.all()
    if services is not None:
        scope = scope.filter(service_id__in=list(services))
    counted = list(scope.values(key, "outcome_type_id").annotate(interventions=Count("pk")).order_by())
    kinds = OutcomeType.objects.filter(pk__in={row["outcome_type_id"] for row in counted})
    of_type = {kind.pk: kind for kind in kinds.only("code", "name", "stage", "severity_rank")}
    types: dict[int, list[TypeCount]] = {}
    for row in sorted(counted, key=lambda row: (row[key] or 0, *_rank(of_type[row["outcome_type_id"]]))):
        kind = of_type[row["outcome_type_id"]]
        types.setdefault(row[key], []).append(TypeCount(kind.code, kind.name, kind.stage, row["interventions"]))
    needs = {name: Count("child", distinct=True, filter=Q(**{name: True})) for name in NEEDS}
    children = scope.values(key).annotate(children=Count("child", distinct=True), **needs).order_by(key)
    return {
        row[key]: CaseloadProfile(
            by_type=tuple(types.get(row[key], ())),
            children=row["children"],
            needs={name: row[name] for name in NEEDS},
        )
        for row in children
        if row[key] is not None
    }


def _rank(kind: OutcomeType) -> tuple[int, str]:
    return kind.severity_rank, kind.code
