"""Proven reoffending, one quarter's cohort at a time: who is in the cohort and which reoffences count.

The cohort is 2024Q1 (1 April to 30 June 2024). Most children here have a youth caution on
15 May 2024, their index date: the follow-up runs to 15 May 2025 and the waiting period to 15 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.utils import timezone

from tests.performance.histories import area, child, offence, outcome
from yjs.justice.models import Outcome
from yjs.performance.figures import Reoffending
from yjs.performance.periods import Quarter
from yjs.performance.reoffending import proven_reoffending

pytestmark = pytest.mark.django_db

QUARTER = Quarter(2024, 1).window
INDEX = date(2024, 5, 15)


def figure_for(someone) -> Reoffending:  # type: ignore[no-untyped-def]
    return proven_reoffending(QUARTER).get(someone.service_id, Reoffending(0, 0, 0))


def cautioned_child():  # type: ignore[no-untyped-def]
    someone = child()
    outcome(someone, "YC", INDEX)
    return someone


def test_an_offence_proven_after_the_waiting_period_is_not_counted():
    someone = cautioned_child()
    outcome(someone, "RO", date(2025, 11, 16), committed=date(2025, 1, 10))
    assert figure_for(someone) == Reoffending(cohort=1, reoffenders=0, reoffences=0)


def test_an_offence_proven_on_the_last_day_of_the_waiting_period_is_counted():
    someone = cautioned_child()
    outcome(someone, "RO", date(2025, 11, 15), committed=date(2025, 1, 10))
    assert figure_for(someone) == Reoffending(cohort=1, reoffenders=1, reoffences=1)


def test_an_offence_committed_on_the_index_date_is_not_a_reoffence():
    someone = cautioned_child()
    outcome(someone, "YCC", date(2024, 8, 1), committed=INDEX)
    assert figure_for(someone) == Reoffending(1, 0, 0)


def test_an_offence_committed_before_the_index_date_never_counts_whenever_proven():
    someone = cautioned_child()
    outcome(someone, "YRO", date(2024, 9, 1), committed=date(2024, 5, 14))
    assert figure_for(someone) == Reoffending(1, 0, 0)


def test_the_follow_up_ends_twelve_calendar_months_after_the_index_date():
    last_day, day_after = cautioned_child(), cautioned_child()
    outcome(last_day, "RO", date(2025, 7, 1), committed=date(2025, 5, 15))
    outcome(day_after, "RO", date(2025, 7, 1), committed=date(2025, 5, 16))
    figures = proven_reoffending(QUARTER)
    # Both children belong to services of their own (each built with its own area).
    assert figures[last_day.service_id] == Reoffending(1, 1, 1)
    assert figures[day_after.service_id] == Reoffending(1, 0, 0)


def test_a_breach_is_not_a_reoffence():
    someone = cautioned_child()
    breach = offence(someone, date(2024, 7, 1), category="BREACH")
    outcome(someone, "YRO", date(2024, 8, 1), breach)
    assert figure_for(someone) == Reoffending(1, 0, 0)


def test_an_offence_with_two_outcomes_counts_once_and_two_offences_in_one_outcome_count_twice():
    someone = cautioned_child()
    theft = offence(someone, date(2024, 7, 1))
    outcome(someone, "YCC", date(2024, 8, 1), theft)
    outcome(someone, "RO", date(2024, 10, 1), theft)
    damage, assault = offence(someone, date(2024, 9, 1), "CRIMINAL_DAMAGE"), offence(someone, date(2024, 9, 2))
    outcome(someone, "RO", date(2024, 11, 1), damage, assault)
    assert figure_for(someone) == Reoffending(cohort=1, reoffenders=1, reoffences=3)


def test_only_a_caution_or_a_court_outcome_proves_a_reoffence():
    someone = cautioned_child()
    outcome(someone, "CR", date(2024, 8, 1), committed=date(2024, 7, 1))
    outcome(someone, "NFA", date(2024, 8, 1), committed=date(2024, 7, 2))
    assert figure_for(someone) == Reoffending(1, 0, 0)


def test_custody_enters_the_cohort_at_release_not_at_sentence():
    released_in_quarter = child()
    outcome(released_in_quarter, "DTO", date(2024, 1, 10), released=INDEX)
    # Committed between sentence and release: before the index date, so not a reoffence.
    outcome(released_in_quarter, "YRO", date(2024, 7, 1), committed=date(2024, 3, 1))
    outcome(released_in_quarter, "YRO", date(2024, 8, 1), committed=date(2024, 6, 1))
    sentenced_in_quarter = child()
    outcome(sentenced_in_quarter, "DTO", date(2024, 5, 1), released=date(2024, 9, 1))
    still_inside = child()
    outcome(still_inside, "DTO", date(2024, 5, 1))
    figures = proven_reoffending(QUARTER)
    assert figures[released_in_quarter.service_id] == Reoffending(1, 1, 1)
    assert sentenced_in_quarter.service_id not in figures
    assert still_inside.service_id not in figures


def test_a_child_aged_18_on_the_index_date_is_not_in_the_cohort():
    eighteen = child(born=date(2006, 5, 15))
    seventeen = child(born=date(2006, 5, 16))
    for someone in (eighteen, seventeen):
        outcome(someone, "YC", INDEX)
    figures = proven_reoffending(QUARTER)
    assert eighteen.service_id not in figures
    assert figures[seventeen.service_id] == Reoffending(1, 0, 0)


def test_a_reoffence_proven_after_the_period_counts_but_an_index_event_after_it_does_not():
    someone = cautioned_child()
    outcome(someone, "RO", date(2025, 2, 1), committed=date(2024, 12, 1))
    later = child()
    outcome(later, "YC", date(2024, 7, 1))
    figures = proven_reoffending(QUARTER)
    assert figures[someone.service_id] == Reoffending(1, 1, 1)
    assert later.service_id not in figures


def test_the_index_is_the_child_s_first_event_in_the_period():
    someone = child()
    outcome(someone, "YC", date(2024, 4, 10))
    # Committed after the first event and proven inside the period: a reoffence, not a second index.
    outcome(someone, "RO", date(2024, 6, 20), committed=date(2024, 5, 1))
    assert figure_for(someone) == Reoffending(cohort=1, reoffenders=1, reoffences=1)


def test_out_of_court_outcomes_without_a_caution_are_not_index_events():
    someone = child()
    outcome(someone, "CR", INDEX)
    outcome(someone, "O22", INDEX)
    assert someone.service_id not in proven_reoffending(QUARTER)


def test_archived_outcomes_and_offences_never_count():
    someone = cautioned_child()
    archived_offence = offence(someone, date(2024, 7, 1))
    outcome(someone, "RO", date(2024, 8, 1), archived_offence)
    archived_offence.archived_at = timezone.now()
    archived_offence.save()
    archived_proof = outcome(someone, "RO", date(2024, 9, 1), committed=date(2024, 8, 15))
    archived_proof.archived_at = timezone.now()
    archived_proof.save()
    archived_index = child(authority=area(someone.service))
    outcome(archived_index, "YC", INDEX)
    for archived in Outcome.objects.filter(child=archived_index):
        archived.archived_at = timezone.now()
        archived.save()
    assert figure_for(someone) == Reoffending(1, 0, 0)


def test_the_figures_are_read_as_rates():
    reoffender = cautioned_child()
    other = child(authority=area(reoffender.service))
    outcome(other, "YC", INDEX)
    theft, damage = offence(reoffender, date(2024, 7, 1)), offence(reoffender, date(2024, 7, 2), "CRIMINAL_DAMAGE")
    outcome(reoffender, "RO", date(2024, 8, 1), theft, damage)
    figure = figure_for(reoffender)
    assert figure == Reoffending(2, 1, 2)
    assert (figure.binary_rate, figure.per_reoffender, figure.per_child) == (50.0, 2.0, 1.0)
