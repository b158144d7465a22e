"""Who may see and change case audits, ratings and recommendations, decided once here for pages and the menu.

Service managers lead audit rounds: they draw the sample, assign auditors and record the service's judgements.
Auditors, and managers from another team, answer the cases assigned to them; nobody audits a case of their own
team, and case managers never audit. Team managers and auditors read the rounds and their results. Every round
is looked up within the user's own service, so another service's round answers 404.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from yjs.core.models import User
from yjs.core.roles import Role

if TYPE_CHECKING:
    from yjs.quality.models import AuditCase, AuditRound

LEADS = frozenset({Role.SERVICE_MANAGER})
AUDITING_ROLES = frozenset({Role.AUDITOR, Role.TEAM_MANAGER, Role.SERVICE_MANAGER})
READERS = AUDITING_ROLES


def _in_service(user: User) -> bool:
    return user.is_authenticated and getattr(user, "service_id", None) is not None


def may_read_quality(user: User) -> bool:
    return _in_service(user) and user.role in READERS


def may_lead(user: User) -> bool:
    return _in_service(user) and user.role in LEADS


def nav_items(user: User) -> list[tuple[str, str]]:
    """The pages this area adds to the menu for `user`, as (text, URL)."""
    if may_read_quality(user):
        return [(_("Quality"), reverse("quality:index"))]
    return []


def audit_refusal(user: User, audit_case: AuditCase) -> str:
    """Why `user` may not audit `audit_case`, or "" where they may (HMIP: auditors are independent of the case)."""
    if not _in_service(user) or user.service_id != audit_case.round.service_id:
        return _("%(name)s is not in this service.") % {"name": user}
    if user.role not in AUDITING_ROLES:
        return _("%(name)s's role does not audit cases.") % {"name": user}
    if user.team_id is not None and user.team_id == audit_case.intervention.team_id:
        return _("%(name)s is in the team that holds case %(number)s, so cannot audit it.") % {
            "name": user,
            "number": audit_case.position,
        }
    return ""


def may_audit(user: User, audit_case: AuditCase) -> bool:
    return not audit_refusal(user, audit_case)


def eligible_auditors(service_id: int) -> QuerySet[User]:
    return User.objects.filter(service_id=service_id, role__in=AUDITING_ROLES, is_active=True).order_by(
        "last_name", "first_name", "pk"
    )


def may_answer(user: User, audit_case: AuditCase) -> bool:
    from yjs.quality.audit_vocabularies import RoundStatus

    return (
        audit_case.auditor_id == user.pk and audit_case.round.status == RoundStatus.AUDITING and may_audit(user, audit_case)
    )


def may_moderate(user: User, audit_case: AuditCase) -> bool:
    """A second auditor, independent of the case as the first was, once the first has finished."""
    from yjs.quality.audit_vocabularies import RoundStatus

    return (
        audit_case.is_complete
        and audit_case.auditor_id != user.pk
        and audit_case.round.status == RoundStatus.AUDITING
        and may_audit(user, audit_case)
    )


def may_open_case(user: User, audit_case: AuditCase) -> bool:
    """The case's answers, and the child's records beside them: its auditor, a moderator, and the quality lead."""
    if not may_read_quality(user) or user.service_id != audit_case.round.service_id:
        return False
    if may_lead(user):  # service managers read the whole service's records already
        return True
    return audit_case.auditor_id == user.pk or may_moderate(user, audit_case)


def rounds_visible_to(user: User) -> QuerySet[AuditRound]:
    from yjs.quality.models import AuditRound

    if not may_read_quality(user):
        return AuditRound.objects.none()
    return AuditRound.objects.filter(service_id=user.service_id, archived_at__isnull=True)


def get_round_for_user(user: User, pk: int, lead: bool = False) -> AuditRound:
    """Fetch and authorise in one step: 403 for a role with no part in it, 404 for another service's round."""
    if not may_read_quality(user) or (lead and not may_lead(user)):
        raise PermissionDenied
    found = rounds_visible_to(user).select_related("framework").filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def get_case_for_user(user: User, pk: int) -> AuditCase:
    from yjs.quality.models import AuditCase

    if not may_read_quality(user):
        raise PermissionDenied
    found = (
        AuditCase.objects.filter(round__in=rounds_visible_to(user), pk=pk)
        .select_related("round__framework", "intervention__child", "intervention__team", "local_authority", "auditor")
        .first()
    )
    if found is None:
        raise Http404
    if not may_open_case(user, found):
        raise PermissionDenied
    return found
