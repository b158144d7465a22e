"""Reading the safety records: the panel's "to refer" list, actions, contingency, exploitation and MAPPA.

Each list is scoped through yjs.safety.access (and so yjs.children.queries) before it is read, and is
answered in a fixed number of queries however many children it holds; the rules applied to each row are
the pure functions of yjs.safety.rules and yjs.safety.contingency.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from yjs.casework.models import Assessment, Intervention, Plan
from yjs.casework.queries import SUBMITTED_OR_SIGNED, interventions_visible_to
from yjs.casework.vocabularies import RISK_ORDER, RiskLevel
from yjs.children.models import Child
from yjs.children.queries import children_visible_to
from yjs.core.models import User
from yjs.core.roles import Role
from yjs.safety import access
from yjs.safety.contingency import TO_REVIEW, Rating, contingency_state
from yjs.safety.models import (
    ContingencyReview,
    ExploitationScreening,
    MappaRecord,
    NrmReferral,
    PanelReferral,
    SafetyAction,
)
from yjs.safety.rules import needs_referral, referral_reason

HIGH_OR_ABOVE = (RiskLevel.HIGH, RiskLevel.VERY_HIGH)
MEDIUM_OR_ABOVE = (RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.VERY_HIGH)


def _done_assessments() -> QuerySet[Assessment]:
    return Assessment.objects.filter(status__in=SUBMITTED_OR_SIGNED, archived_at__isnull=True)


def _day(moment) -> date:  # type: ignore[no-untyped-def]
    return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()


def managed_cases(user: User) -> QuerySet[Intervention]:
    """The open cases a manager oversees: a team manager's team's, a service manager's whole service's."""
    if not access.may_run_panel(user):
        return Intervention.objects.none()
    cases = interventions_visible_to(user).open()
    if user.role == Role.TEAM_MANAGER:
        cases = cases.filter(team_id=user.team_id)
    return cases


# The risk panel


@dataclass(frozen=True)
class Suggestion:
    case: Intervention
    reason: str
    assessed_on: date


def to_refer(user: User, child: Child | None = None) -> list[Suggestion]:
    """Children whose latest assessment calls for the panel and who have not been referred since it."""
    latest = _done_assessments().filter(intervention=OuterRef("pk")).order_by("-submitted_at", "-pk")
    last_referral = (
        PanelReferral.objects.filter(child=OuterRef("child_id"), archived_at__isnull=True)
        .order_by("-referred_on")
        .values("referred_on")[:1]
    )
    cases = (
        managed_cases(user)
        .annotate(
            latest_rosh=Subquery(latest.values("rosh_rating")[:1]),
            latest_safety=Subquery(latest.values("safety_rating")[:1]),
            assessed_at=Subquery(latest.values("submitted_at")[:1]),
            last_referred_on=Subquery(last_referral),
        )
        .filter(Q(latest_rosh__in=HIGH_OR_ABOVE) | Q(latest_safety__in=HIGH_OR_ABOVE))
        .select_related("child", "team", "case_manager")
        .order_by("child__last_name", "child__first_name", "pk")
    )
    if child is not None:
        cases = cases.filter(child=child)
    found: dict[int, Suggestion] = {}
    for case in cases:
        assessed_on = _day(case.assessed_at)
        if case.child_id in found or not needs_referral(
            case.latest_rosh, case.latest_safety, assessed_on, case.last_referred_on
        ):
            continue
        reason = referral_reason(case.latest_rosh, case.latest_safety)
        found[case.child_id] = Suggestion(case, reason or "", assessed_on)
    return list(found.values())


def waiting_referrals(user: User) -> QuerySet[PanelReferral]:
    """Referrals the panel has not decided yet, oldest first."""
    return (
        access.referrals_visible_to(user)
        .filter(decided_on__isnull=True)
        .select_related("child", "meeting")
        .order_by("referred_on", "pk")
    )


def due_for_review(user: User, today: date) -> QuerySet[PanelReferral]:
    """Decided referrals whose review date has come, so the panel sees the child again."""
    return access.referrals_visible_to(user).filter(review_on__lte=today).select_related("child").order_by("review_on", "pk")


# Actions


def open_actions(user: User) -> QuerySet[SafetyAction]:
    """The actions `user` owns that are not done yet: overdue first (earliest due first does that)."""
    return (
        SafetyAction.objects.filter(
            owner=user, completed_on__isnull=True, archived_at__isnull=True, referral__archived_at__isnull=True
        )
        .select_related("referral__child", "referral__meeting")
        .order_by("due_on", "pk")
    )


def overdue_action_count(user: User, today: date) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return open_actions(user).filter(due_on__lt=today).count()


# Contingency


@dataclass
class ContingencyEntry:
    case: Intervention
    state: str
    rose_level: str = ""
    plan: Plan | None = None
    reviewed_on: date | None = None
    ratings: list[Rating] = field(default_factory=list)


def contingency_entries(cases: QuerySet[Intervention]) -> list[ContingencyEntry]:
    """Each case's contingency state, from four queries however many cases there are."""
    rated = _done_assessments().filter(
        Q(safety_rating__in=MEDIUM_OR_ABOVE) | Q(rosh_rating__in=MEDIUM_OR_ABOVE), intervention=OuterRef("pk")
    )
    chosen = list(cases.filter(Exists(rated)).select_related("child", "team", "case_manager"))
    ids = [case.pk for case in chosen]
    ratings: dict[int, list[Rating]] = defaultdict(list)
    for intervention_id, submitted_at, created_at, safety, rosh in (
        _done_assessments()
        .filter(intervention_id__in=ids)
        .values_list("intervention_id", "submitted_at", "created_at", "safety_rating", "rosh_rating")
    ):
        ratings[intervention_id].append(Rating(_day(submitted_at or created_at), safety, rosh))
    plans: dict[int, Plan] = {}
    for plan in Plan.objects.filter(
        intervention_id__in=ids, status__in=SUBMITTED_OR_SIGNED, archived_at__isnull=True
    ).order_by("intervention_id", "-submitted_at", "-pk"):
        plans.setdefault(plan.intervention_id, plan)
    reviewed = dict(
        ContingencyReview.objects.filter(plan__in=list(plans.values()), archived_at__isnull=True)
        .values("plan_id")
        .annotate(last=Max("reviewed_on"))
        .values_list("plan_id", "last")
    )
    entries = []
    for case in chosen:
        plan = plans.get(case.pk)
        reviewed_on = None
        if plan is not None:
            written = _day(plan.submitted_at or plan.created_at)
            reviewed_on = max(d for d in (written, reviewed.get(plan.pk)) if d is not None)
        state = contingency_state(ratings[case.pk], plan.contingency if plan else "", reviewed_on)
        latest = max(ratings[case.pk], key=lambda r: r.on)
        level = max((v for v in (latest.safety, latest.rosh) if v), key=lambda v: RISK_ORDER[RiskLevel(v)])
        entries.append(ContingencyEntry(case, state, level, plan, reviewed_on, ratings[case.pk]))
    return entries


