"""The open caseload's profile (indicator 7): open interventions by type, and the children's needs.

Interventions are counted by outcome type, court or out of court; the needs are counted over children,
each once however many open interventions they have (a child on a referral order and a youth caution
is one girl, not two). SEND is SEN support or an EHCP; care experience is looked after or a care leaver
(children.vocabularies.CARE_EXPERIENCED). Archived interventions and children never count.

Two grouped queries serve every service (or local authority) at once: one counting interventions per
group and outcome type, one counting children per group with a conditional count for each need.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Q

from yjs.casework.models import Intervention
from yjs.children.vocabularies import CARE_EXPERIENCED, SendStatus
from yjs.justice.vocabularies import Stage

GROUPINGS = {"service": "child__service_id", "local_authority": "child__local_authority_id"}

NEEDS = {
    "substance_misuse": Q(child__substance_misuse=True),
    "mental_health": Q(child__mental_health_concern=True),
    "send": Q(child__send_status__in=[SendStatus.SEN_SUPPORT, SendStatus.EHCP]),
    "care_experienced": Q(child__care_status__in=sorted(CARE_EXPERIENCED)),
    "girls": Q(child__sex="F"),
}


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
    if by not in GROUPINGS:
        raise ValueError(f"Group by one of {', '.join(GROUPINGS)}, not {by!r}.")
    key = GROUPINGS[by]
    scope = Intervention.objects.open().filter(child__archived_at__isnull=True)
    if services is not None:
        scope = scope.filter(child__service_id__in=list(services))
    types: dict[int, list[TypeCount]] = {}
    rows = (
        scope.values(key, "outcome__outcome_type__code", "outcome__outcome_type__name", "outcome__outcome_type__stage")
        .annotate(interventions=Count("id"))
        .order_by(key, "outcome__outcome_type__severity_rank", "outcome__outcome_type__code")
    )
    for row in rows:
        types.setdefault(row[key], []).append(
            TypeCount(
                row["outcome__outcome_type__code"],
                row["outcome__outcome_type__name"],
                row["outcome__outcome_type__stage"],
                row["interventions"],
            )
        )
    needs = {name: Count("child", distinct=True, filter=condition) for name, condition in NEEDS.items()}
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
