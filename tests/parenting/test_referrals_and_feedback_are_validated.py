"""The services refuse what cannot be true: scores out of 10, dates in order, records of this child; and keep history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests.conftest import Cast
from tests.factories import CarerFactory, ChildFactory, InterventionFactory
from tests.parenting.factories import ProgrammeFactory
from yjs.core.concurrency import StaleRecordError
from yjs.parenting import services
from yjs.parenting.models import FeedbackResponse, ParentingReferral

pytestmark = pytest.mark.django_db


def _carer(cast: Cast):  # type: ignore[no-untyped-def]
    return CarerFactory(child=cast.child, name="Pat Testcase", relationship="Mother")


def _refer(cast: Cast, **changes):  # type: ignore[no-untyped-def]
    data = {"carer": _carer(cast), "referred_on": date(2025, 4, 10), "basis": "voluntary", "programme": None} | changes
    return services.refer_parent(cast.case_manager, cast.child, data)


def _refusal(call) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.message_dict


def test_a_referral_starts_as_offered_and_records_who_referred(cast: Cast) -> None:
    referral = _refer(cast, programme=ProgrammeFactory(service=cast.service, name="Triple P Teen"))
    assert referral.status == "offered"
    assert referral.referred_by == cast.case_manager
    assert referral.history.first().history_user == cast.case_manager


def test_only_this_child_s_parents_and_this_service_s_programmes_may_be_chosen(cast: Cast) -> None:
    stranger = CarerFactory(child=ChildFactory(service=cast.service))
    assert "carer" in _refusal(lambda: _refer(cast, carer=stranger))
    elsewhere = ProgrammeFactory(service=cast.other_service)
    assert "programme" in _refusal(lambda: _refer(cast, programme=elsewhere))


def test_a_referral_cannot_be_dated_in_the_future(cast: Cast) -> None:
    tomorrow = timezone.localdate() + timedelta(days=1)
    assert "referred_on" in _refusal(lambda: _refer(cast, referred_on=tomorrow))


@pytest.mark.parametrize(
    ("progress", "field"),
    [
        ({"status": "accepted", "start_date": date(2025, 4, 9)}, "start_date"),  # before the referral
        ({"status": "completed", "start_date": date(2025, 5, 1)}, "end_date"),  # completed with no end
        ({"status": "withdrawn", "start_date": date(2025, 5, 1), "end_date": date(2025, 4, 30)}, "end_date"),
        ({"status": "accepted", "start_date": date(2025, 5, 1), "end_date": date(2025, 6, 1)}, "end_date"),  # open
        ({"status": "accepted", "sessions_offered": 4, "sessions_attended": 5}, "sessions_attended"),
        ({"status": "offered", "sessions_offered": 2, "sessions_attended": 1}, "sessions_attended"),
        ({"status": "declined", "sessions_offered": 2}, "status"),
        ({"status": "completed", "end_date": date(2025, 6, 1)}, "start_date"),  # completed but never started
    ],
)
def test_progress_that_cannot_be_true_is_refused(cast: Cast, progress: dict, field: str) -> None:
    referral = _refer(cast)
    data = {"start_date": None, "end_date": None, "sessions_offered": 0, "sessions_attended": 0, "notes": ""} | progress
    assert field in _refusal(lambda: services.record_progress(cast.case_manager, referral, data, referral.version))
    referral.refresh_from_db()
    assert referral.status == "offered"


def test_attendance_is_saved_with_its_history(cast: Cast) -> None:
    referral = _refer(cast)
    data = {"status": "accepted", "start_date": date(2025, 5, 1), "sessions_offered": 6, "sessions_attended": 4}
    services.record_progress(cast.team_manager, referral, data, referral.version)
    referral.refresh_from_db()
    assert (referral.status, referral.sessions_attended, referral.sessions_offered) == ("accepted", 4, 6)
    assert referral.attendance_rate == pytest.approx(66.67, abs=0.01)
    assert [row.status for row in referral.history.order_by("history_date")] == ["offered", "accepted"]
    assert referral.history.latest("history_date").history_user == cast.team_manager


def test_a_save_from_a_stale_page_is_refused(cast: Cast) -> None:
    referral = _refer(cast)
    opened = referral.version
    services.record_progress(cast.case_manager, referral, {"status": "accepted"}, opened)
    stale = ParentingReferral.objects.get(pk=referral.pk)
    with pytest.raises(StaleRecordError):
        services.record_progress(cast.team_manager, stale, {"status": "declined"}, opened)
    assert ParentingReferral.objects.get(pk=referral.pk).status == "accepted"


def _feedback(cast: Cast, **changes) -> FeedbackResponse:  # type: ignore[no-untyped-def]
    data = {
        "intervention": cast.intervention,
        "respondent": "child",
        "carer": None,
        "given_on": date(2025, 5, 1),
        "score": 8,
        "went_well": "My worker listened.",
        "could_be_better": "",
        "may_quote": True,
    } | changes
    return services.record_feedback(cast.case_manager, cast.child, data)


def test_feedback_is_recorded_with_its_history(cast: Cast) -> None:
    response = _feedback(cast)
    assert (response.score, response.may_quote) == (8, True)
    assert response.history.first().history_user == cast.case_manager


@pytest.mark.parametrize("score", [-1, 11, 100])
def test_a_score_outside_0_to_10_is_refused(cast: Cast, score: int) -> None:
    assert "score" in _refusal(lambda: _feedback(cast, score=score))


@pytest.mark.parametrize("score", [0, 10])
def test_0_and_10_are_scores(cast: Cast, score: int) -> None:
    assert _feedback(cast, score=score).score == score


def test_feedback_may_not_be_dated_before_the_intervention_started(cast: Cast) -> None:
    # The cast's intervention started on 1 April 2025.
    errors = _refusal(lambda: _feedback(cast, given_on=date(2025, 3, 31)))
    assert errors["given_on"] == ["The date given must be the same as or after the intervention started (1 April 2025)."]
    assert _feedback(cast, given_on=date(2025, 4, 1)).given_on == date(2025, 4, 1)


def test_feedback_may_not_be_dated_in_the_future(cast: Cast) -> None:
    assert "given_on" in _refusal(lambda: _feedback(cast, given_on=timezone.localdate() + timedelta(days=1)))


def test_a_parent_s_feedback_names_which_parent_and_a_child_s_names_none(cast: Cast) -> None:
    carer = _carer(cast)
    assert "carer" in _refusal(lambda: _feedback(cast, respondent="carer"))
    assert "carer" in _refusal(lambda: _feedback(cast, respondent="child", carer=carer))
    other = CarerFactory(child=ChildFactory(service=cast.service))
    assert "carer" in _refusal(lambda: _feedback(cast, respondent="carer", carer=other))
    assert _feedback(cast, respondent="carer", carer=carer).carer == carer


def test_feedback_is_about_one_of_this_child_s_interventions(cast: Cast) -> None:
    someone_else = InterventionFactory(service=cast.service, start_date=date(2025, 1, 1))
    assert "intervention" in _refusal(lambda: _feedback(cast, intervention=someone_else))


@pytest.mark.parametrize("role", ["board_member", "police_officer", "auditor", "health_worker"])
def test_roles_that_do_not_record_are_refused_by_the_services(cast: Cast, role: str) -> None:
    user = cast.user(role)
    with pytest.raises(PermissionDenied):
        services.record_feedback(user, cast.child, {"intervention": cast.intervention, "score": 5})
    with pytest.raises(PermissionDenied):
        services.refer_parent(user, cast.child, {"carer": _carer(cast)})
    assert not FeedbackResponse.objects.exists()
