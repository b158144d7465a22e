"""KPIs 3 to 7 over hand-built children, with each numerator and denominator worked out here."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import ServiceFactory
from tests.performance.kpi_builders import QUARTER, child_of, order
from yjs.performance.kpis.measures import Tally, children_counts
from yjs.performance.kpis.quarterly_return import kpi_return

pytestmark = pytest.mark.django_db
ENDS = date(2025, 2, 14)


def test_send_counts_formal_plans_over_children_with_an_identified_need() -> None:
    service = ServiceFactory()
    order(child_of(service, send_status="ehcp"), "RO", ENDS)
    order(child_of(service, send_status="sen_support"), "RO", ENDS)
    order(child_of(service, send_status="sen_support"), "YRO", ENDS)
    order(child_of(service, send_status="none"), "RO", ENDS)  # no identified need: in neither
    order(child_of(service, send_status="not_known"), "RO", ENDS)

    send = children_counts(QUARTER.window)[service.pk]["send_formal_plan"]

    assert send == {"referral_order": Tally(1, 2), "youth_rehabilitation_order": Tally(0, 1)}


def test_mental_health_and_substance_misuse_are_over_every_child_with_an_order_ending() -> None:
    service = ServiceFactory()
    order(child_of(service, mental_health_concern=True, substance_misuse=True), "YCC", ENDS)
    order(child_of(service, mental_health_concern=True), "YCC", ENDS)
    order(child_of(service), "YCC", ENDS)
    order(child_of(service, substance_misuse=True), "DTO", ENDS)

    counts = children_counts(QUARTER.window)[service.pk]

    assert counts["mental_health_need"] == {"youth_conditional_caution": Tally(2, 3), "custodial_sentence": Tally(0, 1)}
    assert counts["substance_misuse_need"] == {"youth_conditional_caution": Tally(1, 3), "custodial_sentence": Tally(1, 1)}


def test_out_of_court_completion_is_over_out_of_court_programmes_only_and_unknown_is_not_completed() -> None:
    service = ServiceFactory()
    order(child_of(service), "CR", ENDS, ending="completed")
    order(child_of(service), "O20_21", ENDS, ending="breached")
    order(child_of(service), "YC", ENDS, ending="completed")
    order(child_of(service), "YCC", ENDS, ending=None)  # closed before the ending was recorded
    order(child_of(service), "RO", ENDS, ending="completed")  # a court order: not in KPI 6

    counts = children_counts(QUARTER.window)[service.pk]

    assert counts["oocd_completed"] == {
        "non_substantive_oocd": Tally(1, 2),
        "youth_caution": Tally(1, 1),
        "youth_conditional_caution": Tally(0, 1),
    }
    assert counts["oocd_ending_not_recorded"]["youth_conditional_caution"] == Tally(1, 1)


def test_wider_services_count_each_care_status_over_every_child() -> None:
    service = ServiceFactory()
    order(child_of(service, care_status="looked_after"), "RO", ENDS)
    order(child_of(service, care_status="child_protection"), "RO", ENDS)
    order(child_of(service, care_status="early_help"), "RO", ENDS)
    order(child_of(service, care_status="care_leaver"), "RO", ENDS)  # not one of the four
    order(child_of(service, care_status="none"), "RO", ENDS)

    counts = children_counts(QUARTER.window)[service.pk]

    assert counts["wider_looked_after"]["referral_order"] == Tally(1, 5)
    assert counts["wider_child_protection"]["referral_order"] == Tally(1, 5)
    assert counts["wider_child_in_need"]["referral_order"] == Tally(0, 5)
    assert counts["wider_early_help"]["referral_order"] == Tally(1, 5)
    assert counts["wider_any"]["referral_order"] == Tally(3, 5)


def test_a_child_with_two_orders_counts_once_under_the_more_serious() -> None:
    service = ServiceFactory()
    child = child_of(service, mental_health_concern=True)
    order(child, "CR", ENDS, ending="completed")
    order(child, "RO", date(2025, 1, 5))

    counts = children_counts(QUARTER.window)[service.pk]

    assert counts["mental_health_need"] == {"referral_order": Tally(1, 1)}
    assert "oocd_completed" not in counts  # the out-of-court programme is not the child's kept order


def test_the_return_gives_every_order_type_and_a_total_with_its_percentage() -> None:
    service = ServiceFactory()
    order(child_of(service, mental_health_concern=True), "RO", ENDS)
    order(child_of(service), "RO", ENDS)
    order(child_of(service, mental_health_concern=True), "YRO", ENDS)
    order(child_of(service), "YC", ENDS)

    rows = kpi_return(QUARTER.window, services=[service.pk])[service.pk]
    mental_health = {
        r.order_type: (r.numerator, r.denominator, r.percentage) for r in rows if r.measure == "mental_health_need"
    }

    assert mental_health == {
        "non_substantive_oocd": (0, 0, None),
        "youth_caution": (0, 1, 0.0),
        "youth_conditional_caution": (0, 0, None),
        "referral_order": (1, 2, 50.0),
        "youth_rehabilitation_order": (1, 1, 100.0),
        "custodial_sentence": (0, 0, None),
        "all": (2, 4, 50.0),
    }


def test_what_yjs_does_not_record_is_listed_without_a_figure() -> None:
    service = ServiceFactory()

    rows = kpi_return(QUARTER.window, services=[service.pk])[service.pk]
    missing = {(r.kpi, r.measure) for r in rows if r.status == "not recorded"}

    assert {kpi for kpi, _ in missing} == {7}
    assert all(r.numerator is None and r.denominator is None and r.note for r in rows if r.status == "not recorded")
    assert [r.kpi for r in rows] == sorted(r.kpi for r in rows)
