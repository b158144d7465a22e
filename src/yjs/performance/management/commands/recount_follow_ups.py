"""`yjs recount-follow-ups [--all]`: work out what is kept for the figures (reoffending follow-ups, KPI orders,
counted outcomes, open cases and serious violence disposals) now rather than at the next read.

The figures work out any marked child's kept rows before they are read (performance.follow_ups,
performance.kpis.kept_orders, performance.counted_outcomes, performance.open_cases,
performance.kpis.serious_violence); after an upgrade that marks every child, or to check the kept rows
against the records, this does it ahead of time with a progress bar. With --all it also forgets every period
count (performance.period_counts), which the figures then count afresh.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from yjs.children.models import Child
from yjs.performance.follow_ups import mark, recount_marked
from yjs.performance.models import ChildToRecount, PeriodCount


class Command(BaseCommand):
    help = (
        "Work out what is kept for the figures (reoffending follow-ups, KPI orders, counted outcomes, open cases, "
        "serious violence disposals) of every child whose record changed (with --all, of every child, and forget every "
        "period count)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="every child, not only those marked")

    def handle(self, *args: Any, all: bool = False, **options: Any) -> None:
        if all:
            PeriodCount.objects.all().delete()
            mark(Child.objects.values_list("pk", flat=True).iterator(chunk_size=10_000))
        waiting = ChildToRecount.objects.values("child_id").distinct().count()
        with tqdm(total=waiting, unit="child", disable=options["verbosity"] < 1) as bar:
            done = recount_marked(progress=bar.update)
        self.stdout.write(f"Worked out what is kept for the figures of {done:,} children.")
