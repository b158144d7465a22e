"""Who reads the KPI return: managers and auditors in full, board members in aggregate (small counts hidden).

Case managers, police officers, health workers, partner-agency screeners and administrators are refused,
as they are the out-of-court timeliness report (yjs.diversion.access): the return is a management figure.
"""

from __future__ import annotations

from yjs.core.models import User
from yjs.core.roles import MANAGERS, Role

KPI_READERS = MANAGERS | {Role.AUDITOR, Role.BOARD_MEMBER}


def may_read_kpis(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None and user.role in KPI_READERS


def sees_aggregates_only(user: User) -> bool:
    return user.role == Role.BOARD_MEMBER
