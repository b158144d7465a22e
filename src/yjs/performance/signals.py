"""Marking a child whose record changed, so that what is kept for the figures of the child (follow-ups, KPI
orders, counted outcomes, open cases, serious violence disposals) is worked out again (follow_ups.recount).

A mark is one small insert in the same transaction as the change, so a change rolled back leaves no mark and
a change committed cannot miss one.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.core.models import LocalAuthority
from yjs.education.models import EducationPlacement
from yjs.health.models import HealthIntervention
from yjs.justice.models import Offence, Outcome, OutcomeType
from yjs.performance import follow_ups
from yjs.performance.models import PopulationEstimate
from yjs.performance.population import forget_estimates
from yjs.resettlement.models import AccommodationRecord


@receiver(post_save, sender=Child)
def child_changed(sender: Any, instance: Child, **kwargs: Any) -> None:
    follow_ups.mark([instance.pk])


@receiver(post_save, sender=Outcome)
@receiver(post_delete, sender=Outcome)
@receiver(post_save, sender=Offence)
@receiver(post_delete, sender=Offence)
# The KPI return's orders, and the records its measures read around their dates.
@receiver(post_save, sender=Intervention)
@receiver(post_delete, sender=Intervention)
@receiver(post_save, sender=AccommodationRecord)
@receiver(post_delete, sender=AccommodationRecord)
@receiver(post_save, sender=EducationPlacement)
@receiver(post_delete, sender=EducationPlacement)
@receiver(post_save, sender=HealthIntervention)
@receiver(post_delete, sender=HealthIntervention)
def record_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    follow_ups.mark([instance.child_id])


@receiver(m2m_changed, sender=Outcome.offences.through)
def offences_of_an_outcome_changed(sender: Any, instance: Outcome | Offence, action: str, **kwargs: Any) -> None:
    if action.startswith("post_"):
        follow_ups.mark([instance.child_id])


@receiver(post_save, sender=OutcomeType)
def registry_changed(sender: Any, instance: OutcomeType, **kwargs: Any) -> None:
    """An outcome type's stage or flags decide what its outcomes start and prove, and its code and rank an order's
    type and rank: every child with one."""
    follow_ups.mark(Outcome.objects.filter(outcome_type=instance).values_list("child_id", flat=True).distinct())


@receiver(post_save, sender=PopulationEstimate)
@receiver(post_delete, sender=PopulationEstimate)
@receiver(post_save, sender=LocalAuthority)
@receiver(post_delete, sender=LocalAuthority)
def reference_changed(sender: Any, **kwargs: Any) -> None:
    """The estimates each local authority takes are kept (population.py); the bulk load forgets them itself."""
    forget_estimates()
