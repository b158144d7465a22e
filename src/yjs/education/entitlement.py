"""Who is of compulsory school age, what full-time education means for them, and who is NEET.

Pure rules on dates, with no database, so the child's page, the service view and the tests agree.

Compulsory school age: the Education Act 1996 (s.8) keeps a child of compulsory school age until the
last Friday in June of the school year in which they turn 16. yjs uses the simpler published rule that
the Department for Education and the YJB's KPI guidance use for counting: school age until the end of
that school year, 31 August. A child who turns 16 between 1 September and 31 August of a school year
(which starts on 1 September) stays of school age until the 31 August that ends it.

Full-time: 25 hours a week for a child of school age (the expectation behind the YJB's '25+' band and
the inspection's 'full education entitlement'). Above school age, the post-16 offer: the Department
for Education counts 540 planned hours a year, about 16 hours a week, as full-time study for 16 to 19
year olds (participation in education, training and NEET statistics: 'more than 16 hours of guided
learning a week'). A service can change it in one place: the YJS_POST_16_FULL_TIME_HOURS setting.

NEET: aged 16 or 17 with no current placement in education, training or employment. An elective home
education placement counts as education.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.conf import settings

from yjs.education.vocabularies import PlacementKind
from yjs.lib.dates import age_on

SCHOOL_AGE_FULL_TIME_HOURS = 25
DEFAULT_POST_16_FULL_TIME_HOURS = 16
# The most hours a week a placement can offer: more is a typing slip (a full-time job is under 40).
MOST_HOURS_A_WEEK = 40
NEET_AGES = (16, 17)
END_OF_SCHOOL_YEAR = (8, 31)  # month, day


def post_16_full_time_hours() -> int:
    return int(getattr(settings, "YJS_POST_16_FULL_TIME_HOURS", DEFAULT_POST_16_FULL_TIME_HOURS))


def school_age_ends(date_of_birth: date) -> date:
    """The last day the child is of compulsory school age: 31 August of the school year in which they turn 16.

    Born 31 August 2009: turns 16 on 31 August 2025, the last day of the 2024-25 school year, so school age
    ends that day. Born 1 September 2009: turns 16 in the 2025-26 school year, so it ends 31 August 2026.
    """
    month, day = END_OF_SCHOOL_YEAR
    turns_16 = date_of_birth.year + 16
    return date(turns_16 if (date_of_birth.month, date_of_birth.day) <= (month, day) else turns_16 + 1, month, day)


def is_school_age(date_of_birth: date, day: date) -> bool:
    return day <= school_age_ends(date_of_birth)


def full_time_hours(date_of_birth: date, day: date) -> int:
    """The hours a week that count as full-time education for this child on `day`."""
    return SCHOOL_AGE_FULL_TIME_HOURS if is_school_age(date_of_birth, day) else post_16_full_time_hours()


def is_neet_age(date_of_birth: date, day: date) -> bool:
    return NEET_AGES[0] <= age_on(date_of_birth, day) <= NEET_AGES[1]


@dataclass(frozen=True)
class EducationOnDay:
    """What the child's current placements add up to on one day."""

    school_age: bool
    entitlement: int
    in_ete: bool  # any current placement that is education, training or employment
    hours_offered: Decimal

    @property
    def not_full_time(self) -> bool:
        """Of school age and offered fewer than 25 hours a week, or no placement at all."""
        return self.school_age and self.hours_offered < SCHOOL_AGE_FULL_TIME_HOURS


def education_on(date_of_birth: date, day: date, placements: list[tuple[str, Decimal]]) -> EducationOnDay:
    """The child's position from the (kind, hours offered) of each placement current on `day`."""
    in_ete = [hours for kind, hours in placements if kind != PlacementKind.NONE]
    return EducationOnDay(
        school_age=is_school_age(date_of_birth, day),
        entitlement=full_time_hours(date_of_birth, day),
        in_ete=bool(in_ete),
        hours_offered=sum(in_ete, Decimal(0)),
    )


def is_neet(date_of_birth: date, day: date, placements: list[tuple[str, Decimal]]) -> bool:
    return is_neet_age(date_of_birth, day) and not education_on(date_of_birth, day, placements).in_ete


# The YJB's bands for hours a week (KPI 2): each (code, label, above, up to and including). Hours may be
# recorded in halves, so a band starts just above the last one's top: 5.5 hours is in 6 to 10.
HOURS_BANDS: tuple[tuple[str, str, Decimal | None, Decimal | None], ...] = (
    ("0", "0", None, Decimal(0)),
    ("1_5", "1 to 5", Decimal(0), Decimal(5)),
    ("6_10", "6 to 10", Decimal(5), Decimal(10)),
    ("11_15", "11 to 15", Decimal(10), Decimal(15)),
    ("16_20", "16 to 20", Decimal(15), Decimal(20)),
    ("21_24", "21 to 24", Decimal(20), Decimal("24.9")),
    ("25", "25 or more", Decimal("24.9"), None),
)


def hours_band(hours: Decimal | int | None) -> str:
    """The code of the band `hours` a week falls in; no hours recorded is 0."""
    value = Decimal(hours or 0)
    for code, _label, above, up_to in HOURS_BANDS:
        if (above is None or value > above) and (up_to is None or value <= up_to):
            return code
    raise ValueError(hours)


def school_year_start(day: date) -> int:
    """The calendar year in which the school year holding `day` began (school years start on 1 September)."""
    month, _day = END_OF_SCHOOL_YEAR
    return day.year if day.month > month else day.year - 1


def school_age_born_from(day: date) -> date:
    """The earliest date of birth of a child still of compulsory school age on `day`, for filtering in SQL.

    A child is of school age on `day` when they turn 16 in this school year or later, that is when their
    16th birthday is on or after the 1 September that began it.
    """
    return date(school_year_start(day) - 16, 9, 1)
