"""Read queries for the education pages: a child's placements and exclusions, and the service view.

The service view works out, for every child on an open intervention, the hours a week offered by their
current placements and whether any is education, training or employment, in one query; who is of school
age or aged 16 to 17 is a comparison of dates of birth with dates worked out in entitlement.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import (
    BooleanField,
    Case,
    Count,
    DecimalField,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.children.queries import children_visible_to
from yjs.core.models import LocalAuthority, User
from yjs.education.entitlement import (
    NEET_AGES,
    SCHOOL_AGE_FULL_TIME_HOURS,
    EducationOnDay,
    education_on,
    is_neet_age,
    school_age_born_from,
)
from yjs.education.models import EducationPlacement, Exclusion
from yjs.education.vocabularies import PlacementKind
from yjs.lib.dates import add_months

SORTS = {
    "name": ("last_name", "first_name", "pk"),
    "local_authority": ("local_authority__name", "last_name", "first_name", "pk"),
    "hours": ("hours_offered", "last_name", "first_name", "pk"),
    "age": ("-date_of_birth", "last_name", "first_name", "pk"),
}
DEFAULT_SORT = "local_authority"


@dataclass(frozen=True)
class ChildEducation:
    placements: list[EducationPlacement]
    current: list[EducationPlacement]
    exclusions: list[Exclusion]
    today: EducationOnDay
    neet: bool
    neet_age: bool


def child_education(child: Child, today: date) -> ChildEducation:
    placements = list(EducationPlacement.objects.live().filter(child=child))
    current = [p for p in placements if p.is_current_on(today)]
    position = education_on(child.date_of_birth, today, [(p.kind, p.hours_offered) for p in current])
    neet_age = is_neet_age(child.date_of_birth, today)
    return ChildEducation(
        placements=placements,
        current=current,
        exclusions=list(Exclusion.objects.filter(child=child, archived_at__isnull=True)),
        today=position,
        neet=neet_age and not position.in_ete,
        neet_age=neet_age,
    )


def _current_ete(day: date) -> QuerySet[EducationPlacement]:
    return EducationPlacement.objects.current_on(day).filter(child=OuterRef("pk")).exclude(kind=PlacementKind.NONE)


def children_to_track(service_id: int, day: date) -> QuerySet[Child]:
    """Children on an open intervention not in full-time education (school age) or NEET (16-17), annotated.

    Each carries `hours_offered` (current ETE placements, added up), `school_age` and `neet`.
    """
    hours = _current_ete(day).order_by().values("child").annotate(total=Sum("hours_offered")).values("total")
    school_age = Q(date_of_birth__gte=school_age_born_from(day))
    # Aged 16 or 17 on `day`: born no later than 16 years before it and after 18 years before it.
    neet_age = Q(date_of_birth__lte=add_months(day, -12 * NEET_AGES[0])) & Q(
        date_of_birth__gt=add_months(day, -12 * (NEET_AGES[1] + 1))
    )
    open_intervention = Intervention.objects.open().filter(child=OuterRef("pk"))
    zero = Value(Decimal(0), output_field=DecimalField(max_digits=3, decimal_places=1))
    children = (
        Child.objects.filter(service_id=service_id, archived_at__isnull=True)
        .filter(Exists(open_intervention))
        .annotate(
            hours_offered=Coalesce(Subquery(hours, output_field=DecimalField(max_digits=3, decimal_places=1)), zero),
            in_ete=Exists(_current_ete(day)),
            school_age=Case(When(school_age, then=Value(True)), default=Value(False), output_field=BooleanField()),
            neet=Case(
                When(neet_age & ~Q(Exists(_current_ete(day))), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
        )
    )
    return children.filter((school_age & Q(hours_offered__lt=SCHOOL_AGE_FULL_TIME_HOURS)) | Q(neet=True))


@dataclass(frozen=True)
class AuthorityCount:
    local_authority: LocalAuthority
    not_full_time: int
    neet: int


def counts_by_local_authority(service_id: int, day: date) -> list[AuthorityCount]:
    """Every local authority of the service, with how many of its children are not in full-time education and NEET."""
    tracked = children_to_track(service_id, day)
    rows = {
        row["local_authority"]: row
        for row in tracked.order_by()
        .values("local_authority")
        .annotate(not_full_time=Count("pk", filter=Q(school_age=True)), neet=Count("pk", filter=Q(neet=True)))
    }
    return [
        AuthorityCount(la, rows.get(la.pk, {}).get("not_full_time", 0), rows.get(la.pk, {}).get("neet", 0))
        for la in LocalAuthority.objects.filter(service_id=service_id).order_by("name")
    ]


def tracked_children_for(user: User, day: date, sort: str) -> QuerySet[Child]:
    """The children behind the counts that `user` may open, sorted as asked."""
    visible = children_visible_to(user).values("pk")
    fields = SORTS.get(sort, SORTS[DEFAULT_SORT])
    return (
        children_to_track(user.service_id, day)  # type: ignore[arg-type]
        .filter(pk__in=visible)
        .select_related("local_authority")
        .order_by(*fields)
    )
