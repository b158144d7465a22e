"""The out-of-court list: the police sergeant's and team manager's list, where overdue screening shows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from tests.diversion.factories import NotificationFactory, ScreeningRequestFactory
from tests.factories import ChildFactory
from yjs.core.models import LocalAuthority
from yjs.diversion.selectors import PipelineFilters, overdue_counts, overdue_screenings, pipeline_for
from yjs.diversion.vocabularies import Stage


def _url(**params: str) -> str:
    return reverse("diversion:pipeline") + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


@pytest.mark.parametrize("role", ["police_officer", "team_manager"])
def test_an_overdue_screening_shows_on_the_police_and_team_managers_list(
    pipeline: Pipeline, client: Client, role: str
) -> None:
    client.force_login(pipeline.cast.user(role))

    html = client.get(_url()).content.decode()

    assert "Screening overdue" in html
    assert "1 screening overdue" in html
    assert pipeline.screening.police_reference in html


def test_the_screening_overdue_filter_lists_only_those_cases(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)

    html = client.get(_url(overdue="screening")).content.decode()

    assert pipeline.screening.police_reference in html
    assert pipeline.panel.police_reference not in html


def test_a_screening_not_yet_due_is_not_overdue(pipeline: Pipeline) -> None:
    today = timezone.localdate()
    pipeline.screening.screening_requests.update(due_on=today)

    assert not overdue_screenings(pipeline.cast.service.pk, today).exists()
    assert overdue_counts(pipeline.cast.police_officer, today)["screening"] == 0


def test_an_answered_screening_is_never_overdue(pipeline: Pipeline) -> None:
    pipeline.screening.screening_requests.update(responded_on=timezone.localdate(), child_known="no", family_known="no")

    assert list(pipeline_for(pipeline.cast.police_officer, PipelineFilters(overdue=("screening",)))) == []


def test_the_list_counts_each_kind_of_overdue(pipeline: Pipeline) -> None:
    pipeline.brief_assessment.due_on = timezone.localdate() - timedelta(days=1)
    pipeline.brief_assessment.save()
    pipeline.escalation.due_on = timezone.localdate() - timedelta(days=1)
    pipeline.escalation.save()
    pipeline.decided.decided_on = timezone.localdate() - timedelta(days=60)
    pipeline.decided.not_engaging_since = timezone.localdate()
    pipeline.decided.save()

    counts = overdue_counts(pipeline.cast.team_manager)

    assert counts == {"screening": 1, "assessment": 1, "escalation": 1, "delivery": 1, "not_engaging": 1}


def test_closed_cases_are_not_listed(pipeline: Pipeline) -> None:
    listed = set(pipeline_for(pipeline.cast.police_officer))

    assert pipeline.completed not in listed
    assert pipeline.screening in listed
    assert pipeline.other_service not in listed


def test_the_stage_filter(pipeline: Pipeline) -> None:
    listed = list(pipeline_for(pipeline.cast.police_officer, PipelineFilters(stages=(Stage.PANEL,))))

    assert listed == [pipeline.panel]


def test_assigned_to_me_lists_the_case_managers_brief_assessments(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.case_manager)

    html = client.get(_url(mine="on")).content.decode()

    assert pipeline.assessment.police_reference in html
    assert pipeline.screening.police_reference not in html


def test_search_by_police_reference_or_name(pipeline: Pipeline) -> None:
    user = pipeline.cast.police_officer
    by_reference = list(pipeline_for(user, PipelineFilters(search=pipeline.panel.police_reference)))
    by_name = list(pipeline_for(user, PipelineFilters(search="kit")))

    assert by_reference == [pipeline.panel]
    assert by_name == [pipeline.panel]


def test_the_local_authority_filter(pipeline: Pipeline) -> None:
    other = (
        LocalAuthority.objects.filter(service=pipeline.cast.service)
        .exclude(pk=pipeline.cast.child.local_authority_id)
        .first()
    )
    pipeline.panel.local_authority = other
    pipeline.panel.save()

    listed = list(pipeline_for(pipeline.cast.police_officer, PipelineFilters(local_authority_id=other.pk)))

    assert listed == [pipeline.panel]


def test_sorting_by_stage_follows_the_pipelines_order(pipeline: Pipeline) -> None:
    stages = [n.stage for n in pipeline_for(pipeline.cast.police_officer, PipelineFilters(sort="stage", descending=False))]

    assert stages == [
        Stage.MATCHING,
        Stage.SCREENING,
        Stage.PROPOSAL,
        Stage.ASSESSMENT,
        Stage.PANEL,
        Stage.ESCALATED,
        Stage.DECIDED,
    ]


def test_an_empty_list_says_so(cast, client: Client) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.police_officer)

    assert "There are no open out-of-court cases." in client.get(_url()).content.decode()


def test_filters_that_match_nothing_say_so(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)

    assert "No open cases match these filters." in client.get(_url(q="nobody-by-this-name")).content.decode()


def _more_notifications(pipeline: Pipeline, count: int) -> None:
    service = pipeline.cast.service
    for _ in range(count):
        notification = NotificationFactory(
            child=ChildFactory(service=service, local_authority=pipeline.cast.child.local_authority)
        )
        ScreeningRequestFactory(notification=notification, agency=pipeline.health)


def test_the_list_shows_25_a_page(pipeline: Pipeline, client: Client) -> None:
    _more_notifications(pipeline, 25)  # 32 open in all
    client.force_login(pipeline.cast.police_officer)

    first = client.get(_url()).context["page"]
    second = client.get(_url(page="2")).context["page"]

    assert len(first.object_list) == 25
    assert len(second.object_list) == 32 - 25


def test_the_lists_query_count_does_not_grow_with_the_number_of_cases(pipeline: Pipeline, client: Client) -> None:
    client.force_login(pipeline.cast.police_officer)
    client.get(_url())  # session and bank holidays read once
    with CaptureQueriesContext(connection) as few:
        client.get(_url())
    _more_notifications(pipeline, 15)
    with CaptureQueriesContext(connection) as many:
        client.get(_url())

    assert len(many) == len(few)
