"""Which interventions, assessments, plans and contacts a user may see, and the caseload lists.

Everything here is built on yjs.children.queries.children_visible_to, so the casework pages can never
show a record of a child the user may not open. Fetch-and-authorise helpers answer 403 for a role that
may not open (or change) records at all and 404 for a record out of the user's scope, as
get_child_for_user does.
"""

from __future__ import annotations

from typing import TypeVar

from django.core.exceptions import PermissionDenied
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    F,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.shortcuts import get_object_or_404
from django.utils import timezone

from yjs.casework.deadlines import CaseworkRules, earliest_start_not_overdue
from yjs.casework.models import Assessment, Contact, Intervention, Plan
from yjs.casework.vocabularies import ContactStatus, RecordStatus
from yjs.children.models import Child
from yjs.children.queries import children_visible_to, may_change_casework
from yjs.core.models import Team, User
from yjs.core.roles import MANAGERS, Role
from yjs.justice.models import Outcome
from yjs.justice.vocabularies import Stage

M = TypeVar("M", bound=Model)
SUBMITTED_OR_SIGNED = (RecordStatus.SUBMITTED, RecordStatus.COUNTERSIGNED)


def interventions_visible_to(user: User) -> QuerySet[Intervention]:
    if not user.is_authenticated or not user.may_open_child_records:
        return Intervention.objects.none()
    # A correlated EXISTS, not `child__in`: IN would work out every visible child in the service first
    # (thousands), where EXISTS checks only the children of the interventions the rest of the query picks.
    visible = Intervention.objects.filter(
        Exists(children_visible_to(user).filter(pk=OuterRef("child_id"))),
        service_id=user.service_id,
        archived_at__isnull=True,
    )
    return _readable_by_role(user, visible)


def _readable_by_role(user: User, interventions: QuerySet[Intervention]) -> QuerySet[Intervention]:
    if user.role == Role.POLICE_OFFICER:
        # The police take part in out-of-court work only; court supervision is not theirs to read.
        return interventions.filter(outcome__outcome_type__stage=Stage.PRE_COURT)
    return interventions


def interventions_of_child_for(user: User, child: Child) -> QuerySet[Intervention]:
    """The interventions with `child` (fetched and authorised already) that `user` may read, removed ones too:
    their History tab tells who removed a record and why."""
    if not user.is_authenticated or not user.may_open_child_records:
        return Intervention.objects.none()
    return _readable_by_role(user, Intervention.objects.filter(child_id=child.pk, service_id=user.service_id))


def may_change_intervention(user: User, intervention: Intervention) -> bool:
    """Case managers and team managers change their own team's cases; service managers any in the service."""
    if not may_change_casework(user) or intervention.service_id != user.service_id:
        return False
    return user.role == Role.SERVICE_MANAGER or intervention.team_id == user.team_id


def may_countersign(user: User, record: Assessment | Plan) -> bool:
    """Management oversight: a manager of the case's team, or a service manager, who did not submit it."""
    intervention = record.intervention
    if user.service_id != intervention.service_id or record.submitted_by_id == user.pk:
        return False
    if user.role == Role.SERVICE_MANAGER:
        return True
    return user.role == Role.TEAM_MANAGER and user.team_id == intervention.team_id


def may_allocate(user: User, intervention: Intervention) -> bool:
    return user.role in MANAGERS and may_change_intervention(user, intervention)


def _authorise(user: User, write: bool) -> None:
    if not user.is_authenticated or not user.may_open_child_records:
        raise PermissionDenied
    if write and not may_change_casework(user):
        raise PermissionDenied


def get_intervention_for_user(user: User, pk: int, write: bool = False) -> Intervention:
    _authorise(user, write)
    intervention = get_object_or_404(
        interventions_visible_to(user).select_related(
            "child", "outcome__outcome_type", "team", "case_manager", "created_by"
        ),
        pk=pk,
    )
    if write and not may_change_intervention(user, intervention):
        raise PermissionDenied
    return intervention


def _get_part(user: User, queryset: QuerySet[M], pk: int, write: bool) -> M:
    _authorise(user, write)
    record = get_object_or_404(
        queryset.filter(intervention__in=interventions_visible_to(user)).select_related(
            "intervention__child", "intervention__outcome__outcome_type", "intervention__team"
        ),
        pk=pk,
    )
    if write and not may_change_intervention(user, record.intervention):  # type: ignore[attr-defined]
        raise PermissionDenied
    return record


def get_assessment_for_user(user: User, pk: int, write: bool = False) -> Assessment:
    return _get_part(user, Assessment.objects.select_related("submitted_by", "countersigned_by"), pk, write)


def get_plan_for_user(user: User, pk: int, write: bool = False) -> Plan:
    return _get_part(user, Plan.objects.select_related("submitted_by", "countersigned_by", "assessment"), pk, write)


def get_contact_for_user(user: User, pk: int, write: bool = False) -> Contact:
    return _get_part(user, Contact.objects.all(), pk, write)


def get_outcome_for_user(user: User, pk: int, write: bool = False) -> Outcome:
    _authorise(user, write)
    return get_object_or_404(
        Outcome.objects.filter(child__in=children_visible_to(user)).select_related("child", "outcome_type"), pk=pk
    )


