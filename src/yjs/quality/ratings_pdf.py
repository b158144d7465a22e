"""A ratings table as a PDF: the same table as the page, laid out for A4 by its own print stylesheet.

Follows the board report (performance/board_report/pdf.py): WeasyPrint draws the HTML with the fonts
installed on the server, fetching nothing outside the document.
"""

from __future__ import annotations

from django.template.loader import render_to_string

from yjs.quality.ratings import RatingsTable


def print_html(table: RatingsTable, title: str, caption: str = "") -> str:
    return render_to_string("quality/ratings_print.html", {"table": table, "title": title, "caption": caption})


def render_ratings_pdf(table: RatingsTable, title: str, caption: str = "") -> bytes:
    """PDF bytes of the ratings table under `title` (e.g. the service and the inspection or audit round)."""
    from weasyprint import HTML  # imported here: it loads Pango and fonts, which only the PDF needs

    return HTML(string=print_html(table, title, caption), base_url=None).write_pdf()
