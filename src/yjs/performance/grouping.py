"""How a calculation groups and limits its rows: by the child's service or the child's local authority.

Every indicator counts children where they live and are supervised, so both the group and the
`services` limit read the child's record, never the outcome's: a child belongs to one service.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q

SERVICE = "service"
LOCAL_AUTHORITY = "local_authority"
GROUPINGS = (SERVICE, LOCAL_AUTHORITY)


def _checked(by: str) -> str:
    if by not in GROUPINGS:
        raise ValueError(f"Group by one of {', '.join(GROUPINGS)}, not {by!r}.")
    return by


def group_field(by: str, child: str = "child") -> str:
    """The column a grouped query keys on: `child__service_id` or `child__local_authority_id`."""
    return f"{child}__{_checked(by)}_id"


def kept_field(by: str) -> str:
    """The column a kept row (follow-up, KPI order, counted outcome) is grouped on: it carries the child's
    service and local authority itself, `service_id` or `local_authority_id`."""
    return f"{_checked(by)}_id"


def within(services: Iterable[int] | None, child: str = "child") -> Q:
    """The filter for `services` (None: every service), plus the rule that archived children never count."""
    scope = Q(**{f"{child}__archived_at__isnull": True})
    if services is not None:
        scope &= Q(**{f"{child}__service_id__in": list(services)})
    return scope
