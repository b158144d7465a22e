"""The board report as a PDF, from the page and from `yjs board-report`: two renders in all, as WeasyPrint is slow."""

from __future__ import annotations

import io
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from tests.conftest import Cast
from tests.factories import ServiceFactory
from yjs.performance.board_report.pdf import print_html
from yjs.performance.board_report.report import board_report
from yjs.performance.models import ReportCommentary
from yjs.performance.periods import Quarter

pytestmark = pytest.mark.django_db

PDF_URL = reverse("performance:board_report_pdf")


def _text_of(pdf: bytes) -> str:
    """The text drawn on the PDF's pages, read back from the PDF itself."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_is_the_report_with_its_commentary_and_without_the_site_around_it(client: Client, cast: Cast) -> None:
    ReportCommentary.objects.create(
        service=cast.service,
        quarter="2025Q1",
        section="caseload",
        text="One open referral order.",
        written_by=cast.service_manager,
    )
    client.force_login(cast.board_member)

    response = client.get(f"{PDF_URL}?quarter=2025Q1")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="board-report-dorset-2025Q1.pdf"'
    assert response.content.startswith(b"%PDF")
    html = print_html(board_report(cast.service, Quarter(2025, 1), date.today()))
    text = _text_of(response.content)
    for expected in (
        "Dorset Combined YJS",
        "2025/26 Q1",
        "year ending 30 June 2025",
        "First-time entrants",
        "Board attendance",
    ):
        assert expected in text
    assert "One open referral order." in text
    assert "Page 1 of" in text
    # The cast's one open intervention is "<5" in the board's report.
    assert "<5" in text
    assert "Testcase" not in text
    # No commentary written elsewhere: no empty boxes, no site navigation.
    assert "No commentary" not in text
    assert text.count("Commentary from the service manager") == 1
    assert "govuk-header" not in html
    assert "Sign out" not in text


def test_the_pdf_is_for_the_dashboard_s_readers_only(client: Client, cast: Cast) -> None:
    client.force_login(cast.administrator)
    assert client.get(f"{PDF_URL}?quarter=2025Q1").status_code == 403
    client.force_login(cast.service_manager)
    assert client.get(f"{PDF_URL}?quarter=2999Q1").status_code == 404


def test_the_command_writes_the_pdf_and_says_how_many_pages(cast: Cast, tmp_path: Path) -> None:
    output = tmp_path / "report.pdf"
    out = StringIO()

    call_command("board_report", "--period", "2025Q1", "--service", "dorset", "--output", str(output), stdout=out)

    assert output.read_bytes().startswith(b"%PDF")
    message = out.getvalue()
    assert message.startswith(f"Wrote the 2025/26 Q1 board report for Dorset Combined YJS to {output}: ")
    assert message.strip().endswith(" pages.")


def test_the_command_writes_html_for_the_only_service_when_there_is_one(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ServiceFactory(code="only", name="Only YJS")
    output = tmp_path / "report.html"

    call_command("board_report", "--period", "2024Q4", "--output", str(output), "--format", "html", stdout=StringIO())

    html = output.read_text()
    assert "<title>Only YJS: quarterly board report 2024/25 Q4</title>" in html
    assert "size: A4" in html


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--period", "2024Q5", "--service", "dorset"], "Give a quarter as a year and a quarter number, like 2024Q4."),
        (["--period", "2024Q4", "--service", "nowhere"], "No service has the code 'nowhere'."),
        (["--period", "2024Q4"], "There is more than one service (or none): give one with --service CODE."),
    ],
)
def test_the_command_refuses_what_it_cannot_do(cast: Cast, tmp_path: Path, arguments: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        call_command("board_report", *arguments, "--output", str(tmp_path / "report.pdf"))


def test_the_command_refuses_a_file_it_cannot_write(cast: Cast, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Cannot write"):
        call_command(
            "board_report", "--period", "2024Q4", "--service", "dorset", "--output", str(tmp_path / "missing" / "r.pdf")
        )
    with pytest.raises(CommandError, match="Cannot write"):
        call_command("board_report", "--period", "2024Q4", "--service", "dorset", "--output", str(tmp_path))
