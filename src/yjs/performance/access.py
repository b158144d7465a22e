"""Who may read the performance pages, and who reads them in aggregate only.

Every figure is of the reader's own service. The service's own staff who answer for its work read it
(case managers, team and service managers, auditors), and so does the partnership board, which sees
every count from 1 to 4 as "<5" with whatever would reveal it withheld (DOMAIN.md section 4). Police
officers and health workers are partners who see the children of their own work, not the service's
performance; their agencies see it through the board. Screeners and administrators have no use for it.
"""

from __future__ import annotations

from yjs.core.models import User
from yjs.core.roles import CASEWORKERS, Role

PERFORMANCE_READERS = CASEWORKERS | {Role.AUDITOR, Role.BOARD_MEMBER}
# Readers who see aggregates only: small counts suppressed (yjs.lib.suppression).
AGGREGATE_READERS = frozenset({Role.BOARD_MEMBER})


def may_read_performance(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None and user.role in PERFORMANCE_READERS


def sees_small_counts(user: User) -> bool:
    return user.role not in AGGREGATE_READERS
