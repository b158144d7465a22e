"""The feedback analysis on a hand-built set whose answers are worked out here, and the grouped query behind it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import InterventionFactory, OutcomeFactory
from tests.parenting.factories import FeedbackFactory
from yjs.justice.models import OutcomeType
from yjs.parenting.feedback_analysis import Row, analyse, quarter_of
from yjs.parenting.feedback_rows import feedback_rows
from yjs.performance.periods import Quarter, quarters_ending

QUARTERS = quarters_ending(Quarter(2025, 1), 8)  # 2023Q2 (April to June 2023) to 2025Q1 (April to June 2025)
ROWS = [
    # March 2025 is the last month of 2024Q4; April 2025 the first of 2025Q1.
    Row(2025, 3, "referral_order", "child", responses=3, score_total=24, good=3),
    Row(2025, 4, "referral_order", "child", responses=2, score_total=14, good=1),
    Row(2025, 6, "youth_rehabilitation_order", "child", responses=5, score_total=35, good=3),
    Row(2025, 6, None, "carer", responses=1, score_total=5, good=0),
    # March 2024 is 2023Q4: in the 8 quarters, not in the 12 months the types are counted over.
    Row(2024, 3, "referral_order", "carer", responses=4, score_total=20, good=1),
    # July 2025 (2025Q2) and March 2023 (2022Q4) fall outside the 8 quarters.
    Row(2025, 7, "referral_order", "child", responses=9, score_total=90, good=9),
    Row(2023, 3, "referral_order", "child", responses=9, score_total=0, good=0),
]


def test_a_month_belongs_to_the_yjb_quarter_that_starts_in_april() -> None:
    assert quarter_of(2025, 3) == Quarter(2024, 4)
    assert quarter_of(2025, 4) == Quarter(2025, 1)
    assert quarter_of(2024, 12) == Quarter(2024, 3)
    assert quarter_of(2024, 6) == Quarter(2024, 1)


def test_staff_see_each_quarter_s_responses_mean_and_share_scoring_seven_or_more() -> None:
    found = analyse(ROWS, QUARTERS, protect=False)
    children = dict(zip(QUARTERS, found.by_quarter["child"], strict=True))
    assert [children[q].responses.value for q in QUARTERS] == [0, 0, 0, 0, 0, 0, 3, 7]
    # 2024Q4: 24 / 3 = 8.0, all three 7 or more. 2025Q1: (14 + 35) / 7 = 7.0, 4 of 7 scoring 7 or more.
    assert children[Quarter(2024, 4)].mean == 8.0
    assert children[Quarter(2024, 4)].good_share == 100.0
    assert children[Quarter(2025, 1)].mean == 7.0
    assert children[Quarter(2025, 1)].good_share == pytest.approx(400 / 7)
    assert children[Quarter(2023, 2)].mean is None
    parents = dict(zip(QUARTERS, found.by_quarter["carer"], strict=True))
    assert parents[Quarter(2023, 4)].responses.value == 4
    assert parents[Quarter(2023, 4)].mean == 5.0
    assert parents[Quarter(2025, 1)].good_share == 0.0


def test_the_types_are_counted_over_the_twelve_months_to_the_chosen_quarter() -> None:
    found = analyse(ROWS, QUARTERS, protect=False)
    assert found.types == ("referral_order", "youth_rehabilitation_order", "other")
    order = found.by_type["child"]["referral_order"]
    # 3 in March and 2 in April: (24 + 14) / 5 = 7.6, and 4 of the 5 scored 7 or more.
    assert (order.responses.value, order.mean, order.good_share) == (5, 7.6, 80.0)
    yro = found.by_type["child"]["youth_rehabilitation_order"]
    assert (yro.responses.value, yro.mean, yro.good_share) == (5, 7.0, 60.0)
    assert found.by_type["child"]["other"].responses.value == 0
    # The parent's answer about an intervention of no KPI type is "other"; March 2024's four are outside the year.
    assert found.by_type["carer"]["other"].responses.value == 1
    assert found.by_type["carer"]["referral_order"].responses.value == 0
    year = found.year["child"]
    assert (year.responses.value, year.mean, year.good_share) == (10, 7.3, 70.0)


def test_a_board_member_sees_small_counts_withheld_and_no_mean_over_fewer_than_five() -> None:
    found = analyse(ROWS, QUARTERS, protect=True)
    children = dict(zip(QUARTERS, found.by_quarter["child"], strict=True))
    # 2024Q4's 3 is "<5"; the year's 10 less 2025Q1's 7 would give it back, so the 7 is withheld too.
    assert children[Quarter(2024, 4)].responses.text == "<5"
    assert children[Quarter(2025, 1)].responses.text == "[c]"
    assert children[Quarter(2024, 4)].mean is None
    assert children[Quarter(2024, 4)].mean_withheld
    assert children[Quarter(2025, 1)].mean is None
    assert children[Quarter(2025, 1)].mean_withheld
    assert children[Quarter(2023, 2)].responses.text == "0"
    assert not children[Quarter(2023, 2)].mean_withheld
    # Five referral-order answers: the mean is shown; 4 of 5 scoring 7 or more would say 1 did not.
    order = found.by_type["child"]["referral_order"]
    assert (order.responses.text, order.mean, order.good_share) == ("5", 7.6, None)
    assert order.share_withheld
    year = found.year["child"]
    assert (year.responses.text, year.mean) == ("10", 7.3)
    assert year.good_share is None  # 3 of the 10 scored under 7
    parents = found.year["carer"]
    assert (parents.responses.text, parents.mean) == ("<5", None)
    assert found.by_type["carer"]["other"].responses.text == "<5"


def test_staff_see_a_mean_over_fewer_than_five() -> None:
    found = analyse(ROWS, QUARTERS, protect=False)
    assert found.year["carer"].mean == 5.0
    assert found.year["carer"].responses.text == "1"


@pytest.mark.django_db
def test_the_grouped_query_sums_by_month_order_type_and_respondent(cast) -> None:  # type: ignore[no-untyped-def]
    order = cast.intervention  # a referral order from 1 April 2025
    yro = InterventionFactory(
        outcome=OutcomeFactory(child=cast.child, service=cast.service, outcome_type=OutcomeType.objects.get(code="YRO")),
        team=order.team,
        start_date=date(2024, 1, 10),
    )
    FeedbackFactory(intervention=order, given_on=date(2025, 4, 1), score=9)
    FeedbackFactory(intervention=order, given_on=date(2025, 4, 30), score=6)
    FeedbackFactory(intervention=yro, given_on=date(2025, 3, 31), score=7)
    carer = cast.child.carers.create(service=cast.service, name="Sam Testcase", relationship="Father")
    FeedbackFactory(intervention=yro, given_on=date(2025, 3, 1), score=4, respondent="carer", carer=carer)
    archived = FeedbackFactory(intervention=yro, given_on=date(2025, 3, 2), score=10)
    archived.archived_at = archived.created_at
    archived.save()
    FeedbackFactory(intervention=yro, given_on=date(2024, 3, 31), score=1)  # before the window asked for

    rows = feedback_rows(cast.service.pk, date(2024, 4, 1), date(2025, 6, 30))
    assert sorted(rows, key=lambda row: (row.year, row.month, row.respondent)) == [
        Row(2025, 3, "youth_rehabilitation_order", "carer", 1, 4, 0),
        Row(2025, 3, "youth_rehabilitation_order", "child", 1, 7, 1),
        Row(2025, 4, "referral_order", "child", 2, 15, 1),
    ]
    found = analyse(rows, quarters_ending(Quarter(2025, 1), 8), protect=False)
    # 31 March is the last day of 2024Q4, 1 April the first of 2025Q1.
    assert found.by_quarter["child"][-2].responses.value == 1
    assert found.by_quarter["child"][-1].mean == 7.5
