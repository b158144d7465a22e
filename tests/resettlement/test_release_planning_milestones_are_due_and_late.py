"""Release planning on hand-built dates: when each milestone is due, which are late, and days before release."""

from __future__ import annotations

from datetime import date

from yjs.resettlement import release_planning as rp

START = date(2025, 6, 2)  # a Monday
RELEASE = date(2025, 9, 30)


def test_the_first_meeting_is_due_ten_working_days_after_custody_begins_skipping_holidays() -> None:
    rule = rp.rule_for("initial_meeting")
    # Ten working days from Monday 2 June: Monday 16 June; a bank holiday on 9 June pushes it to the 17th.
    assert rp.due_date(rule, START, RELEASE) == date(2025, 6, 16)
    assert rp.due_date(rule, START, RELEASE, holidays=[date(2025, 6, 9)]) == date(2025, 6, 17)


def test_the_release_address_is_due_28_days_before_release_and_has_no_date_without_one() -> None:
    rule = rp.rule_for(rp.ADDRESS_CONFIRMED)
    assert rp.due_date(rule, START, RELEASE) == date(2025, 9, 2)
    assert rp.due_date(rule, START, None) is None


def test_a_service_sets_its_own_number_of_days() -> None:
    rules = rp.milestone_rules({rp.ADDRESS_CONFIRMED: 42})
    assert rp.rule_for(rp.ADDRESS_CONFIRMED, rules).days == 42
    assert rp.due_date(rp.rule_for(rp.ADDRESS_CONFIRMED, rules), START, RELEASE) == date(2025, 8, 19)


def test_a_milestone_is_done_done_late_due_or_late() -> None:
    due = date(2025, 9, 2)
    assert rp.milestone_state(due, date(2025, 9, 2), date(2025, 9, 20)) == rp.State.DONE
    assert rp.milestone_state(due, date(2025, 9, 3), date(2025, 9, 20)) == rp.State.DONE_LATE
    assert rp.milestone_state(due, None, date(2025, 9, 2)) == rp.State.DUE
    assert rp.milestone_state(due, None, date(2025, 9, 3)) == rp.State.OVERDUE
    assert rp.milestone_state(None, None, date(2025, 9, 3)) == rp.State.NO_DATE


def test_a_plan_lists_every_milestone_and_the_next_ones_soonest_first() -> None:
    today = date(2025, 9, 10)
    states = rp.plan(START, RELEASE, {"initial_meeting": date(2025, 6, 20), "ete_arranged": date(2025, 9, 1)}, today)
    by_code = {s.code: s for s in states}
    assert by_code["initial_meeting"].state == rp.State.DONE_LATE  # due 16 June, held 20 June
    assert by_code[rp.ADDRESS_CONFIRMED].state == rp.State.OVERDUE  # due 2 September
    assert by_code["ete_arranged"].state == rp.State.DONE  # due 16 September
    assert by_code["health_arranged"].state == rp.State.DUE  # due 16 September
    assert by_code["release_meeting"].due == date(2025, 9, 20)
    assert [s.code for s in rp.next_milestones(states)] == [rp.ADDRESS_CONFIRMED, "health_arranged", "release_meeting"]


def test_days_before_release_counts_calendar_days_and_goes_negative_after_release() -> None:
    assert rp.days_before_release(RELEASE, date(2025, 9, 2)) == 28
    assert rp.days_before_release(RELEASE, RELEASE) == 0
    assert rp.days_before_release(RELEASE, date(2025, 10, 2)) == -2
    assert rp.days_before_release(RELEASE, None) is None
    assert rp.days_before_release(None, date(2025, 9, 2)) is None


def test_the_board_summary_gives_the_median_and_those_short_of_the_target() -> None:
    # Five releases: confirmed 40, 30, 10 and 2 days before, and one never confirmed. Target 28 days.
    found = rp.address_confirmation([40, 30, 10, 2, None], 28)
    assert (found.releases, found.confirmed, found.not_confirmed) == (5, 4, 1)
    assert found.median_days == 20  # the middle of 2, 10, 30, 40
    assert found.fewer_than_target == 2  # 10 and 2


def test_the_board_summary_of_no_releases_has_no_median() -> None:
    found = rp.address_confirmation([], 28)
    assert (found.releases, found.median_days) == (0, None)
