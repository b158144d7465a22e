"""`yjs kpi-return --quarter 2024Q4 [--service CODE] [--output FILE.csv]`: the YJB's quarterly KPI return.

One CSV row per service, KPI, order type and measure, with numerator, denominator and percentage
(docs/indicators.md). Without --service every service is in the file, computed in the same queries.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from yjs.core.models import Service
from yjs.performance.kpis.csv_export import write_return
from yjs.performance.kpis.quarterly_return import kpi_return, return_rows
from yjs.performance.periods import PeriodError, Quarter


class Command(BaseCommand):
    help = "Write the YJB key performance indicators return for a quarter as CSV."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--quarter", required=True, help="YJB quarter, from April: 2024Q4 is January to March 2025")
        parser.add_argument("--service", help="code of one service (default: every service)")
        parser.add_argument("--output", type=Path, help="CSV file to write (default: standard output)")

    def handle(self, *args: Any, quarter: str, service: str | None, output: Path | None, **options: Any) -> None:
        try:
            period = Quarter.parse(quarter)
        except PeriodError as error:
            raise CommandError(str(error)) from None
        services = Service.objects.order_by("code")
        if service is not None:
            services = services.filter(code=service)
            if not services.exists():
                raise CommandError(f"No service has the code {service!r}.")
        codes = dict(services.values_list("pk", "code"))
        # Every service is one grouped query, not a filter per service.
        returns = kpi_return(period.window, services=None if service is None else list(codes))
        pairs = [(codes[pk], returns.get(pk) or return_rows(None, {}, None)) for pk in sorted(codes, key=codes.__getitem__)]
        if output is None:
            write_return(self.stdout, period, pairs)
            return
        with output.open("w", encoding="utf-8", newline="") as stream:
            write_return(stream, period, pairs)
        self.stderr.write(f"Wrote the {period} return for {len(pairs)} services to {output}.")
