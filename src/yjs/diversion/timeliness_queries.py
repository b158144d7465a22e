"""The timeliness report's data: one query a report, streamed, with the figures worked out in Python."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from django.db.models import Q
from django.db.models.functions import Coalesce

from yjs.core.models import LocalAuthority, User
from yjs.core.roles import Role
from yjs.diversion import access
from yjs.diversion.models import Notification
from yjs.diversion.timeliness import (
    Group,
    Grouping,
    Milestones,
    by_local_authority,
    by_month,
    by_outcome,
    summarise,
    suppress_small_groups,
)
from yjs.diversion.vocabularies import Decision, Stage
from yjs.lib.dates import add_months

FIELDS = ("notified_on", "screening_completed_on", "proposed_on", "decided_on", "outcome_delivered_on")


def default_period(today: date) -> tuple[date, date]:
    """The last twelve months: the eleven whole months before this one, and this one so far."""
    return add_months(today.replace(day=1), -11), today


def milestones(
    service_id: int, notified_from: date, notified_to: date, local_authority: LocalAuthority | None = None
) -> Iterator[Milestones]:
    """The service's notifications made in the period, as the report reads them.

    Withdrawn notifications are left out: they stopped on the way for reasons outside the YJS's timeliness.
    """
    queryset = Notification.objects.filter(
        service_id=service_id,
        archived_at__isnull=True,
        notified_on__gte=notified_from,
        notified_on__lte=notified_to,
    ).exclude(stage=Stage.WITHDRAWN)
    if local_authority is not None:
        queryset = queryset.filter(
            Q(child__local_authority=local_authority)
            | Q(child__local_authority__isnull=True, local_authority=local_authority)
        )
    rows = queryset.annotate(authority=Coalesce("child__local_authority__name", "local_authority__name")).values_list(
        *FIELDS, "authority", "decision"
    )
    for *dates, authority, decision in rows.order_by().iterator(chunk_size=2000):
        yield Milestones(*dates, local_authority=authority or "", decision=decision)


@dataclass(frozen=True)
class Report:
    notified_from: date
    notified_to: date
    groups: dict[Grouping, list[Group]]
    suppressed: bool  # small groups withheld, for a reader who sees aggregates only


def timeliness_report(
    user: User, notified_from: date, notified_to: date, local_authority: LocalAuthority | None = None
) -> Report:
    """The report for `user`'s service, grouped three ways; small groups withheld from a board member."""
    assert access.may_read_timeliness(user)
    rows = list(milestones(user.service_id, notified_from, notified_to, local_authority))  # type: ignore[arg-type]
    outcome_key = by_outcome({str(c): str(c.label) for c in Decision}, [str(c) for c in Decision])
    groups = {
        Grouping.MONTH: summarise(rows, by_month),
        Grouping.LOCAL_AUTHORITY: summarise(rows, by_local_authority),
        Grouping.OUTCOME: summarise(rows, outcome_key),
    }
    aggregates_only = user.role == Role.BOARD_MEMBER
    if aggregates_only:
        groups = {grouping: suppress_small_groups(found) for grouping, found in groups.items()}
    return Report(notified_from, notified_to, groups, aggregates_only)
