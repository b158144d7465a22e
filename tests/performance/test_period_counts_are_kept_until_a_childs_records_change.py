"""A calculation's counts for a period of whole quarters are kept per service (period_counts.py) and forgotten when
a child's records change: every figure read from them equals the same figure counted afresh, after each change."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import ChildFactory, InterventionFactory, ServiceFactory
from tests.performance.histories import area, child, outcome
from yjs.children.models import Child
from yjs.performance import disproportionality as dp
from yjs.performance import period_counts
from yjs.performance.caseload_profile import caseload_profile
from yjs.performance.disposals import out_of_court_reoffending
from yjs.performance.indicators import indicators
from yjs.performance.kpis.measures import KEPT_AS
from yjs.performance.kpis.quarterly_return import kpi_return
from yjs.performance.models import PeriodCount
from yjs.performance.periods import Quarter, Window, year_ending
from yjs.performance.reoffending import live_tracker

pytestmark = pytest.mark.django_db

QUARTER = Quarter(2024, 2)  # July to September 2024
TODAY = date(2025, 6, 30)


def every_figure() -> dict[str, Any]:
    """Each calculation that keeps its counts, by service and by local authority, for a quarter and a year."""
    figures: dict[str, Any] = {}
    for by in ("service", "local_authority"):
        for window in (QUARTER.window, year_ending(QUARTER)):
            figures[f"indicators {by} {window}"] = indicators(window, by=by)
            figures[f"out of court {by} {window}"] = out_of_court_reoffending(window, by=by)
            for dimension in dp.DIMENSIONS.values():
                figures[f"{dimension.name} {by} {window}"] = dp.disproportionality(window, dimension, by=by)
        figures[f"tracker {by}"] = live_tracker([QUARTER.previous(n) for n in range(4)], today=TODAY, by=by)
        figures[f"return {by}"] = kpi_return(QUARTER.window, by=by, today=TODAY)
        figures[f"caseload {by}"] = caseload_profile(by=by)
    return figures


def counted_afresh() -> dict[str, Any]:
    PeriodCount.objects.all().delete()
    return every_figure()


@pytest.fixture
def histories() -> dict[str, Child]:
    """Two services; one child of the first lives in an area of the second's, so that a local authority's figures
    add up the counts of two services."""
    first, second = area(), area()
    cautioned = child(authority=first, sex="F", ethnicity="W_BRITISH")
    outcome(cautioned, "YC", date(2024, 7, 10))
    outcome(cautioned, "YRO", date(2024, 11, 1), committed=date(2024, 8, 1))
    elsewhere = ChildFactory(
        date_of_birth=date(2008, 6, 15), service=first.service, local_authority=second, ethnicity="B_CARIBBEAN"
    )
    outcome(elsewhere, "CR", date(2024, 8, 20))
    outcome(elsewhere, "YC", date(2025, 1, 5), committed=date(2024, 9, 30))
    sentenced = child(authority=second, sex="M", care_status="looked_after")
    outcome(sentenced, "DTO", date(2024, 5, 1), released=date(2024, 8, 1))
    order_ending = outcome(sentenced, "YRO", date(2024, 3, 1), committed=date(2024, 2, 1))
    InterventionFactory(outcome=order_ending, start_date=date(2024, 3, 1), end_date=date(2024, 9, 1), ending="completed")
    InterventionFactory(outcome=outcome(cautioned, "YRO", date(2025, 5, 1)), start_date=date(2025, 5, 1))  # open
    return {"cautioned": cautioned, "elsewhere": elsewhere, "sentenced": sentenced}


def test_counts_are_kept_for_each_service_and_read_back_as_they_were_counted(histories: dict[str, Child]) -> None:
    first = every_figure()
    kept = PeriodCount.objects.filter(start=QUARTER.start, end=QUARTER.end)
    assert set(kept.values_list("service_id", flat=True)) == {c.service_id for c in histories.values()}
    assert {"entrants_and_sentences", "reoffending_cohort", "out_of_court_cohort", KEPT_AS} <= set(
        kept.values_list("calculation", flat=True)
    )
    with CaptureQueriesContext(connection) as queries:
        again = every_figure()
    assert again == first == counted_afresh()
    # The caution is a first entry; the community resolution is not.
    assert first[f"indicators service {QUARTER.window}"][histories["cautioned"].service_id].fte.count == 1
    assert not [q for q in queries.captured_queries if "performance_countedoutcome" in q["sql"]]
    assert not [q for q in queries.captured_queries if "performance_followup" in q["sql"]]


def test_no_reading_changes_the_decoded_counts_it_shares_with_later_readings(histories: dict[str, Child]) -> None:
    first = every_figure()
    assert every_figure() == first
    texts = list(PeriodCount.objects.values_list("counts", flat=True))
    assert texts
    assert [period_counts.decoded(text) for text in texts] == [json.loads(text) for text in texts]


def test_a_period_that_is_not_whole_quarters_is_counted_each_time(histories: dict[str, Child]) -> None:
    window = Window(date(2024, 7, 1), date(2024, 8, 31))
    assert indicators(window)[histories["cautioned"].service_id].fte.count == 1
    assert not PeriodCount.objects.exists()


def test_a_change_forgets_the_counts_of_the_childs_service_over_periods_with_its_records(
    histories: dict[str, Child],
) -> None:
    every_figure()
    other_service = histories["sentenced"].service_id
    kept_elsewhere = set(PeriodCount.objects.filter(service_id=other_service).values_list("pk", flat=True))
    outcome(histories["cautioned"], "YRO", date(2024, 9, 1), committed=date(2024, 8, 15))
    after = every_figure()
    assert kept_elsewhere <= set(PeriodCount.objects.filter(service_id=other_service).values_list("pk", flat=True))
    assert after == counted_afresh()
    assert after[f"indicators service {QUARTER.window}"][histories["cautioned"].service_id].custody.count == 0
    assert after["tracker service"][histories["cautioned"].service_id][0].points[0].figure.reoffences == 2


@pytest.mark.parametrize(
    "change",
    [
        "archive the child",
        "move the child to another service",
        "move the child to another area",
        "archive an outcome",
        "date an offence later",
        "record another outcome",
        "change the child's ethnicity",
        "end the order later",
        "close the open order",
    ],
)
def test_after_any_change_the_kept_figures_equal_figures_counted_afresh(
    histories: dict[str, Child], change: str
) -> None:
    before = every_figure()
    cautioned, sentenced = histories["cautioned"], histories["sentenced"]
    if change == "archive the child":
        cautioned.archived_at = timezone.now()
        cautioned.save()
    elif change == "move the child to another service":
        cautioned.service = sentenced.service
        cautioned.local_authority = sentenced.local_authority
        cautioned.save()
    elif change == "move the child to another area":
        histories["elsewhere"].local_authority = cautioned.local_authority
        histories["elsewhere"].save()
    elif change == "archive an outcome":
        caution = cautioned.outcomes.get(outcome_type__code="YC")
        caution.archived_at = timezone.now()
        caution.save()
    elif change == "date an offence later":
        reoffence = cautioned.offences.get(offence_date=date(2024, 8, 1))
        reoffence.offence_date = date(2024, 12, 1)
        reoffence.save()
    elif change == "record another outcome":
        outcome(sentenced, "YCC", date(2024, 9, 15))
    elif change == "change the child's ethnicity":
        cautioned.ethnicity = "ASIAN_INDIAN"
        cautioned.save()
    elif change == "end the order later":
        order = sentenced.interventions.get()
        order.end_date = date(2024, 10, 15)
        order.save()
    elif change == "close the open order":
        order = cautioned.interventions.get()
        order.end_date = date(2025, 6, 1)
        order.save()
    after = every_figure()
    assert after == counted_afresh()
    assert after != before


def test_recounting_every_child_forgets_every_kept_count(histories: dict[str, Child]) -> None:
    every_figure()
    empty_service = ServiceFactory()
    indicators(QUARTER.window, services=[empty_service.pk])
    assert PeriodCount.objects.filter(service=empty_service).exists()
    call_command("recount_follow_ups", "--all", verbosity=0, stdout=StringIO())
    assert not PeriodCount.objects.exists()


def test_windows_counted_together_are_counted_in_one_call_for_the_services_each_misses(
    histories: dict[str, Child],
) -> None:
    calls: list[tuple[list[Window], list[int]]] = []

    def count(windows: list[Window], services: list[int] | None) -> list[period_counts.Counts]:
        calls.append((list(windows), list(services or [])))
        return [{service: {"": [window.start.month, service]} for service in services or []} for window in windows]

    services = sorted({c.service_id for c in histories.values()})
    quarters = [QUARTER.previous(n).window for n in range(3)]
    first = period_counts.kept_counts("probe", quarters, services, count, together=True)
    assert calls == [(quarters, services)]
    assert first == [{s: {"": [q.start.month, s]} for s in services} for q in quarters]

    # One service's count forgotten for one quarter: that quarter is counted again for that service alone.
    PeriodCount.objects.filter(calculation="probe", service_id=services[1], start=quarters[1].start).delete()
    calls.clear()
    assert period_counts.kept_counts("probe", quarters, services, count, together=True) == first
    assert calls == [([quarters[1]], [services[1]])]

    # Windows that overlap are never counted in one call; a window that is not whole quarters is counted each time.
    calls.clear()
    one = services[:1]
    year, within, after = year_ending(QUARTER), QUARTER.previous(3).window, QUARTER.previous(-1).window
    part = Window(QUARTER.start, date(2024, 8, 15))
    period_counts.kept_counts("probe", [year, within, after, part], one, count, together=True)
    period_counts.kept_counts("probe", [part, within], one, count, together=True)
    assert calls == [([year, after], one), ([within], one), ([part], one), ([part], one)]
