"""The board report's section on the improvement plan: overdue first, owners and progress, in the page and the PDF."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from tests.conftest import Cast
from tests.governance.factories import ActionFactory, RecommendationFactory
from yjs.governance.models import ProgressUpdate
from yjs.governance.vocabularies import PlanOwner
from yjs.performance.board_report.improvement_plan import improvement_plan_section

pytestmark = pytest.mark.django_db

TODAY = date(2025, 3, 10)


def _plan(cast: Cast, today: date) -> None:
    """Recommendation 1 (board) has an action due next month; 2 (service manager) has one overdue; 3 is closed."""
    one = RecommendationFactory(service=cast.service, number=1, owner=PlanOwner.BOARD, text="Consider independent chairing.")
    ActionFactory(
        recommendation=one,
        what="Present options to the board",
        owner_name="Chair of the board",
        due_on=today + timedelta(days=30),
    )
    two = RecommendationFactory(service=cast.service, number=2, text="Analyse reoffending after out-of-court disposals.")
    ActionFactory(
        recommendation=two,
        what="Produce a reoffending analysis",
        owner_staff=cast.service_manager,
        due_on=today - timedelta(days=10),
    )
    ProgressUpdate.objects.create(
        recommendation=two,
        written_on=today - timedelta(days=2),
        text="Data extract requested.",
        written_by=cast.service_manager,
    )
    three = RecommendationFactory(
        service=cast.service,
        number=3,
        text="Improve risk of harm assessments.",
        status="done",
        closed_on=today - timedelta(days=5),
    )
    ActionFactory(recommendation=three, due_on=today - timedelta(days=40), done_on=today - timedelta(days=6))
    RecommendationFactory(service=cast.other_service, number=9, text="Another service's recommendation.")


def test_the_section_lists_overdue_first_then_by_due_date_with_closed_ones_last(cast: Cast) -> None:
    _plan(cast, TODAY)
    section = improvement_plan_section(cast.service.pk, TODAY)
    assert [line.number for line in section.lines] == [2, 1, 3]
    overdue = section.lines[0]
    assert overdue.overdue == 1
    assert overdue.owner == "Service manager"
    assert overdue.progress == "Data extract requested."
    assert overdue.actions[0].overdue
    assert section.open_count == 2
    assert section.overdue_count == 1


def test_the_page_and_the_pdf_show_the_section_and_name_no_child(client: Client, cast: Cast) -> None:
    today = timezone.localdate()
    _plan(cast, today)
    client.force_login(cast.board_member)

    page = client.get(reverse("performance:board_report")).content.decode()
    pdf = client.get(reverse("performance:board_report_pdf")).content
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)

    for shown in (page, text):
        assert "Inspection recommendations and actions" in shown
        assert "Produce a reoffending analysis" in shown
        assert "Data extract requested." in shown
        assert "Partnership board" in shown
        assert "Another service's recommendation." not in shown
        assert "Testcase" not in shown
    assert page.index("Recommendation 2") < page.index("Recommendation 1") < page.index("Recommendation 3")


def test_an_empty_plan_says_so(client: Client, cast: Cast) -> None:
    client.force_login(cast.service_manager)
    page = client.get(reverse("performance:board_report")).content.decode()
    assert "The improvement plan has no recommendations yet." in page
