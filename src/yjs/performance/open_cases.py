"""Each open intervention as the caseload profile counts it, kept, and worked out again whenever the child's
records change.

The caseload profile counts the open interventions by outcome type and the children with each need. Read from
the records, every open intervention was joined to its child, its outcome and the outcome's type: rows read at
random from four tables, for every service at once. So each open intervention of a live child is kept once
(models.OpenCase) with its outcome type, the child's service and local authority, and whether the child has each
need, and the profile is two grouped counts over one narrow table.

Marked and worked out again with the follow-ups (follow_ups.recount): every save or deletion of an intervention,
every save of a child and of an outcome marks the child.
"""

from __future__ import annotations

from django.db.models import BooleanField, ExpressionWrapper, Q

from yjs.casework.models import Intervention
from yjs.children.vocabularies import CARE_EXPERIENCED, SendStatus
from yjs.performance.models import OpenCase

# The needs the profile counts children with, as conditions on an intervention; each is kept as the OpenCase
# flag of the same name. SEND is SEN support or an EHCP; care experience is looked after or a care leaver.
NEEDS = {
    "substance_misuse": Q(child__substance_misuse=True),
    "mental_health": Q(child__mental_health_concern=True),
    "send": Q(child__send_status__in=[SendStatus.SEN_SUPPORT, SendStatus.EHCP]),
    "care_experienced": Q(child__care_status__in=sorted(CARE_EXPERIENCED)),
    "girls": Q(child__sex="F"),
}


def work_out(child_ids: list[int]) -> list[OpenCase]:
    """The children's open cases (unsaved): their open interventions, if the child is live, as recorded now."""
    flags = {name: ExpressionWrapper(condition, output_field=BooleanField()) for name, condition in NEEDS.items()}
    rows = (
        Intervention.objects.open()
        .filter(child_id__in=child_ids, child__archived_at__isnull=True)
        .annotate(**{f"has_{name}": flag for name, flag in flags.items()})
        .values_list(
            "pk",
            "child_id",
            "child__service_id",
            "child__local_authority_id",
            "outcome__outcome_type_id",
            *[f"has_{name}" for name in NEEDS],
        )
    )
    return [
        OpenCase(
            intervention_id=pk,
            child_id=child_id,
            service_id=service_id,
            local_authority_id=local_authority_id,
            outcome_type_id=outcome_type_id,
            **{name: bool(value) for name, value in zip(NEEDS, needs, strict=True)},
        )
        for pk, child_id, service_id, local_authority_id, outcome_type_id, *needs in rows
    ]


def replace(child_ids: list[int]) -> None:
    """Replace these children's open cases with ones worked out afresh (inside the caller's transaction)."""
    OpenCase.objects.filter(child_id__in=child_ids).delete()
    OpenCase.objects.bulk_create(work_out(child_ids))
