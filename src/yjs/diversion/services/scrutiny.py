"""The scrutiny panel's work: drawing a sample of finished decisions and recording its finding on each.

Auditors read the rest of the pipeline without changing it, but scrutiny is their work: with managers,
they are the scrutineers (access.may_scrutinise), so here they draw samples and record findings.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.core.models import User
from yjs.diversion import access
from yjs.diversion.models import Notification, ScrutinyItem, ScrutinySample
from yjs.diversion.sampling import draw, new_seed
from yjs.diversion.services.steps import save_step
from yjs.diversion.vocabularies import ScrutinyFinding, Stage


def finished_decisions(service_id: int, decided_from: date, decided_to: date) -> QuerySet[Notification]:
    """Notifications with a final decision made in the window, withdrawn ones aside."""
    return Notification.objects.filter(
        service_id=service_id,
        archived_at__isnull=True,
        decided_on__gte=decided_from,
        decided_on__lte=decided_to,
    ).exclude(stage=Stage.WITHDRAWN)


@transaction.atomic
def draw_sample(
    user: User, *, decided_from: date, decided_to: date, size: int, seed: int | None = None, title: str = ""
) -> ScrutinySample:
    """Draw and record a sample of the service's finished decisions, in the order drawn.

    The size is capped at the number of decisions in the window; the sample records the size it got and the
    seed (a random one unless given), so that anyone can draw it again.
    """
    if not access.may_scrutinise(user):
        raise PermissionDenied
    if decided_to < decided_from:
        raise ValidationError({"decided_to": _("Decisions to must be the same as or after decisions from")})
    ids = list(finished_decisions(user.service_id, decided_from, decided_to).values_list("pk", flat=True))  # type: ignore[arg-type]
    if not ids:
        raise ValidationError({"decided_from": _("There are no finished decisions between these dates")})
    seed = new_seed() if seed is None else seed
    chosen = draw(ids, size, seed)
    sample = ScrutinySample(
        service_id=user.service_id,
        drawn_on=timezone.localdate(),
        decided_from=decided_from,
        decided_to=decided_to,
        size=len(chosen),
        seed=seed,
        title=title,
    )
    save_step(sample, user)
    for position, notification_id in enumerate(chosen, start=1):
        item = ScrutinyItem(sample=sample, service_id=user.service_id, notification_id=notification_id, position=position)
        # One save each rather than bulk_create: each item starts its own history, naming who drew it.
        save_step(item, user)
    return sample


@transaction.atomic
def record_finding(
    user: User, item: ScrutinyItem, *, finding: str, comment: str = "", expected_version: int | None = None
) -> ScrutinyItem:
    """Record the panel's finding on one decision; anything short of consistent must say why."""
    if not access.may_scrutinise(user) or item.service_id != user.service_id:
        raise PermissionDenied
    comment = comment.strip()
    if finding not in ScrutinyFinding.values:
        raise ValidationError({"finding": _("Select the panel's finding")})
    if finding != ScrutinyFinding.CONSISTENT and not comment:
        raise ValidationError({"comment": _("Enter a comment saying what the panel found and the learning from it")})
    item.finding, item.comment, item.reviewed_on = finding, comment, timezone.localdate()
    save_step(item, user, expected_version)
    return item
