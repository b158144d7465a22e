from __future__ import annotations

from datetime import date

import pytest

from tests.synth.conftest import synth_once
from yjs.casework.models import Allocation, Assessment, Contact, Intervention, Plan, Review
from yjs.casework.services import recompute_next_review
from yjs.children.models import Carer, Child
from yjs.core.models import LocalAuthority, Service, Team, User
from yjs.core.roles import Role
from yjs.justice.models import Offence, Outcome
from yjs.synth.logins import USERNAMES

AS_OF = date(2026, 6, 30)


built = synth_once(children=60, services=2, seed=7, as_of=AS_OF, demo_users=True)


@pytest.fixture
def small_run(built: None, db) -> None:  # type: ignore[no-untyped-def]
    return None


def test_it_makes_the_services_and_children_asked_for(small_run: None) -> None:
    assert Service.objects.count() == 2
    assert Child.objects.count() == 60
    for service in Service.objects.all():
        assert LocalAuthority.objects.filter(service=service).count() == 2
        assert Team.objects.filter(service=service).count() in {2, 3}


def test_every_child_has_an_offence_and_an_outcome(small_run: None) -> None:
    assert not Child.objects.filter(offences__isnull=True).exists()
    assert not Child.objects.filter(outcomes__isnull=True).exists()
    assert not Outcome.objects.filter(offences__isnull=True).exists()


def test_about_one_child_in_ten_is_on_the_open_caseload(small_run: None) -> None:
    assert 4 <= Intervention.objects.open().count() <= 8
    assert not Intervention.objects.open().filter(case_manager__isnull=True).exists()
    assert not Intervention.objects.filter(allocations__isnull=True).exists()


def test_records_pass_their_own_validation(small_run: None) -> None:
    for model in (Child, Carer, Offence, Outcome, Intervention, Assessment, Plan, Review, Contact):
        for record in model.objects.order_by("pk")[:25]:
            record.full_clean()
    for allocation in Allocation.objects.all()[:25]:
        allocation.full_clean()


def test_an_assessment_with_raised_risk_says_who_is_at_risk_and_how(small_run: None) -> None:
    raised = Assessment.objects.filter(rosh_rating__in=["medium", "high", "very_high"])
    assert raised.exists()
    assert not raised.filter(who_is_at_risk="").exists()
    assert not raised.filter(nature_of_risk="").exists()


def test_closed_interventions_have_an_end_date_and_no_review_due(small_run: None) -> None:
    closed = Intervention.objects.filter(end_date__isnull=False)
    assert closed.exists()
    assert not closed.filter(next_review_due__isnull=False).exists()
    assert not closed.filter(closure_reason="").exists()


def test_the_next_review_is_what_the_casework_service_would_work_out(small_run: None) -> None:
    for intervention in Intervention.objects.open():
        stored = intervention.next_review_due
        assert recompute_next_review(intervention) == stored


def test_custody_is_rare_and_released_children_have_a_release_date(small_run: None) -> None:
    custody = Outcome.objects.filter(outcome_type__custodial=True)
    assert custody.count() < Outcome.objects.count() * 0.1
    assert not Outcome.objects.filter(outcome_type__custodial=False, release_date__isnull=False).exists()


def test_nothing_has_happened_after_the_day_the_data_is_current_to(small_run: None) -> None:
    assert not Offence.objects.filter(offence_date__gt=AS_OF).exists()
    assert not Outcome.objects.filter(outcome_date__gt=AS_OF).exists()
    assert not Outcome.objects.filter(release_date__gt=AS_OF).exists()
    assert not Intervention.objects.filter(start_date__gt=AS_OF).exists()
    assert not Review.objects.filter(review_date__gt=AS_OF).exists()
    assert not Contact.objects.filter(scheduled_at__date__gt=AS_OF).exclude(status="planned").exists()


def test_demo_users_are_made_in_the_first_service_on_request(small_run: None) -> None:
    first = Service.objects.order_by("pk").first()
    assert set(User.objects.filter(username__in=USERNAMES.values()).values_list("service", flat=True)) == {first.pk}
    assert User.objects.get(username="casemanager").role == Role.CASE_MANAGER
