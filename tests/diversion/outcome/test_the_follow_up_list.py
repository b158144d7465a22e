"""The follow-up list: children flagged as not engaging, and decisions not delivered in time; nobody else."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from tests.diversion.outcome.decided import decided
from yjs.diversion.panel_queries import needing_follow_up
from yjs.diversion.rules import DiversionRules
from yjs.diversion.services.outcome import flag_not_engaging

RULES = DiversionRules(delivery_working_days=20)


def _listed(pipeline: Pipeline) -> list[object]:
    return list(needing_follow_up(pipeline.cast.team_manager, timezone.localdate(), RULES))


def test_a_decision_not_delivered_in_time_is_listed(pipeline: Pipeline) -> None:
    waiting = decided(pipeline.cast, "YC", days_ago=40)
    assert waiting in _listed(pipeline)


def test_a_decision_still_within_the_delivery_time_is_not_listed(pipeline: Pipeline) -> None:
    assert pipeline.decided not in _listed(pipeline)


def test_a_child_flagged_as_not_engaging_is_listed(pipeline: Pipeline) -> None:
    flag_not_engaging(pipeline.cast.team_manager, pipeline.completed, note="Not engaging with the caution's support.")
    assert pipeline.completed in _listed(pipeline)


def test_children_at_other_stages_are_not_listed(pipeline: Pipeline) -> None:
    listed = _listed(pipeline)
    for stage in ("screening", "proposal", "panel", "escalated", "completed"):
        assert getattr(pipeline, stage) not in listed


def test_a_delivered_outcome_is_not_listed_however_long_ago_it_was_decided(pipeline: Pipeline) -> None:
    assert pipeline.completed not in _listed(pipeline)


def test_the_page_shows_the_days_waiting(pipeline: Pipeline, client: Client) -> None:
    decided(pipeline.cast, "YC", days_ago=40)
    client.force_login(pipeline.cast.auditor)
    page = client.get(reverse("diversion:follow_ups")).content.decode()
    assert "Outcome not delivered" in page
    assert ">40<" in page


def test_with_nobody_waiting_the_page_says_so(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.case_manager)
    page = client.get(reverse("diversion:follow_ups")).content.decode()
    assert "No children need follow-up." in page
