"""The plan's services: who may change it, dates in order, done actions need a date, closing waits for every action."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests.conftest import Cast
from tests.governance.factories import ActionFactory, RecommendationFactory
from yjs.governance import improvement_services as services
from yjs.governance.models import ProgressUpdate, Recommendation
from yjs.governance.vocabularies import PlanOwner, PlanStatus

pytestmark = pytest.mark.django_db

REPORT = {
    "source_kind": "inspection_report",
    "source_title": "HMIP inspection, January 2023",
    "made_on": date(2023, 6, 13),
    "number": 1,
    "text": "Review board arrangements and consider independent chairing.",
    "owner": PlanOwner.BOARD,
}


def test_a_service_manager_adds_a_recommendation_and_its_history_says_who(cast: Cast) -> None:
    made = services.add_recommendation(cast.service_manager, REPORT)
    assert made.service == cast.service
    assert made.status == PlanStatus.OPEN
    assert made.history.get().history_user == cast.service_manager


def test_a_report_cannot_have_two_recommendations_with_one_number(cast: Cast) -> None:
    services.add_recommendation(cast.service_manager, REPORT)
    with pytest.raises(ValidationError) as refused:
        services.add_recommendation(cast.service_manager, REPORT | {"text": "Something else"})
    assert "number" in refused.value.message_dict


def test_a_recommendation_dated_in_the_future_is_refused(cast: Cast) -> None:
    with pytest.raises(ValidationError) as refused:
        services.add_recommendation(cast.service_manager, REPORT | {"made_on": timezone.localdate() + timedelta(days=1)})
    assert "made_on" in refused.value.message_dict


@pytest.mark.parametrize("role", ["board_member", "team_manager", "auditor", "case_manager"])
def test_only_keepers_add_recommendations(cast: Cast, role: str) -> None:
    with pytest.raises(PermissionDenied):
        services.add_recommendation(cast.user(role), REPORT)
    assert not Recommendation.objects.exists()


def test_an_action_due_before_the_report_is_refused(cast: Cast) -> None:
    rec = RecommendationFactory(service=cast.service, made_on=date(2023, 6, 13))
    with pytest.raises(ValidationError) as refused:
        services.add_action(cast.service_manager, rec, {"what": "Train", "owner_name": "Head", "due_on": date(2023, 6, 12)})
    assert "due_on" in refused.value.message_dict


def test_an_action_needs_an_owner(cast: Cast) -> None:
    rec = RecommendationFactory(service=cast.service)
    with pytest.raises(ValidationError) as refused:
        services.add_action(
            cast.service_manager, rec, {"what": "Train", "owner_name": " ", "owner_staff": None, "due_on": date(2024, 1, 1)}
        )
    assert "owner_name" in refused.value.message_dict


def test_an_action_cannot_be_marked_done_without_a_date(cast: Cast) -> None:
    action = ActionFactory(recommendation=RecommendationFactory(service=cast.service))
    with pytest.raises(ValidationError) as refused:
        services.mark_action_done(cast.service_manager, action, None)
    assert "done_on" in refused.value.message_dict
    action.refresh_from_db()
    assert action.done_on is None


def test_an_action_done_in_the_future_or_before_the_report_is_refused(cast: Cast) -> None:
    action = ActionFactory(recommendation=RecommendationFactory(service=cast.service, made_on=date(2023, 6, 13)))
    for day in (timezone.localdate() + timedelta(days=1), date(2023, 6, 1)):
        with pytest.raises(ValidationError):
            services.mark_action_done(cast.service_manager, action, day)


def test_closing_a_recommendation_with_open_actions_is_refused_with_how_many(cast: Cast) -> None:
    rec = RecommendationFactory(service=cast.service)
    ActionFactory(recommendation=rec)
    ActionFactory(recommendation=rec, done_on=date(2024, 1, 1))
    with pytest.raises(ValidationError) as refused:
        services.close_recommendation(cast.service_manager, rec, timezone.localdate())
    assert refused.value.message_dict["closed_on"] == [
        "1 action is still open: mark it done before closing the recommendation"
    ]
    rec.refresh_from_db()
    assert rec.status == PlanStatus.OPEN


def test_a_recommendation_closes_once_every_action_is_done_and_reopens(cast: Cast) -> None:
    rec = RecommendationFactory(service=cast.service)
    action = ActionFactory(recommendation=rec)
    services.mark_action_done(cast.service_manager, action, date(2024, 5, 1))
    services.close_recommendation(cast.service_manager, rec, date(2024, 5, 2))
    rec.refresh_from_db()
    assert (rec.status, rec.closed_on) == (PlanStatus.DONE, date(2024, 5, 2))
    with pytest.raises(ValidationError):
        services.add_action(cast.service_manager, rec, {"what": "More", "owner_name": "Head", "due_on": date(2025, 1, 1)})
    services.reopen_recommendation(cast.service_manager, rec)
    rec.refresh_from_db()
    assert (rec.status, rec.closed_on) == (PlanStatus.OPEN, None)


def test_a_board_member_records_progress_on_the_boards_recommendations_only(cast: Cast) -> None:
    boards = RecommendationFactory(service=cast.service, owner=PlanOwner.BOARD)
    managers = RecommendationFactory(service=cast.service, owner=PlanOwner.SERVICE_MANAGER)
    update = services.record_progress(cast.board_member, boards, date(2024, 2, 1), "Options paper drafted.")
    assert update.written_by == cast.board_member
    with pytest.raises(PermissionDenied):
        services.record_progress(cast.board_member, managers, date(2024, 2, 1), "Not mine to say.")
    with pytest.raises(PermissionDenied):
        services.record_progress(cast.auditor, boards, date(2024, 2, 1), "Readers do not write.")
    assert ProgressUpdate.objects.count() == 1


def test_progress_about_another_recommendations_action_is_refused(cast: Cast) -> None:
    rec = RecommendationFactory(service=cast.service)
    elsewhere = ActionFactory(recommendation=RecommendationFactory(service=cast.service))
    with pytest.raises(ValidationError) as refused:
        services.record_progress(cast.service_manager, rec, date(2024, 2, 1), "Done.", elsewhere)
    assert "action" in refused.value.message_dict


def test_the_plan_refuses_a_childs_full_name(cast: Cast) -> None:
    rec = RecommendationFactory(service=cast.service)
    with pytest.raises(ValidationError) as refused:
        services.record_progress(cast.service_manager, rec, date(2024, 2, 1), "Audit found jordan TESTCASE's plan late.")
    assert "Jordan Testcase" in refused.value.message_dict["text"][0]
    with pytest.raises(ValidationError):
        services.add_recommendation(cast.service_manager, REPORT | {"text": "Review Jordan Testcase"})


def test_another_services_manager_cannot_change_this_plan(cast: Cast) -> None:
    rec = RecommendationFactory(service=cast.service)
    with pytest.raises(PermissionDenied):
        services.change_recommendation(cast.other_service_manager, rec, {"text": "Mine now"})
