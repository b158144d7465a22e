"""Read-side queries of the out-of-court pipeline: the list, what is overdue, and the screening requests.

Every "overdue" is worked out in SQL, in the one query that reads the list, so that a page costs the same
number of queries whatever the number of cases. Working-day deadlines that SQL cannot count (delivery
within 20 working days of the decision) become "decided before a cut-off date", worked out once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from yjs.casework.deadlines import earliest_start_not_overdue
from yjs.core.models import User
from yjs.diversion import access
from yjs.diversion.models import Notification, ScreeningRequest
from yjs.diversion.rules import DiversionRules, delivery_due
from yjs.diversion.vocabularies import OPEN_STAGES, Stage

# What each kind of overdue is called in a filter and in a count (see PipelineFilters.overdue).
OVERDUE_KINDS = ("screening", "assessment", "escalation", "delivery", "not_engaging")
SORTS = {
    "notified": ("notified_on", "pk"),
    "stage": ("stage_order", "notified_on", "pk"),
}
# The pipeline's own order for sorting by stage, rather than the alphabet's.
STAGE_ORDER = [
    Stage.MATCHING,
    Stage.SCREENING,
    Stage.PROPOSAL,
    Stage.ASSESSMENT,
    Stage.PANEL,
    Stage.ESCALATED,
    Stage.DECIDED,
]


@dataclass(frozen=True)
class PipelineFilters:
    stages: tuple[str, ...] = ()
    overdue: tuple[str, ...] = ()
    assigned_to_me: bool = False
    local_authority_id: int | None = None
    search: str = ""
    sort: str = "notified"
    descending: bool = True


def _flag(condition: Q) -> Case:
    return Case(When(condition, then=Value(True)), default=Value(False), output_field=BooleanField())


def unanswered_requests() -> QuerySet[ScreeningRequest]:
    return ScreeningRequest.objects.filter(responded_on__isnull=True, archived_at__isnull=True)


def overdue_conditions(today: date, rules: DiversionRules) -> dict[str, Q]:
    """Each kind of overdue as a condition on notifications, for filters, counts and annotations alike."""
    delivery_cutoff = earliest_start_not_overdue(today, rules.delivery_working_days, rules.holidays)
    late_screening = unanswered_requests().filter(notification=OuterRef("pk"), due_on__lt=today)
    return {
        "screening": Q(stage=Stage.SCREENING) & Q(Exists(late_screening)),
        "assessment": Q(
            stage=Stage.ASSESSMENT, brief_assessment__completed_on__isnull=True, brief_assessment__due_on__lt=today
        ),
        "escalation": Q(
            stage=Stage.ESCALATED,
            panel_decision__escalation__resolved_on__isnull=True,
            panel_decision__escalation__due_on__lt=today,
        ),
        "delivery": Q(stage=Stage.DECIDED, decided_on__lt=delivery_cutoff),
        "not_engaging": Q(not_engaging_since__isnull=False),
    }


def with_pipeline_status(
    queryset: QuerySet[Notification], today: date | None = None, rules: DiversionRules | None = None
) -> QuerySet[Notification]:
    """Annotate each notification with its overdue flags and the next due date of its stage, in the one query."""
    today = today or timezone.localdate()
    rules = rules or DiversionRules.from_settings()
    conditions = overdue_conditions(today, rules)
    next_screening_due = (
        unanswered_requests()
        .filter(notification=OuterRef("pk"))
        .order_by()
        .values("notification")
        .annotate(due=Min("due_on"))
        .values("due")
    )
    return queryset.select_related("child", "local_authority", "brief_assessment__case_manager").annotate(
        screening_due_on=Subquery(next_screening_due),
        escalation_due_on=F("panel_decision__escalation__due_on"),
        stage_order=Case(*[When(stage=s, then=Value(i)) for i, s in enumerate(STAGE_ORDER)], default=Value(99)),
        **{f"{kind}_overdue": _flag(condition) for kind, condition in conditions.items()},
    )


@dataclass(frozen=True)
class NextStep:
    what: str
    due_on: date | None = None


def next_step(notification: Notification, rules: DiversionRules) -> NextStep:
    """What the case waits for next, and by when, read from with_pipeline_status's annotations."""
    stage = notification.stage
    if stage == Stage.SCREENING:
        return NextStep(_("Screening answers"), getattr(notification, "screening_due_on", None))
    if stage == Stage.ASSESSMENT:
        brief = getattr(notification, "brief_assessment", None)
        return NextStep(_("Brief assessment"), brief.due_on if brief else None)
    if stage == Stage.ESCALATED:
        return NextStep(_("Escalation resolved"), getattr(notification, "escalation_due_on", None))
    if stage == Stage.DECIDED and notification.decided_on:
        return NextStep(_("Outcome delivered"), delivery_due(notification.decided_on, rules))
    return NextStep(str(NEXT_STEP_WITHOUT_DATE.get(stage, "")))


