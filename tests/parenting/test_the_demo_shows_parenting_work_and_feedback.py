"""The demo's parenting work and feedback: an example of each, records that pass their own checks, made once."""

from __future__ import annotations

from datetime import date
from io import StringIO
from statistics import mean

import pytest
from django.core.management import call_command

from yjs.parenting.models import FeedbackResponse, ParentingProgramme, ParentingReferral
from yjs.parenting.vocabularies import ReferralStatus
from yjs.performance.periods import Quarter, quarters_ending

AS_OF = date(2026, 6, 30)

pytestmark = pytest.mark.django_db


def _demo() -> None:
    call_command("demo", children=300, as_of=AS_OF, stdout=StringIO(), verbosity=0)


def _sizes() -> tuple[int, int, int]:
    return ParentingProgramme.objects.count(), ParentingReferral.objects.count(), FeedbackResponse.objects.count()


def test_the_demo_has_an_example_of_each_and_running_it_again_changes_nothing() -> None:
    _demo()
    assert ParentingProgramme.objects.count() == 4
    referrals = ParentingReferral.objects.all()
    assert {referral.status for referral in referrals} == set(ReferralStatus.values)
    # Every referral is on the demo case manager's caseload, so their "Parents and feedback" tabs show them.
    assert not referrals.exclude(referred_by__username="casemanager").exists()
    for record in [*referrals, *FeedbackResponse.objects.all()]:
        record.full_clean()
    assert referrals.filter(sessions_attended__gt=0).exists()

    answers = FeedbackResponse.objects.all()
    quarters = quarters_ending(Quarter.containing(AS_OF), 8)
    counts = {
        (str(quarter), respondent): answers.filter(
            respondent=respondent, given_on__range=(quarter.start, quarter.end)
        ).count()
        for quarter in quarters
        for respondent in ("child", "carer")
    }
    # Enough in every quarter for a board member to see the mean (5 or more), even in this small demo.
    assert min(counts.values()) >= 5, counts
    assert not answers.filter(given_on__lt=quarters[0].start).exists()
    children = [answer.score for answer in answers.filter(respondent="child")]
    parents = [answer.score for answer in answers.filter(respondent="carer")]
    assert 7 <= mean(children) <= 9
    assert mean(parents) < mean(children)
    assert answers.exclude(went_well="").exists()
    assert answers.filter(intervention__case_manager__username="casemanager").exists()

    made = _sizes()
    _demo()
    assert _sizes() == made
