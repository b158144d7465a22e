"""Who may see and do what in the out-of-court pipeline, decided once here for pages, API and exports.

Everything is scoped to the user's service first. Police officers and YJS staff work the pipeline;
auditors read it; a partner-agency screener sees only the screening requests addressed to their own
agency, with the minimum identifying details, and nothing else. Board members see the timeliness report
in aggregate only. Administrators configure the partner agencies.
"""

from __future__ import annotations

from django.db.models import QuerySet

from yjs.core.models import User
from yjs.core.roles import CASEWORKERS, MANAGERS, Role
from yjs.diversion.models import Notification, ScreeningRequest

# Who works the pipeline: notifications, the review queue, proposals and the panel.
PIPELINE_WORKERS = MANAGERS | {Role.POLICE_OFFICER}
# Who may read the pipeline's lists and a notification's page.
PIPELINE_READERS = CASEWORKERS | {Role.POLICE_OFFICER, Role.AUDITOR}
# Who reads the timeliness report (the board in aggregate, small groups suppressed).
TIMELINESS_READERS = PIPELINE_READERS | {Role.BOARD_MEMBER}
# Who draws scrutiny samples and records the panel's findings.
SCRUTINEERS = MANAGERS | {Role.AUDITOR}
AGENCY_ADMINISTRATORS = frozenset({Role.SERVICE_MANAGER, Role.ADMINISTRATOR})


def _in_service(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None


def may_work_pipeline(user: User) -> bool:
    return _in_service(user) and user.role in PIPELINE_WORKERS


def may_read_pipeline(user: User) -> bool:
    return _in_service(user) and user.role in PIPELINE_READERS


def may_read_timeliness(user: User) -> bool:
    return _in_service(user) and user.role in TIMELINESS_READERS


def may_scrutinise(user: User) -> bool:
    return _in_service(user) and user.role in SCRUTINEERS


def may_configure_agencies(user: User) -> bool:
    return _in_service(user) and user.role in AGENCY_ADMINISTRATORS


def may_resolve_escalation(user: User, manager_id: int) -> bool:
    """The named manager resolves an escalation; a service manager may step in for them."""
    return _in_service(user) and (user.pk == manager_id or user.role == Role.SERVICE_MANAGER)


def notifications_visible_to(user: User) -> QuerySet[Notification]:
    if not may_read_pipeline(user):
        return Notification.objects.none()
    return Notification.objects.filter(service_id=user.service_id, archived_at__isnull=True)


def screening_requests_visible_to(user: User) -> QuerySet[ScreeningRequest]:
    """A screener's own agency's requests; the whole service's for those who work the pipeline."""
    if not _in_service(user):
        return ScreeningRequest.objects.none()
    in_service = ScreeningRequest.objects.filter(service_id=user.service_id, archived_at__isnull=True)
    if user.role == Role.PARTNER_SCREENER:
        if user.partner_agency_id is None:
            return ScreeningRequest.objects.none()
        return in_service.filter(agency_id=user.partner_agency_id)
    if user.role in PIPELINE_READERS:
        return in_service
    return ScreeningRequest.objects.none()
