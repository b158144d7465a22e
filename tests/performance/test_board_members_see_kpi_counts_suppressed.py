"""A board member's KPI return: small counts hidden, and nothing that would give one back."""

from __future__ import annotations

from yjs.performance.kpis.cells import return_cells
from yjs.performance.kpis.measures import LENGTH, POSITIONS
from yjs.performance.kpis.quarterly_return import return_rows


def mental_health(aggregates_only: bool) -> dict[str, tuple[str, str, str]]:
    # 3 of 10 children on referral orders and 6 of 12 on YROs had a mental health need: 9 of 22 in all.
    tallies = {"referral_order": (3, 10), "youth_rehabilitation_order": (6, 12)}
    counts = [0] * LENGTH
    for order_type, at in POSITIONS["mental_health_need"]:
        counts[at], counts[at + 1] = tallies.get(order_type, (0, 0))
    rows = return_cells(return_rows(counts, {}, None), aggregates_only=aggregates_only)
    return {
        row.order_type: (shown.numerator, shown.denominator, shown.percentage)
        for row, shown in rows
        if row.measure == "mental_health_need"
    }


def test_staff_see_every_count():
    figures = mental_health(aggregates_only=False)
    assert figures["referral_order"] == ("3", "10", "30.0")
    assert figures["all"] == ("9", "22", "40.9")


def test_a_board_member_cannot_work_the_small_count_out_from_the_rest():
    figures = mental_health(aggregates_only=True)

    assert figures["referral_order"] == ("<5", "10", "")
    # With 9 in all shown, the 6 on YROs would give the 3 back, so it is withheld too: the reader knows only
    # that 1 to 4 plus at least 5 make 9.
    assert figures["youth_rehabilitation_order"] == ("[c]", "12", "")
    assert figures["all"] == ("9", "22", "40.9")


def test_an_order_type_with_no_children_stays_zero():
    figures = mental_health(aggregates_only=True)
    assert figures["custodial_sentence"] == ("0", "0", "")
