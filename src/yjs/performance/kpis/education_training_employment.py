"""KPI 2: suitable education, training or employment at the start and end of the order, and hours a week.

The records are the child's placements (education.EducationPlacement). A placement counts on a day when it
had started by then and had not ended before it (an open end continues). On that day the child is in
suitable ETE when at least one placement is education, training or employment, and every placement then
is judged suitable: one judged unsuitable, or not known, or a 'not in education, training or employment'
spell, makes the child count as not in suitable ETE (as KPI 1 treats accommodation). Hours a week are the
hours offered, and the latest hours attended, of the placements current at the end of the order, added up;
a child with none is in the 0 band. School age is compulsory school age on the day the order ended
(education/entitlement.py: until 31 August of the school year in which the child turns 16).

Every condition is an Exists, or a summing subquery, on the placements correlated with the order, so each
measure stays one conditional count in the return's single grouped query.
"""

from __future__ import annotations

from decimal import Decimal

from django.db.models import DecimalField, Exists, F, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThan, GreaterThanOrEqual, LessThanOrEqual
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from yjs.education.entitlement import HOURS_BANDS
from yjs.education.models import EducationPlacement
from yjs.education.vocabularies import PlacementKind, Suitability
from yjs.performance.kpis.measure import AT_ORDER_END, Measure
from yjs.performance.sql import MONTH, MonthKey

AT_ORDER_START = _("Order start")


def _current_on(day: str):  # type: ignore[no-untyped-def]
    """The child's live placements current on the order's `day` ("start_date" or "end_date")."""
    return EducationPlacement.objects.filter(
        child=OuterRef("child_id"),
        archived_at__isnull=True,
        start_date__lte=OuterRef(day),
    ).filter(Q(end_date__isnull=True) | Q(end_date__gte=OuterRef(day)))


def suitable_on(day: str) -> Q:
    in_ete = _current_on(day).exclude(kind=PlacementKind.NONE)
    not_suitable = _current_on(day).filter(Q(kind=PlacementKind.NONE) | ~Q(suitable=Suitability.YES))
    return Q(Exists(in_ete)) & ~Q(Exists(not_suitable))


def _school_age_at_end() -> Q:
    """Compulsory school age on the order's end date: born on or after 1 September, 16 years before the start
    of the school year holding that date (education.entitlement.school_age_born_from, in SQL)."""
    # Months since year 0 (year x 12 + month - 1), from the month key: plain integer arithmetic in SQL, where
    # extracting the year and month would be a Python function call per row on SQLite. September is month
    # index 8, so the school year is the year of (months - 8).
    months_since = MonthKey(F("end_date")) / MONTH
    school_year = (months_since - 8) / 12
    # The month key of 1 September of (school year - 16): ((year x 12 + 8) x 100 + 1), as sql.MonthKey makes.
    earliest = ((school_year - 16) * 12 + 8) * MONTH + 1
    return Q(GreaterThanOrEqual(MonthKey(F("child__date_of_birth")), earliest))


SCHOOL_AGE = _school_age_at_end()
HOURS = DecimalField(max_digits=4, decimal_places=1)


def _hours_at_end(field: str):  # type: ignore[no-untyped-def]
    total = (
        _current_on("end_date")
        .exclude(kind=PlacementKind.NONE)
        .order_by()
        .values("child")
        .annotate(total=Sum(field))
        .values("total")
    )
    return Coalesce(Subquery(total, output_field=HOURS), Value(Decimal(0)), output_field=HOURS)


def _in_band(hours, above: Decimal | None, up_to: Decimal | None) -> Q:  # type: ignore[no-untyped-def]
    condition = Q()
    if above is not None:
        condition &= Q(GreaterThan(hours, Value(above, output_field=HOURS)))
    if up_to is not None:
        condition &= Q(LessThanOrEqual(hours, Value(up_to, output_field=HOURS)))
    return condition


def _band_wording(what: str, label: str) -> str:
    if what == "offered":
        return gettext("Children offered %(hours)s hours a week") % {"hours": gettext(label)}
    return gettext("Children attending %(hours)s hours a week") % {"hours": gettext(label)}


# Translated when shown, in the reader's language, not once when the module loads.
_band_label = lazy(_band_wording, str)


def _band_measures(field: str, code: str) -> tuple[Measure, ...]:
    hours = _hours_at_end(field)
    return tuple(
        Measure(
            2,
            f"ete_{code}_{band}",
            _band_label(code, label),
            AT_ORDER_END,
            _in_band(hours, above, up_to),
        )
        for band, label, above, up_to in HOURS_BANDS
    )


MEASURES: tuple[Measure, ...] = (
    Measure(
        2,
        "ete_suitable_start",
        _("Children in suitable education, training or employment"),
        AT_ORDER_START,
        suitable_on("start_date"),
    ),
    Measure(
        2,
        "ete_suitable_end",
        _("Children in suitable education, training or employment"),
        AT_ORDER_END,
        suitable_on("end_date"),
    ),
    Measure(
        2,
        "ete_suitable_end_school_age",
        _("Children of school age in suitable education, of those of school age"),
        AT_ORDER_END,
        suitable_on("end_date") & SCHOOL_AGE,
        SCHOOL_AGE,
    ),
    Measure(
        2,
        "ete_suitable_end_above_school_age",
        _("Children above school age in suitable education, training or employment, of those above school age"),
        AT_ORDER_END,
        suitable_on("end_date") & ~SCHOOL_AGE,
        ~SCHOOL_AGE,
    ),
    *_band_measures("hours_offered", "offered"),
    *_band_measures("hours_attended", "attended"),
)