def contingency_to_review(user: User) -> list[ContingencyEntry]:
    """A manager's cases whose contingency is missing or out of date, missing first, then by child."""
    entries = [e for e in contingency_entries(managed_cases(user)) if e.state in TO_REVIEW]
    return sorted(entries, key=lambda e: (e.state != "missing", e.case.child.last_name, e.case.child.first_name))


# Exploitation


@dataclass(frozen=True)
class AreaRow:
    area: str
    counts: dict[str, int]
    total: int


def exploitation_overview(user: User) -> tuple[list[AreaRow], QuerySet[Child]]:
    """Children in the manager's scope by local authority and the risk their latest screening found,
    and those at medium risk or higher, highest first."""
    if not access.may_run_panel(user):
        return [], Child.objects.none()
    latest = ExploitationScreening.objects.filter(child=OuterRef("pk"), archived_at__isnull=True).order_by(
        "-screened_on", "-pk"
    )
    screened = (
        children_visible_to(user)
        .annotate(
            exploitation_risk=Subquery(latest.values("risk")[:1]),
            screened_on=Subquery(latest.values("screened_on")[:1]),
            missing_episodes=Subquery(latest.values("missing_episodes")[:1]),
        )
        .filter(exploitation_risk__isnull=False)
    )
    table: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(RiskLevel.values, 0))
    for area, risk, count in (
        screened.values("local_authority__name", "exploitation_risk")
        .annotate(n=Count("pk"))
        .values_list("local_authority__name", "exploitation_risk", "n")
    ):
        table[area][risk] += count
    rows = [AreaRow(area, counts, sum(counts.values())) for area, counts in sorted(table.items())]
    at_risk = (
        screened.filter(exploitation_risk__in=MEDIUM_OR_ABOVE)
        .annotate(open_nrm=Count("nrm_referrals", filter=Q(nrm_referrals__archived_at__isnull=True)))
        .select_related("local_authority")
        .order_by("local_authority__name", "last_name", "first_name")
    )
    return rows, at_risk


# One child


def active_mappa(child_ids: Iterable[int]) -> dict[int, MappaRecord]:
    records = MappaRecord.objects.filter(child_id__in=list(child_ids), ended_on__isnull=True, archived_at__isnull=True)
    return {record.child_id: record for record in records.order_by("started_on")}


@dataclass
class ChildSafety:
    mappa: list[MappaRecord]
    referrals: list[PanelReferral]
    screenings: list[ExploitationScreening] | None
    nrm_referrals: list[NrmReferral] | None
    contingency: list[ContingencyEntry]
    suggestion: Suggestion | None


def child_safety(user: User, child: Child) -> ChildSafety:
    """What the child's safety tab shows `user`; exploitation intelligence only to the child's case workers."""
    intelligence = access.may_read_exploitation(user, child)
    live = {"archived_at__isnull": True}
    cases = interventions_visible_to(user).open().filter(child=child)
    suggestions = to_refer(user, child) if access.may_run_panel(user) else []
    return ChildSafety(
        mappa=list(child.mappa_records.filter(**live)),
        referrals=list(child.panel_referrals.filter(**live).select_related("meeting").prefetch_related("actions__owner")),
        screenings=list(child.exploitation_screenings.filter(**live)) if intelligence else None,
        nrm_referrals=list(child.nrm_referrals.filter(**live)) if intelligence else None,
        contingency=contingency_entries(cases),
        suggestion=suggestions[0] if suggestions else None,
    )
