"""`yjs rate-inspection FILE.json [--format json|table]`: standard ratings, the score and the overall rating.

The input format is in docs/quality.md (an example: docs/examples/dorset-2023.json). Every scored standard
must be given; bad input is one line on standard error and a non-zero exit. The command reads the framework
from the packaged data, so it needs no database.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from yjs.quality.inspection_input import parse_json, rate
from yjs.quality.ratings import RatingError, RatingsTable, StandardRating


class Command(BaseCommand):
    help = "Rate an inspection's standards from key-question results and judgements: score /36 and overall rating."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", metavar="FILE.json", help="the inspection's results (see docs/quality.md)")
        parser.add_argument("--format", choices=["json", "table"], default="table")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            text = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from None
        try:
            table = rate(parse_json(text))
        except RatingError as error:
            raise CommandError(str(error)) from None
        if table.missing:
            raise CommandError(table.refusal)
        if options["format"] == "json":
            self.stdout.write(json.dumps(table.as_dict(), indent=2))
        else:
            self.stdout.write(render_text(table))


def _percentages(rating: StandardRating) -> str:
    return " ".join(f"{kq.shown}{'~' if kq.near_edge else ''}" for kq in rating.key_questions) or "-"


def render_text(table: RatingsTable) -> str:
    """A plain text table: one line per standard, then the score and the overall rating."""
    header = ("Standard", "Key questions %", "Lowest", "Rating", "Score", "Source")
    rows = [header]
    notes = []
    for code, rating in ((c, table.ratings[c]) for c in table.framework.scored_codes + _unscored(table)):
        shown = str(rating.rating)
        if rating.override:
            shown = f"{rating.rating} (computed {rating.computed})"
            notes.append(f"{code} overridden: {rating.override.reason}")
        rows.append(
            (
                f"{code} {rating.spec.name}",
                _percentages(rating),
                rating.lowest.area if rating.lowest else "-",
                shown,
                "-" if rating.score is None else str(rating.score),
                rating.source,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.append("")
    lines.append(f"Score: {table.score}/{table.maximum}")
    lines.append(f"Overall rating: {table.overall}")
    if any(kq.near_edge for r in table.ratings.values() for kq in r.key_questions):
        lines.append("~ within half a point of a band edge")
    lines.extend(notes)
    return "\n".join(lines)


def _unscored(table: RatingsTable) -> tuple[str, ...]:
    return tuple(s.code for s in table.framework.standards if not s.scored and s.code in table.ratings)
