"""The kept reoffending follow-ups (performance.follow_ups) follow every change to the records they come from.

Each test changes a record the way the product does (a save, an outcome's offences set), then reads the
figures, which work out the marked children first. The index date is a youth caution on 15 May 2024 (cohort
2024Q1, 1 April to 30 June 2024).
"""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.performance.histories import area, child, offence, outcome
from yjs.performance.figures import Reoffending
from yjs.performance.follow_ups import recount, recount_marked, work_out
from yjs.performance.models import ChildToRecount, FollowUp, FollowUpOffence
from yjs.performance.periods import Quarter
from yjs.performance.reoffending import proven_reoffending
from yjs.performance.sql import month_key

pytestmark = pytest.mark.django_db

QUARTER = Quarter(2024, 1).window
INDEX = date(2024, 5, 15)


def figures(by: str = "service") -> dict[int, Reoffending]:
    return proven_reoffending(QUARTER, by=by)


def kept() -> set[tuple[object, ...]]:
    follow_ups = set(FollowUp.objects.values_list("kind", "child_id", "outcome_id", "event_date", "previous_date"))
    offences = set(
        FollowUpOffence.objects.values_list("follow_up__outcome_id", "offence_id", "committed_after", "proven_on")
    )
    return follow_ups | offences


def test_a_caution_saved_puts_the_child_in_the_cohort_and_archiving_it_takes_them_out():
    someone = child()
    caution = outcome(someone, "YC", INDEX)
    assert figures()[someone.service_id] == Reoffending(1, 0, 0)
    caution.archived_at = timezone.now()
    caution.save()
    assert someone.service_id not in figures()


def test_a_later_offence_linked_to_its_outcome_afterwards_becomes_a_reoffence():
    someone = child()
    outcome(someone, "YC", INDEX)
    later = offence(someone, date(2024, 9, 1))
    sentence = outcome(someone, "RO", date(2024, 12, 1), committed=date(2024, 5, 1))  # for an earlier offence
    assert figures()[someone.service_id] == Reoffending(1, 0, 0)
    sentence.offences.add(later)
    assert figures()[someone.service_id] == Reoffending(1, 1, 1)


def test_moving_a_child_to_another_local_authority_moves_their_follow_up():
    first = area()
    second = area(first.service)
    someone = child(authority=first)
    outcome(someone, "YC", INDEX)
    assert set(figures("local_authority")) == {first.pk}
    someone.local_authority = second
    someone.save()
    assert set(figures("local_authority")) == {second.pk}


def test_a_corrected_date_of_birth_that_makes_the_child_18_that_day_takes_them_out():
    someone = child(born=date(2008, 6, 15))
    outcome(someone, "YC", INDEX)
    assert figures()[someone.service_id].cohort == 1
    someone.date_of_birth = date(2006, 5, 15)  # 18 on the index date
    someone.save()
    assert someone.service_id not in figures()


def test_an_event_before_the_child_turned_10_still_makes_a_later_one_in_the_period_not_the_first():
    # 10th birthday on 1 May 2024: the caution of 20 April is not counted, and the one of 15 May is not the
    # first in the cohort, so the child is in no cohort at all, as the official method ranks them.
    someone = child(born=date(2014, 5, 1))
    outcome(someone, "YC", date(2024, 4, 20))
    outcome(someone, "YC", INDEX)
    assert someone.service_id not in figures()
    assert list(FollowUp.objects.filter(kind=FollowUp.OFFICIAL).values_list("event_date", "previous_date")) == [
        (INDEX, date(2024, 4, 20))
    ]


def test_marks_are_taken_away_once_worked_out_and_the_rows_equal_a_fresh_count_of_everyone():
    one, other = child(), child()
    outcome(one, "YC", INDEX)
    outcome(one, "RO", date(2024, 10, 1), committed=date(2024, 7, 1))
    outcome(other, "CR", date(2024, 6, 1))
    assert ChildToRecount.objects.exists()
    recount_marked()
    assert not ChildToRecount.objects.exists()
    incremental = kept()
    recount([one.pk, other.pk])
    assert kept() == incremental
    assert FollowUp.objects.filter(kind=FollowUp.OUT_OF_COURT, child=other).count() == 1


def test_a_later_offence_keeps_how_long_after_the_index_it_was_committed_and_when_it_was_first_proven():
    someone = child()
    caution = outcome(someone, "YC", INDEX)
    later = offence(someone, date(2024, 8, 20))
    outcome(someone, "YRO", date(2025, 3, 1), later)
    outcome(someone, "RO", date(2024, 12, 1), later)
    # Each of the three is a possible index event; the caution's follow-up is the one asked about here.
    [offences] = [
        offences
        for follow_up, offences in work_out([someone.pk])
        if follow_up.kind == FollowUp.OFFICIAL and follow_up.outcome_id == caution.pk
    ]
    assert offences == [
        {
            "child_id": someone.pk,
            "offence_id": later.pk,
            "committed_after": month_key(date(2024, 8, 20)) - month_key(INDEX),
            "proven_on": date(2024, 12, 1),
        }
    ]
    assert offences[0]["committed_after"] == 305  # three calendar months and five days


def test_an_archived_child_keeps_no_follow_ups():
    someone = child()
    outcome(someone, "YC", INDEX)
    someone.archived_at = timezone.now()
    someone.save()
    recount_marked()
    assert not FollowUp.objects.filter(child=someone).exists()


def test_the_command_works_out_every_child_and_says_how_many():
    someone = child()
    outcome(someone, "YC", INDEX)
    recount_marked()
    FollowUp.objects.all().delete()
    out = StringIO()
    call_command("recount_follow_ups", "--all", verbosity=0, stdout=out)
    assert "Worked out what is kept for the figures of 1 children." in out.getvalue()
    assert FollowUp.objects.filter(child=someone, kind=FollowUp.OFFICIAL).count() == 1


def test_a_child_marked_again_after_many_others_is_worked_out_once(monkeypatch):
    monkeypatch.setattr("yjs.performance.follow_ups.CHUNK", 2)
    one, other, third = child(), child(), child()
    ChildToRecount.objects.all().delete()
    for someone in (one, other, third, one):
        ChildToRecount.objects.create(child_id=someone.pk)
    worked_out = []
    assert recount_marked(progress=worked_out.append) == 3
    assert worked_out == [2, 1]
    assert not ChildToRecount.objects.exists()
