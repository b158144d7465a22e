"""The service manager's commentary on the board report: who may read and write it, what is refused, its history."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import ROLE_NAMES, Cast
from yjs.performance.board_report.sections import SECTIONS
from yjs.performance.models import ReportCommentary

pytestmark = pytest.mark.django_db

REPORT = reverse("performance:board_report") + "?quarter=2024Q4"
COMMENTARY = reverse("performance:board_report_commentary") + "?quarter=2024Q4"
READERS = {
    "case_manager",
    "other_team_case_manager",
    "team_manager",
    "service_manager",
    "board_member",
    "auditor",
    "other_service_manager",
}
WRITERS = {"service_manager", "other_service_manager"}


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_the_dashboard_s_readers_read_the_report_and_only_service_managers_write_commentary(
    client: Client, cast: Cast, role: str
) -> None:
    client.force_login(cast.user(role))
    assert client.get(REPORT).status_code == (200 if role in READERS else 403)
    assert client.get(COMMENTARY).status_code == (200 if role in WRITERS else 403)
    assert client.post(COMMENTARY, {"summary": "A good quarter."}).status_code == (302 if role in WRITERS else 403)


def test_signing_in_comes_first(client: Client, cast: Cast) -> None:
    assert client.get(COMMENTARY)["Location"].startswith("/sign-in/")


def test_saved_commentary_is_kept_with_who_wrote_it_and_its_history(client: Client, cast: Cast) -> None:
    client.force_login(cast.service_manager)

    response = client.post(COMMENTARY, {"summary": "  A steady quarter.  ", "custody": "Custody fell."})
    assert response["Location"] == REPORT
    client.post(COMMENTARY, {"summary": "A steady quarter, on reflection.", "custody": "Custody fell."})

    rows = {row.section: row for row in ReportCommentary.objects.filter(service=cast.service, quarter="2024Q4")}
    assert set(rows) == {"summary", "custody"}  # the sections left empty keep no row
    assert rows["summary"].text == "A steady quarter, on reflection."
    assert rows["summary"].written_by == cast.service_manager
    assert [h.text for h in rows["summary"].history.order_by("history_date")] == [
        "A steady quarter.",
        "A steady quarter, on reflection.",
    ]
    assert rows["custody"].history.count() == 1  # unchanged text is not saved again
    # Another service's manager writes their own service's report, and sees nothing of this one.
    client.force_login(cast.other_service_manager)
    assert "A steady quarter" not in client.get(COMMENTARY).content.decode()


def test_clearing_a_section_s_commentary_removes_it_from_the_report(client: Client, cast: Cast) -> None:
    client.force_login(cast.service_manager)
    client.post(COMMENTARY, {"kpis": "KPI 6 needs attention."})
    client.post(COMMENTARY, {"kpis": ""})

    assert ReportCommentary.objects.get(section="kpis").text == ""
    assert "KPI 6 needs attention." not in client.get(REPORT).content.decode()


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("x" * 2001, "Commentary on use of custody must be 2,000 characters or fewer"),
        ("Met jordan  testcase's mum.", "Commentary on use of custody must not name a child: remove “Jordan Testcase”"),
    ],
)
def test_commentary_that_is_too_long_or_names_a_child_is_refused_and_kept_in_the_form(
    client: Client, cast: Cast, text: str, error: str
) -> None:
    client.force_login(cast.service_manager)

    response = client.post(COMMENTARY, {"summary": "Kept as typed.", "custody": text})

    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert error in page
    assert "Kept as typed." in page
    assert 'class="govuk-textarea govuk-js-character-count govuk-textarea--error"' in page
    assert not ReportCommentary.objects.exists()


def test_the_form_shows_no_commentary_where_none_is_written_and_a_character_count(client: Client, cast: Cast) -> None:
    ReportCommentary.objects.create(
        service=cast.service, quarter="2024Q4", section="custody", text="Custody fell.", written_by=cast.service_manager
    )
    client.force_login(cast.service_manager)

    page = client.get(COMMENTARY).content.decode()

    assert page.count("No commentary") == len(SECTIONS) - 1
    assert "Custody fell." in page
    assert page.count('data-module="govuk-character-count" data-maxlength="2000"') == len(SECTIONS)


def test_a_quarter_that_is_not_offered_is_not_found(client: Client, cast: Cast) -> None:
    client.force_login(cast.service_manager)
    assert client.get(reverse("performance:board_report_commentary") + "?quarter=2999Q1").status_code == 404
