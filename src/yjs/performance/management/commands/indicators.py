"""`yjs indicators`: every indicator for a period, for a service, a local authority or every service.

`--from DATE --to DATE` or `--year-ending 2024Q4` (default: the year ending the last complete YJB
quarter); `--service CODE`, `--local-authority CODE`; `--format json|csv|table` (docs/indicators.md).
Without an area, the only service is reported, or every service when there are several (JSON: a list).
"""

from __future__ import annotations

import csv
import json
from itertools import groupby
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from yjs.performance import report_figures
from yjs.performance.indicators import IndicatorSet, empty, flatten, indicators, ratios
from yjs.performance.periods import Window
from yjs.performance.report_figures import MoreFigures, as_json, figure_rows, more_figures
from yjs.performance.scopes import Scope, ScopeError, read_scopes, read_window
from yjs.performance.tables import LABELS, figure, flag, table

Report = list[tuple[Scope, IndicatorSet, MoreFigures]]


class Command(BaseCommand):
    help = "Print the performance indicators for a period (see docs/indicators.md)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--from", dest="start", metavar="DATE", help="first day of the period, YYYY-MM-DD")
        parser.add_argument("--to", dest="end", metavar="DATE", help="last day of the period, YYYY-MM-DD")
        parser.add_argument(
            "--year-ending", dest="quarter", metavar="QUARTER", help="the 12 months ending a YJB quarter, e.g. 2024Q4"
        )
        parser.add_argument("--service", help="code of the service (default: the only one, or every service)")
        parser.add_argument("--local-authority", dest="authority", metavar="CODE", help="ONS code of a local authority")
        parser.add_argument("--format", choices=["json", "csv", "table"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            window = read_window(options["start"], options["end"], options["quarter"], timezone.localdate())
            request = read_scopes(options["service"], options["authority"])
        except ScopeError as error:
            raise CommandError(str(error)) from None
        today = timezone.localdate()
        figures = indicators(window, by=request.by, services=request.services)
        more = more_figures(window, today=today, by=request.by, services=request.services)
        report = [
            (scope, figures.get(scope.id, empty()), more.get(scope.id) or report_figures.empty(window))
            for scope in request.scopes
        ]
        {"json": self._json, "csv": self._csv, "table": self._table}[options["format"]](window, report)

    def _json(self, window: Window, report: Report) -> None:
        objects = [
            {
                "period": {"from": window.start.isoformat(), "to": window.end.isoformat()},
                "scope": {"type": scope.kind, "code": scope.code, "name": scope.name},
                **flatten(figures),
                **as_json(extra),
            }
            for scope, figures, extra in report
        ]
        self.stdout.write(json.dumps(objects[0] if len(objects) == 1 else objects, indent=2))

    def _csv(self, window: Window, report: Report) -> None:
        writer = csv.writer(self.stdout, lineterminator="\n")
        writer.writerow(["scope", "indicator", "numerator", "denominator", "value"])
        for scope, figures, extra in report:
            for name, ratio in ratios(figures):
                writer.writerow([scope.code, name, ratio.numerator, _blank(ratio.denominator), _blank(ratio.value)])
            for row in figure_rows(extra):
                writer.writerow([scope.code, row.name, _blank(row.numerator), _blank(row.denominator), _value(row.value)])

    def _table(self, window: Window, report: Report) -> None:
        for n, (scope, figures, extra) in enumerate(report):
            if n:
                self.stdout.write("")
            self.stdout.write(f"{scope.name} ({scope.code}), {window.label()}")
            rows = [[LABELS[name], str(r.numerator), figure(r.denominator), figure(r.value)] for name, r in ratios(figures)]
            self.stdout.write(table(rows))
            for section, found in groupby(figure_rows(extra), key=lambda row: row.section):
                self.stdout.write("")
                self.stdout.write(section)
                rows = [[r.label, figure(r.numerator), figure(r.denominator), flag(r.value)] for r in found]
                self.stdout.write(table(rows))


def _blank(value: int | float | None) -> int | float | str:
    return "" if value is None else value


def _value(value: int | float | bool | None) -> int | float | str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _blank(value)
