"""The plan's pages: overdue first, filters, the empty state, and the refusals shown on the forms."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.conftest import Cast
from tests.governance.factories import ActionFactory, RecommendationFactory
from yjs.governance.vocabularies import PlanOwner

pytestmark = pytest.mark.django_db

PLAN = reverse("governance:improvement_plan")


def test_the_plan_lists_overdue_first_and_filters_by_owner_and_status(client: Client, cast: Cast) -> None:
    today = timezone.localdate()
    later = RecommendationFactory(service=cast.service, number=1, owner=PlanOwner.BOARD, text="First in the report.")
    ActionFactory(recommendation=later, due_on=today + timedelta(days=60))
    late = RecommendationFactory(service=cast.service, number=2, text="Second in the report.")
    ActionFactory(recommendation=late, due_on=today - timedelta(days=1))
    client.force_login(cast.auditor)

    page = client.get(PLAN).content.decode()
    assert page.index("Second in the report.") < page.index("First in the report.")
    assert "1 action overdue" in page

    boards = client.get(PLAN, {"owner": "board"}).content.decode()
    assert "First in the report." in boards
    assert "Second in the report." not in boards
    assert "No recommendation matches the filter." in client.get(PLAN, {"status": "done"}).content.decode()


def test_an_empty_plan_says_how_to_start(client: Client, cast: Cast) -> None:
    client.force_login(cast.service_manager)
    assert "No recommendation has been added yet." in client.get(PLAN).content.decode()


def test_closing_with_an_open_action_shows_why_and_keeps_it_open(client: Client, cast: Cast) -> None:
    rec = RecommendationFactory(service=cast.service)
    ActionFactory(recommendation=rec, what="Train everyone")
    client.force_login(cast.service_manager)
    url = reverse("governance:recommendation_close", args=[rec.pk])
    assert "Train everyone" in client.get(url).content.decode()  # the warning names what is still open

    response = client.post(url, {"closed_on": timezone.localdate().isoformat()})

    assert response.status_code == 200
    assert "1 action is still open" in response.content.decode()
    rec.refresh_from_db()
    assert not rec.is_done


def test_marking_an_action_done_without_a_date_is_refused_on_the_form(client: Client, cast: Cast) -> None:
    action = ActionFactory(recommendation=RecommendationFactory(service=cast.service))
    client.force_login(cast.service_manager)
    response = client.post(reverse("governance:action_done", args=[action.pk]), {"done_on": ""})
    assert response.status_code == 200
    assert "Enter date done" in response.content.decode()
    action.refresh_from_db()
    assert action.done_on is None


def test_a_board_member_sees_record_progress_only_on_the_boards_recommendations(client: Client, cast: Cast) -> None:
    boards = RecommendationFactory(service=cast.service, owner=PlanOwner.BOARD)
    managers = RecommendationFactory(service=cast.service, owner=PlanOwner.SERVICE_MANAGER)
    client.force_login(cast.board_member)
    assert "Record progress" in client.get(reverse("governance:recommendation", args=[boards.pk])).content.decode()
    page = client.get(reverse("governance:recommendation", args=[managers.pk])).content.decode()
    assert "Record progress" not in page
    assert "Add an action" not in page
