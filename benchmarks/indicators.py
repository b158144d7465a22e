"""Time every indicator for every service for one quarter, against one full scan of the outcomes table.

On the national-scale dataset of benchmarks/pages.py (300,000 children in 150 services; built once in
var/bench.sqlite3, or in the database DATABASE_URL names, and shared with that benchmark), computes each
indicator for all services at once, as the board report and the quarterly return do, and compares the time
with the floor: one full scan of the outcomes table in the same database in the same run. The calculations keep
what they count for a period of whole quarters (yjs.performance.period_counts), so each is timed as read again
(the kept counts, as every reading after the first), as read in a new process (the kept counts not yet decoded)
and as counted afresh (every kept count deleted before each run, as after a change in every service; and the whole
set in turn after one deletion, as the first board report after such a change). Then copies
the database, doubles its children and their histories in SQL, and times the same again, to show how the time
grows with the data. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "benchmarks"))


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=300_000)
    parser.add_argument("--services", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quarter", help="YJB quarter, e.g. 2024Q4 (default: the last whose 18-month follow-up is over)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each measurement; the median is reported")
    parser.add_argument("--no-double", action="store_true", help="skip the doubled dataset")
    return parser.parse_args(argv)


def every_indicator(quarter: Any) -> dict[str, Callable[[], object]]:
    """Each calculation the board report and the quarterly return make, for every service at once."""
    from yjs.performance import disproportionality as dp
    from yjs.performance.caseload_profile import caseload_profile
    from yjs.performance.disposals import out_of_court_reoffending
    from yjs.performance.indicators import indicators
    from yjs.performance.kpis.quarterly_return import kpi_return
    from yjs.performance.reoffending import live_tracker

    window = quarter.window
    calculations: dict[str, Callable[[], object]] = {
        "first-time entrants, custody, proven reoffending": lambda: indicators(window, by="service"),
        "the same by local authority": lambda: indicators(window, by="local_authority"),
        "reoffending after out-of-court disposals": lambda: out_of_court_reoffending(window),
        "live tracker (the 4 latest cohorts)": lambda: live_tracker(
            [quarter.previous(n) for n in range(4)], today=quarter.end
        ),
        "YJB KPI return": lambda: kpi_return(window, today=quarter.end),
        "caseload profile": lambda: caseload_profile(),
    }
    for dimension in dp.DIMENSIONS.values():
        calculations[f"disproportionality by {dimension.name}"] = lambda d=dimension: dp.disproportionality(window, d)
    return calculations


def full_scan_of_outcomes() -> None:
    """The floor: read every row of the outcomes table once (the court and the change time are in no index,
    so neither database can answer from an index instead)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*), MAX(court), MAX(modified_at) FROM justice_outcome")
        cursor.fetchall()


def timed(work: Callable[[], object], repeat: int, before_each: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if before_each is not None:
            before_each()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(quarter: Any, repeat: int) -> dict[str, Any]:
    from yjs.children.models import Child
    from yjs.justice.models import Outcome
    from yjs.performance.follow_ups import recount_marked
    from yjs.performance.models import PeriodCount
    from yjs.performance.period_counts import decoded

    # Children whose follow-ups are not yet worked out (after the migration that introduced them, or the
    # doubling step): done first and reported, so that no timed run includes them.
    started = time.perf_counter()
    recounted = recount_marked()
    recount_seconds = time.perf_counter() - started
    full_scan_of_outcomes()  # warms the cache for the floor as the indicators' first run warms theirs
    floor = timed(full_scan_of_outcomes, repeat)
    calculations = every_indicator(quarter)
    for work in calculations.values():
        work()
    each = {name: timed(work, repeat) for name, work in calculations.items()}
    total = sum(each.values())
    # The same, as the first reading in a new process: the kept counts read, none yet decoded.
    undecoded = {name: timed(work, repeat, before_each=decoded.cache_clear) for name, work in calculations.items()}
    total_undecoded = sum(undecoded.values())
    # The same, each calculation counting every service afresh, as after a change in every service.
    afresh = {name: timed(work, repeat, before_each=PeriodCount.objects.all().delete) for name, work in calculations.items()}
    total_afresh = sum(afresh.values())
    # The whole set in turn after every kept count is deleted, as the first board report after a change in every
    # service: a calculation reads what an earlier one kept (the same figures by local authority, say).
    together = [_in_turn_afresh(calculations) for _ in range(repeat)]
    middle = sorted(together, key=lambda run: run["total"])[len(together) // 2]
    return {
        "children": Child.objects.count(),
        "follow_ups_worked_out": {"children": recounted, "seconds": round(recount_seconds, 1)},
        "outcomes": Outcome.objects.count(),
        "floor_seconds": round(floor, 3),
        "indicator_seconds": {name: round(seconds, 3) for name, seconds in each.items()},
        "total_seconds": round(total, 3),
        "ratio_to_floor": round(total / floor, 2) if floor else None,
        "read_in_a_new_process_seconds": {name: round(seconds, 3) for name, seconds in undecoded.items()},
        "total_read_in_a_new_process_seconds": round(total_undecoded, 3),
        "ratio_to_floor_read_in_a_new_process": round(total_undecoded / floor, 2) if floor else None,
        "counted_afresh_seconds": {name: round(seconds, 3) for name, seconds in afresh.items()},
        "total_counted_afresh_seconds": round(total_afresh, 3),
        "ratio_to_floor_counted_afresh": round(total_afresh / floor, 2) if floor else None,
        "whole_set_counted_afresh_in_turn_seconds": {name: round(seconds, 3) for name, seconds in middle.items()},
        "ratio_to_floor_whole_set_counted_afresh_in_turn": round(middle["total"] / floor, 2) if floor else None,
    }


def _in_turn_afresh(calculations: dict[str, Callable[[], object]]) -> dict[str, float]:
    """One run of every calculation in turn after deleting every kept count: each one's seconds and the total."""
    from yjs.performance.models import PeriodCount

    PeriodCount.objects.all().delete()
    seconds = {}
    for name, work in calculations.items():
        started = time.perf_counter()
        work()
        seconds[name] = time.perf_counter() - started
    seconds["total"] = sum(seconds.values())
    return seconds


def main(argv: list[str] | None = None) -> None:
    args = parse(argv)
    from pages import ensure_dataset, setup_django

    setup_django()
    from django.db import connection

    from yjs.lib.dates import add_months
    from yjs.performance.periods import Quarter

    build = ensure_dataset(args)
    quarter = Quarter.parse(args.quarter) if args.quarter else Quarter.containing(add_months(date.today(), -18))
    print(f"Every indicator for every service, {quarter} ({quarter.window.label()}), on {connection.vendor}:")
    runs = [measure(quarter, args.repeat)]
    print(json.dumps(runs[0], indent=2))
    if not args.no_double:
        runs.append(measure_doubled(quarter, args.repeat))
        print(json.dumps(runs[1], indent=2))
        growth = runs[1]["total_seconds"] / runs[0]["total_seconds"]
        print(f"Doubling the data multiplied the time by {growth:.2f}.")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit.strip(),
        "database": connection.vendor,
        "quarter": str(quarter),
        "build": build,
        "runs": runs,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"indicators-{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    path.write_text(json.dumps(report, indent=2))
    print(f"Written to {path.relative_to(ROOT)}")


def measure_doubled(quarter: Any, repeat: int) -> dict[str, Any]:
    from doubling import double_the_children, doubled_copy

    doubled_copy()
    double_the_children()
    return measure(quarter, repeat)


if __name__ == "__main__":
    main()
