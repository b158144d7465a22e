"""The report as a PDF: the same body as the page, laid out for A4 by its own print stylesheet.

WeasyPrint draws the HTML (charts are inline SVG, fonts are those installed on the server), so the PDF
needs no browser and no network: nothing outside the document is fetched.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.template.loader import render_to_string

from yjs.lib.suppression import FEWER_THAN_FIVE, WITHHELD
from yjs.performance.board_report.report import BoardReport


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int


def report_context(report: BoardReport, **extra: object) -> dict[str, object]:
    return {"report": report, "fewer_than_five": FEWER_THAN_FIVE, "withheld": WITHHELD, **extra}


def print_html(report: BoardReport) -> str:
    """The HTML WeasyPrint is given: the report's body with the print stylesheet, nothing of the site around it."""
    return render_to_string("performance/board_report/print.html", report_context(report, pdf=True))


def render_pdf(html: str) -> Rendered:
    from weasyprint import HTML  # imported here: it loads Pango and fonts, which only the PDF needs

    document = HTML(string=html, base_url=None).render()
    return Rendered(document.write_pdf(), len(document.pages))
