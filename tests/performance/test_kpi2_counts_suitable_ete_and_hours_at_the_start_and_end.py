"""KPI 2 over hand-built orders and placements, with each numerator and denominator worked out here.

Every order is a referral order from 2 September 2024 to 14 February 2025 (the quarter is January to March 2025).
"""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.education.factories import PlacementFactory
from tests.factories import ServiceFactory
from tests.performance.kpi_builders import QUARTER, child_of, order
from yjs.performance.follow_ups import recount_marked
from yjs.performance.kpis.measures import Tally, children_counts
from yjs.performance.kpis.quarterly_return import kpi_return

pytestmark = pytest.mark.django_db
START = date(2024, 9, 2)
ENDS = date(2025, 2, 14)
SCHOOL_AGE = date(2010, 5, 5)  # 14 at the end
ABOVE = date(2008, 5, 5)  # 16 at the end, and past the 31 August after turning 16


def placement(child, start=START, end=None, **fields):  # type: ignore[no-untyped-def]
    return PlacementFactory(child=child, start_date=start, end_date=end, **fields)


def build(service):  # type: ignore[no-untyped-def]
    # A: at a suitable school throughout.
    a = child_of(service, date_of_birth=SCHOOL_AGE)
    placement(a, date(2023, 9, 4), hours_offered=25, hours_attended=20)
    # B: NEET at the start, then a suitable college course.
    b = child_of(service, date_of_birth=ABOVE)
    placement(
        b, date(2024, 8, 1), date(2024, 10, 31), kind="none", provider="", hours_offered=0, hours_attended=0, suitable="no"
    )
    placement(b, date(2024, 11, 1), kind="college", provider="Weymouth College", hours_offered=16, hours_attended=12)
    # C: at a suitable school that ended before the order did.
    c = child_of(service, date_of_birth=SCHOOL_AGE)
    placement(c, date(2023, 9, 4), date(2025, 1, 31), hours_offered=25, hours_attended=25)
    # D: a part-time timetable and alternative provision whose suitability is not known: not suitable.
    d = child_of(service, date_of_birth=SCHOOL_AGE)
    placement(d, hours_offered=15, hours_attended=12)
    placement(d, kind="alternative_provision", provider="The Bridge", hours_offered=10, hours_attended=8, suitable="unknown")
    # E: nothing recorded.
    e = child_of(service, date_of_birth=SCHOOL_AGE)
    # F: a placement recorded in error and archived does not count.
    f = child_of(service, date_of_birth=SCHOOL_AGE)
    removed = placement(f)
    removed.archived_at = timezone.now()
    removed.save()
    for child in (a, b, c, d, e, f):
        order(child, "RO", ENDS, start=START)


def test_suitable_ete_at_the_start_and_at_the_end_of_the_order() -> None:
    service = ServiceFactory()
    build(service)

    counts = children_counts(QUARTER.window)[service.pk]

    assert counts["ete_suitable_start"] == {"referral_order": Tally(2, 6)}  # A and C
    assert counts["ete_suitable_end"] == {"referral_order": Tally(2, 6)}  # A and B
    assert counts["ete_suitable_end_school_age"] == {"referral_order": Tally(1, 5)}  # A of A, C, D, E, F
    assert counts["ete_suitable_end_above_school_age"] == {"referral_order": Tally(1, 1)}  # B


def test_hours_offered_and_attended_at_the_end_add_up_the_current_placements_in_bands() -> None:
    service = ServiceFactory()
    build(service)

    counts = children_counts(QUARTER.window)[service.pk]
    offered = {band: counts[f"ete_offered_{band}"]["referral_order"].numerator for band in BANDS}
    attended = {band: counts[f"ete_attended_{band}"]["referral_order"].numerator for band in BANDS}

    # Offered: A 25, B 16, C 0 (ended), D 15 + 10 = 25, E 0, F 0 (archived).
    assert offered == {"0": 3, "1_5": 0, "6_10": 0, "11_15": 0, "16_20": 1, "21_24": 0, "25": 2}
    # Attended: A 20, B 12, D 12 + 8 = 20, and the rest 0.
    assert attended == {"0": 3, "1_5": 0, "6_10": 0, "11_15": 1, "16_20": 2, "21_24": 0, "25": 0}
    assert counts["ete_offered_0"]["referral_order"].denominator == 6


BANDS = ("0", "1_5", "6_10", "11_15", "16_20", "21_24", "25")


def test_school_age_at_the_end_turns_on_the_31_august_after_the_16th_birthday() -> None:
    service = ServiceFactory()
    left_school = child_of(service, date_of_birth=date(2008, 8, 31))  # school age ended 31 August 2024
    still_at_school = child_of(service, date_of_birth=date(2008, 9, 1))  # 16, but school age until 31 August 2025
    order(left_school, "RO", ENDS, start=START)
    order(still_at_school, "YRO", ENDS, start=START)

    counts = children_counts(QUARTER.window)[service.pk]

    assert counts["ete_suitable_end_school_age"] == {
        "referral_order": Tally(0, 0),
        "youth_rehabilitation_order": Tally(0, 1),
    }
    assert counts["ete_suitable_end_above_school_age"] == {
        "referral_order": Tally(0, 1),
        "youth_rehabilitation_order": Tally(0, 0),
    }


def test_the_return_takes_the_same_number_of_queries_however_many_children() -> None:
    service = ServiceFactory()
    build(service)
    recount_marked()  # the changed children's kept orders are worked out first, however many there are
    with CaptureQueriesContext(connection) as few:
        kpi_return(QUARTER.window)
    build(service)
    build(ServiceFactory())
    recount_marked()
    with CaptureQueriesContext(connection) as many:
        kpi_return(QUARTER.window)

    assert len(many.captured_queries) == len(few.captured_queries)


def test_kpi_2_is_in_the_return_and_no_longer_listed_as_not_recorded() -> None:
    service = ServiceFactory()
    build(service)

    rows = kpi_return(QUARTER.window, services=[service.pk])[service.pk]
    kpi2 = [r for r in rows if r.kpi == 2]

    assert all(r.status == "recorded" for r in kpi2)
    total = next(r for r in kpi2 if r.measure == "ete_suitable_end" and r.order_type == "all")
    assert (total.numerator, total.denominator, total.percentage) == (2, 6, pytest.approx(33.3, abs=0.1))


def test_the_school_year_of_an_order_s_end_turns_on_1_september() -> None:
    from yjs.performance.periods import Quarter

    service = ServiceFactory()
    july_to_september = Quarter.parse("2024Q2").window
    # Born 31 August 2008: of school age until 31 August 2024, the end of the school year of their 16th birthday.
    august_born = [child_of(service, date_of_birth=date(2008, 8, 31)) for _ in range(2)]
    order(august_born[0], "RO", date(2024, 8, 31), start=date(2024, 3, 1))  # still of school age
    order(august_born[1], "YRO", date(2024, 9, 1), start=date(2024, 3, 1))  # past it
    # Born 1 September 2008: 16 on 1 September 2024, a new school year, so of school age for one more year.
    september_born = child_of(service, date_of_birth=date(2008, 9, 1))
    order(september_born, "YRO", date(2024, 9, 1), start=date(2024, 3, 1))

    counts = children_counts(july_to_september)[service.pk]

    assert counts["ete_suitable_end_school_age"] == {
        "referral_order": Tally(0, 1),
        "youth_rehabilitation_order": Tally(0, 1),
    }
    assert counts["ete_suitable_end_above_school_age"] == {
        "referral_order": Tally(0, 0),
        "youth_rehabilitation_order": Tally(0, 1),
    }
