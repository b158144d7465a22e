"""Marking a child whose record changed, so that their kept follow-ups are worked out again (follow_ups.py).

A mark is one small insert in the same transaction as the change, so a change rolled back leaves no mark and
a change committed cannot miss one.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from yjs.children.models import Child
from yjs.justice.models import Offence, Outcome, OutcomeType
from yjs.performance import follow_ups


@receiver(post_save, sender=Child)
def child_changed(sender: Any, instance: Child, **kwargs: Any) -> None:
    follow_ups.mark([instance.pk])


@receiver(post_save, sender=Outcome)
@receiver(post_delete, sender=Outcome)
@receiver(post_save, sender=Offence)
@receiver(post_delete, sender=Offence)
def record_changed(sender: Any, instance: Outcome | Offence, **kwargs: Any) -> None:
    follow_ups.mark([instance.child_id])


@receiver(m2m_changed, sender=Outcome.offences.through)
def offences_of_an_outcome_changed(sender: Any, instance: Outcome | Offence, action: str, **kwargs: Any) -> None:
    if action.startswith("post_"):
        follow_ups.mark([instance.child_id])


@receiver(post_save, sender=OutcomeType)
def registry_changed(sender: Any, instance: OutcomeType, **kwargs: Any) -> None:
    """An outcome type's stage or flags decide what its outcomes start and prove: every child with one."""
    follow_ups.mark(Outcome.objects.filter(outcome_type=instance).values_list("child_id", flat=True).distinct())