def with_casework_status(queryset: QuerySet[Intervention], rules: CaseworkRules | None = None) -> QuerySet[Intervention]:
    """Annotate each intervention with its latest ratings and deadlines, in the one query.

    Deadlines count working days, which SQL cannot do portably; but a deadline only moves later as
    the start date does, so "overdue" becomes "started before a cut-off date" worked out once here.
    """
    rules = rules or CaseworkRules.from_settings()
    today = timezone.localdate()
    contact_cutoff = earliest_start_not_overdue(today, rules.first_contact_working_days, rules.holidays)
    court_cutoff = earliest_start_not_overdue(today, rules.court_assessment_working_days, rules.holidays)
    ooc_cutoff = earliest_start_not_overdue(today, rules.out_of_court_assessment_working_days, rules.holidays)

    assessments = Assessment.objects.filter(intervention=OuterRef("pk"), archived_at__isnull=True)
    latest_done = assessments.filter(status__in=SUBMITTED_OR_SIGNED).order_by("-submitted_at", "-pk")
    latest_any = assessments.order_by("-created_at", "-pk")
    attended = Contact.objects.filter(intervention=OuterRef("pk"), status=ContactStatus.ATTENDED, archived_at__isnull=True)
    awaiting = Q(Exists(assessments.filter(status=RecordStatus.SUBMITTED))) | Q(
        Exists(Plan.objects.filter(intervention=OuterRef("pk"), status=RecordStatus.SUBMITTED, archived_at__isnull=True))
    )
    is_open = Q(end_date__isnull=True)

    def flag(condition: Q) -> Case:
        return Case(When(condition, then=Value(True)), default=Value(False), output_field=BooleanField())

    first_contact_overdue = is_open & Q(start_date__lt=contact_cutoff) & ~Q(Exists(attended))
    assessment_late = Q(outcome__outcome_type__stage=Stage.PRE_COURT, start_date__lt=ooc_cutoff) | (
        ~Q(outcome__outcome_type__stage=Stage.PRE_COURT) & Q(start_date__lt=court_cutoff)
    )
    assessment_overdue = is_open & assessment_late & ~Q(Exists(assessments.filter(status__in=SUBMITTED_OR_SIGNED)))
    review_overdue = is_open & Q(next_review_due__lt=today)
    return queryset.select_related("child", "outcome__outcome_type", "team", "case_manager").annotate(
        rosh_rating=Subquery(latest_done.values("rosh_rating")[:1]),
        safety_rating=Subquery(latest_done.values("safety_rating")[:1]),
        assessment_status=Subquery(latest_any.values("status")[:1]),
        first_contact_made=Exists(attended),
        assessment_done=Exists(assessments.filter(status__in=SUBMITTED_OR_SIGNED)),
        first_contact_overdue=flag(first_contact_overdue),
        assessment_overdue=flag(assessment_overdue),
        review_is_overdue=flag(review_overdue),
        any_overdue=flag(first_contact_overdue | assessment_overdue | review_overdue),
        oversight_pending=flag(awaiting),
    )


def caseload_for(user: User) -> QuerySet[Intervention]:
    """The open interventions allocated to `user`, overdue first, then by next review due."""
    mine = interventions_visible_to(user).open().filter(case_manager=user)
    return with_casework_status(mine).order_by(
        F("any_overdue").desc(), F("next_review_due").asc(nulls_last=True), "child__last_name", "child__first_name"
    )


TEAM_SORTS = {
    "child": ("child__last_name", "child__first_name", "pk"),
    "start": ("start_date", "pk"),
    "next_review": ("next_review_due", "pk"),
}
TEAM_FILTERS = ("unallocated", "review_overdue", "oversight_pending")


def team_cases_for(
    user: User,
    *,
    team: Team | None = None,
    filters: tuple[str, ...] | list[str] = (),
    sort: str = "next_review",
    descending: bool = False,
) -> QuerySet[Intervention]:
    """A team manager's team's open cases, or a service manager's service's (optionally one team)."""
    if user.role not in MANAGERS:
        return Intervention.objects.none()
    cases = interventions_visible_to(user).open()
    if user.role == Role.TEAM_MANAGER:
        cases = cases.filter(team_id=user.team_id)
    elif team is not None:
        cases = cases.filter(team=team)
    cases = with_casework_status(cases)
    if "unallocated" in filters:
        cases = cases.filter(case_manager__isnull=True)
    if "review_overdue" in filters:
        cases = cases.filter(review_is_overdue=True)
    if "oversight_pending" in filters:
        cases = cases.filter(oversight_pending=True)
    fields = TEAM_SORTS.get(sort, TEAM_SORTS["next_review"])
    order = [(F(name).desc(nulls_last=True) if descending else F(name).asc(nulls_last=True)) for name in fields]
    return cases.order_by(*order)


def casework_status_of(intervention: Intervention) -> Intervention:
    """The one intervention with the caseload's annotations (ratings, deadlines, overdue flags)."""
    return with_casework_status(Intervention.objects.filter(pk=intervention.pk)).get()