NEXT_STEP_WITHOUT_DATE = {
    Stage.MATCHING: _("Match to a child"),
    Stage.PROPOSAL: _("Police proposal"),
    Stage.PANEL: _("Joint decision panel"),
}


def pipeline_for(user: User, filters: PipelineFilters | None = None, today: date | None = None) -> QuerySet[Notification]:
    """The open notifications `user` may read, with their status, filtered and sorted as asked."""
    filters = filters or PipelineFilters()
    today = today or timezone.localdate()
    rules = DiversionRules.from_settings()
    cases = access.notifications_visible_to(user).filter(stage__in=OPEN_STAGES)
    if filters.stages:
        cases = cases.filter(stage__in=filters.stages)
    conditions = overdue_conditions(today, rules)
    if filters.overdue:
        wanted = Q()
        for kind in filters.overdue:
            wanted |= conditions[kind]
        cases = cases.filter(wanted)
    if filters.assigned_to_me:
        cases = cases.filter(stage=Stage.ASSESSMENT, brief_assessment__case_manager=user)
    if filters.local_authority_id:
        cases = cases.filter(local_authority_id=filters.local_authority_id)
    if filters.search:
        cases = _search(cases, filters.search)
    cases = with_pipeline_status(cases, today, rules)
    names = SORTS.get(filters.sort, SORTS["notified"])
    return cases.order_by(*[(F(n).desc() if filters.descending else F(n).asc()) for n in names])


def _search(cases: QuerySet[Notification], text: str) -> QuerySet[Notification]:
    text = " ".join(text.split())
    notified_name = Concat("first_name", Value(" "), "last_name")
    child_name = Concat("child__first_name", Value(" "), "child__last_name")
    return cases.alias(notified_name=notified_name, child_name=child_name).filter(
        Q(police_reference__icontains=text) | Q(notified_name__icontains=text) | Q(child_name__icontains=text)
    )


def overdue_counts(user: User, today: date | None = None) -> dict[str, int]:
    """How many open cases `user` may read are overdue in each way, counted in one query."""
    today = today or timezone.localdate()
    conditions = overdue_conditions(today, DiversionRules.from_settings())
    cases = access.notifications_visible_to(user).filter(stage__in=OPEN_STAGES)
    return cases.aggregate(**{kind: Count("pk", filter=condition) for kind, condition in conditions.items()})


def overdue_screenings(service_id: int, today: date | None = None) -> QuerySet[ScreeningRequest]:
    """Unanswered screening requests past their due date, on open notifications of the service."""
    today = today or timezone.localdate()
    return (
        unanswered_requests()
        .filter(service_id=service_id, due_on__lt=today, notification__stage__in=OPEN_STAGES)
        .select_related("agency", "notification")
        .order_by("due_on", "pk")
    )


def brief_assessments_of(user: User) -> QuerySet[Notification]:
    """The notifications awaiting a brief assessment allocated to `user`, soonest due first."""
    return (
        access.notifications_visible_to(user)
        .filter(stage=Stage.ASSESSMENT, brief_assessment__case_manager=user, brief_assessment__completed_on__isnull=True)
        .select_related("child", "brief_assessment")
        .order_by("brief_assessment__due_on", "pk")
    )


def screening_requests_for(
    user: User,
    *,
    answered: bool | None = None,
    agency_id: int | None = None,
    overdue: bool = False,
    today: date | None = None,
) -> QuerySet[ScreeningRequest]:
    """The requests `user` may see, unanswered first by due date, each flagged when overdue."""
    today = today or timezone.localdate()
    requests = access.screening_requests_visible_to(user)
    if answered is not None:
        requests = requests.filter(responded_on__isnull=not answered)
    if agency_id:
        requests = requests.filter(agency_id=agency_id)
    is_overdue = Q(responded_on__isnull=True, due_on__lt=today)
    if overdue:
        requests = requests.filter(is_overdue)
    return (
        requests.select_related("agency", "notification", "responded_by")
        .annotate(is_overdue=_flag(is_overdue), is_unanswered=_flag(Q(responded_on__isnull=True)))
        .order_by(F("is_unanswered").desc(), "due_on", "pk")
    )
