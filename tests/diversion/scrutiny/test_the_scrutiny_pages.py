"""The scrutiny pages: drawing through the form, reading a sample, and its progress in the list."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.diversion.conftest import Pipeline
from tests.diversion.scrutiny.builders import decisions
from yjs.core.models import AccessLog
from yjs.diversion.models import ScrutinySample

DRAW = {"title": "Spring review", "decided_from": "2026-01-01", "decided_to": "2026-03-31", "size": "10", "seed": "3"}


def test_drawing_a_sample_opens_it_and_says_when_it_was_capped(pipeline: Pipeline, client: Client) -> None:
    decisions(pipeline.cast, 4)
    client.force_login(pipeline.cast.team_manager)
    response = client.post(reverse("diversion:scrutiny_draw"), DRAW, follow=True)
    sample = ScrutinySample.objects.get(title="Spring review")
    assert response.redirect_chain == [(sample.get_absolute_url(), 302)]
    content = response.content.decode()
    assert "Sample drawn with seed 3" in content
    assert "There were only 4 finished decisions between these dates" in content


def test_the_draw_form_keeps_what_was_typed_when_there_is_nothing_to_draw(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.auditor)
    response = client.post(reverse("diversion:scrutiny_draw"), {**DRAW, "decided_to": "2026-01-02"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "There are no finished decisions between these dates" in content
    assert 'value="Spring review"' in content


def test_the_sample_page_shows_what_was_decided_and_why(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.auditor)
    content = client.get(pipeline.sample.get_absolute_url()).content.decode()
    decision = pipeline.completed.panel_decision
    assert decision.rationale in content
    assert pipeline.completed.child.full_name in content
    assert "Police: Youth caution. YJS: Youth caution." in content
    assert "Not reviewed yet" in content


def test_reading_a_sample_logs_the_view_of_each_child(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.auditor)
    client.get(pipeline.sample.get_absolute_url())
    assert AccessLog.objects.filter(user=pipeline.cast.auditor, child_id=pipeline.completed.child_id).exists()


def test_the_list_shows_each_samples_progress(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.service_manager)
    content = client.get(reverse("diversion:scrutiny")).content.decode()
    assert "0 of 1" in content
    pipeline.scrutiny_item.finding = "consistent"
    pipeline.scrutiny_item.save()
    content = client.get(reverse("diversion:scrutiny")).content.decode()
    assert "1 of 1" in content
    assert "Complete" in content


def test_the_list_says_when_no_sample_has_been_drawn(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.other_service_manager)
    assert "No samples have been drawn yet." in client.get(reverse("diversion:scrutiny")).content.decode()
