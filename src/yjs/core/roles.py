"""The roles a member of staff can hold, and the groups of roles the access rules speak of."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CASE_MANAGER = "case_manager", _("Case manager")
    TEAM_MANAGER = "team_manager", _("Team manager")
    SERVICE_MANAGER = "service_manager", _("Service manager")
    POLICE_OFFICER = "police_officer", _("Police officer")
    HEALTH_WORKER = "health_worker", _("Health worker")
    PARTNER_SCREENER = "partner_screener", _("Partner-agency screener")
    BOARD_MEMBER = "board_member", _("Partnership board member")
    AUDITOR = "auditor", _("Auditor")
    ADMINISTRATOR = "administrator", _("Administrator")


MANAGERS = frozenset({Role.TEAM_MANAGER, Role.SERVICE_MANAGER})
CASEWORKERS = frozenset({Role.CASE_MANAGER}) | MANAGERS
# Roles that may open a child's record at all; the rest (screeners, board, administrators) are refused.
CHILD_RECORD_READERS = CASEWORKERS | {Role.POLICE_OFFICER, Role.HEALTH_WORKER, Role.AUDITOR}
# Roles whose view of children is the whole service rather than a team's cases.
SERVICE_WIDE_READERS = frozenset({Role.SERVICE_MANAGER, Role.AUDITOR, Role.HEALTH_WORKER})
