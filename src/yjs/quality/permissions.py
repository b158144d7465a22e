"""Who may read and correct the inspection framework, and who may rate an inspection's results.

The framework is HMIP's national wording, shared by every service (it names no child and no service), so
it is not scoped by service: managers, auditors and administrators read it; a service manager or an
administrator corrects its wording, and its history says who changed what. Rating an inspection's
results is the service manager's and the auditor's work (preparing for or reading back an inspection).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from yjs.core.models import User
from yjs.core.roles import Role

FRAMEWORK_KEEPERS = frozenset({Role.SERVICE_MANAGER, Role.ADMINISTRATOR})
FRAMEWORK_READERS = FRAMEWORK_KEEPERS | {Role.TEAM_MANAGER, Role.AUDITOR}
RATERS = frozenset({Role.SERVICE_MANAGER, Role.AUDITOR})


def _in_service(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None


def may_read_framework(user: User) -> bool:
    return _in_service(user) and user.role in FRAMEWORK_READERS


def may_keep_framework(user: User) -> bool:
    return _in_service(user) and user.role in FRAMEWORK_KEEPERS


def may_rate_inspection(user: User) -> bool:
    return _in_service(user) and user.role in RATERS


def _allowed(request: HttpRequest, predicate) -> User:  # type: ignore[no-untyped-def]
    user: User = request.user  # type: ignore[assignment]
    if not predicate(user):
        raise PermissionDenied
    return user


def framework_reader(request: HttpRequest) -> User:
    return _allowed(request, may_read_framework)


def framework_keeper(request: HttpRequest) -> User:
    return _allowed(request, may_keep_framework)


def rater(request: HttpRequest) -> User:
    return _allowed(request, may_rate_inspection)
