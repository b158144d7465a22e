"""Who may use the API at all, and who may change records through it. Both fail closed."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from yjs.children.queries import may_change_casework


class MayOpenChildRecords(BasePermission):
    message = _("Your role does not give access to children's records.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and user.may_open_child_records)


class CaseworkersMayWrite(BasePermission):
    """Reads for every role that may open records; changes only for case managers and their managers."""

    message = _("Your role may read these records but not change them.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        return request.method in SAFE_METHODS or may_change_casework(request.user)
