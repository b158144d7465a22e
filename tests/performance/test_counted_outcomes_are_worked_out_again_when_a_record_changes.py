"""The kept counted outcomes (performance.counted_outcomes) follow every change to the records they come from.

Each test changes a record the way the product does, then reads the figures, which work out the marked children
first. The period is April 2024 to March 2025.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.utils import timezone

from tests.performance.histories import child, outcome
from yjs.justice.models import OutcomeType
from yjs.performance.counted_outcomes import work_out
from yjs.performance.custody import custodial_sentences
from yjs.performance.disproportionality import ETHNIC_GROUP, stage_counts
from yjs.performance.first_time_entrants import entrant_counts
from yjs.performance.follow_ups import recount, recount_marked
from yjs.performance.models import CountedOutcome
from yjs.performance.periods import Window

pytestmark = pytest.mark.django_db

YEAR = Window(date(2024, 4, 1), date(2025, 3, 31))


def test_archiving_an_earlier_caution_makes_the_later_one_the_first_entry():
    someone = child()
    earlier = outcome(someone, "YC", date(2023, 11, 1))
    outcome(someone, "YC", date(2024, 9, 1))
    assert entrant_counts(YEAR) == {}
    earlier.archived_at = timezone.now()
    earlier.save()
    assert entrant_counts(YEAR) == {someone.service_id: 1}


def test_a_corrected_ethnicity_moves_the_child_between_groups():
    someone = child(ethnicity="W_BRITISH")
    outcome(someone, "CR", date(2024, 9, 1))
    assert stage_counts(YEAR, ETHNIC_GROUP)[someone.service_id]["out_of_court"] == {"white": 1}
    someone.ethnicity = "B_CARIBBEAN"
    someone.save()
    assert stage_counts(YEAR, ETHNIC_GROUP)[someone.service_id]["out_of_court"] == {"black": 1}


def test_a_registry_change_to_an_outcome_type_changes_what_its_outcomes_count_as():
    someone = child()
    outcome(someone, "YRO", date(2024, 9, 1))
    assert custodial_sentences(YEAR) == {}
    youth_rehabilitation_order = OutcomeType.objects.get(code="YRO")
    youth_rehabilitation_order.custodial = True
    youth_rehabilitation_order.save()
    assert custodial_sentences(YEAR) == {someone.service_id: 1}


def test_only_outcomes_of_a_child_aged_10_to_17_that_day_are_kept_and_a_fresh_count_changes_nothing():
    someone = child(born=date(2006, 10, 1))  # 18 on 1 October 2024
    at_17 = outcome(someone, "YC", date(2024, 9, 30))
    outcome(someone, "RO", date(2024, 10, 1))
    assert [row.outcome_id for row in work_out([someone.pk])] == [at_17.pk]
    recount_marked()
    kept = list(CountedOutcome.objects.values_list("outcome_id", "first_entry", "court", "out_of_court"))
    assert kept == [(at_17.pk, True, False, True)]
    recount([someone.pk])
    assert list(CountedOutcome.objects.values_list("outcome_id", "first_entry", "court", "out_of_court")) == kept
