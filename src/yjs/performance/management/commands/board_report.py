"""`yjs board-report --period 2024Q4 --output report.pdf [--service CODE] [--format pdf|html]`.

Writes a service's quarterly board report with the board's suppression, whoever runs it: the report is
for the board (docs/indicators.md). Prints the file written and, for a PDF, its number of pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from yjs.core.models import Service
from yjs.performance.board_report.pdf import print_html, render_pdf
from yjs.performance.board_report.report import board_report
from yjs.performance.periods import PeriodError, Quarter


class Command(BaseCommand):
    help = "Write a service's quarterly board report as PDF (or HTML), with small counts suppressed."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--period", required=True, help="YJB quarter, from April: 2024Q4 is January to March 2025")
        parser.add_argument("--output", required=True, type=Path, help="file to write")
        parser.add_argument("--service", help="code of the service (default: the only one)")
        parser.add_argument("--format", choices=["pdf", "html"], default="pdf", dest="output_format")

    def handle(self, *args: Any, period: str, output: Path, service: str | None, output_format: str, **options: Any) -> None:
        try:
            quarter = Quarter.parse(period)
        except PeriodError as error:
            raise CommandError(str(error)) from None
        chosen = _service(service)
        if output.is_dir() or not output.parent.is_dir():
            raise CommandError(f"Cannot write {output}: give a file in a folder that exists.")
        html = print_html(board_report(chosen, quarter, timezone.localdate()))
        if output_format == "html":
            content, pages = html.encode("utf-8"), None
        else:
            rendered = render_pdf(html)
            content, pages = rendered.pdf, rendered.pages
        try:
            output.write_bytes(content)
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror}.") from None
        label = quarter.financial_year_label()
        if pages is None:
            self.stdout.write(f"Wrote the {label} board report for {chosen.name} to {output}.")
        else:
            self.stdout.write(f"Wrote the {label} board report for {chosen.name} to {output}: {pages} pages.")


def _service(code: str | None) -> Service:
    if code is not None:
        found = Service.objects.filter(code=code).first()
        if found is None:
            raise CommandError(f"No service has the code {code!r}.")
        return found
    services = list(Service.objects.order_by("code")[:2])
    if len(services) != 1:
        raise CommandError("There is more than one service (or none): give one with --service CODE.")
    return services[0]
