"""Time the busiest pages on a national-scale dataset (300,000 children in 150 services).

Builds the dataset once in its own database (var/bench.sqlite3, or DATABASE_URL if set, e.g. a
PostgreSQL database) and reuses it on later runs. Then, as a case manager with a typical caseload,
requests the caseload, a child's record and a surname search through Django's test client, and
reports the status code, the median and 95th-percentile server time, and the SQL queries per request.
Results go to stdout as a table and to benchmarks/results/ as JSON. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


@dataclass
class PageResult:
    page: str
    url: str
    status: int
    requests: int
    p50_ms: float
    p95_ms: float
    queries: int


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=300_000)
    parser.add_argument("--services", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page, after the warm-up")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument(
        "--case-manager", help="username to sign in as instead of the median one, e.g. the one with the largest caseload"
    )
    return parser.parse_args(argv)


def setup_django() -> None:
    # A database of its own, so the benchmark never touches the demo database.
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yjs.config.settings")
    (ROOT / "var").mkdir(exist_ok=True)
    import django

    django.setup()


def ensure_dataset(args: argparse.Namespace) -> dict[str, Any]:
    from django.core.management import call_command
    from django.db import connection

    from yjs.children.models import Child
    from yjs.core.models import Service

    call_command("migrate", verbosity=0)
    if Service.objects.exists():
        if Child.objects.count() < args.children:
            sys.exit("The benchmark database holds an unfinished dataset: delete it (var/bench.sqlite3) and run again.")
        return {"built": False}
    started = time.perf_counter()
    call_command("synth", children=args.children, services=args.services, seed=args.seed)
    if connection.vendor == "postgresql":
        # Statistics for the planner, and the rows marked visible to all (so that a scan can be answered from an
        # index alone), now rather than whenever autovacuum gets to the new tables.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return {
        "built": True,
        "build_seconds": round(time.perf_counter() - started, 1),
        "build_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def typical_case_manager(username: str | None = None) -> tuple[Any, Any]:
    """The case manager whose open caseload is the median of all case managers', and the child with the
    longest history (most contacts) among their team's cases: a record's cost must not grow with its history."""
    from django.db.models import Count, Q

    from yjs.casework.models import Contact, Intervention
    from yjs.children.models import Child
    from yjs.core.models import User
    from yjs.core.roles import Role

    managers = list(
        User.objects.filter(role=Role.CASE_MANAGER)
        .annotate(open_cases=Count("caseload", filter=Q(caseload__end_date__isnull=True)))
        .filter(open_cases__gt=0)
        .order_by("open_cases", "pk")
    )
    user = next(m for m in managers if m.username == username) if username else managers[len(managers) // 2]
    in_team = Intervention.objects.filter(team_id=user.team_id).values("child_id")
    busiest = (
        Contact.objects.filter(intervention__child_id__in=in_team, intervention__child__archived_at__isnull=True)
        .values("intervention__child_id")
        .annotate(contacts=Count("pk"))
        .order_by("-contacts", "intervention__child_id")
        .first()
    )
    child_id = busiest["intervention__child_id"] if busiest else in_team.order_by("pk").first()["child_id"]
    return user, Child.objects.get(pk=child_id)


def team_manager_of(user: Any) -> Any:
    """The team manager of the case manager's team, for the team cases page."""
    from yjs.core.models import User
    from yjs.core.roles import Role

    return User.objects.filter(role=Role.TEAM_MANAGER, team_id=user.team_id).order_by("pk").first()


def measure(client: Any, page: str, url: str, count: int, warmup: int) -> PageResult:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # Pages answer 501 while they are being built; the status column says so without a log line per request.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    for _ in range(warmup):
        client.get(url)
    times, queries, status = [], [], 0
    for _ in range(count):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            status = client.get(url).status_code
            times.append((time.perf_counter() - started) * 1000)
        queries.append(len(captured.captured_queries))
    p95 = statistics.quantiles(times, n=20, method="inclusive")[18] if len(times) > 1 else times[0]
    return PageResult(page, url, status, count, round(statistics.median(times), 1), round(p95, 1), max(queries))


def dataset_counts() -> dict[str, int]:
    from yjs.casework.models import Contact, Intervention
    from yjs.children.models import Child
    from yjs.core.models import Service
    from yjs.justice.models import Offence, Outcome

    return {
        "services": Service.objects.count(),
        "children": Child.objects.count(),
        "offences": Offence.objects.count(),
        "outcomes": Outcome.objects.count(),
        "interventions": Intervention.objects.count(),
        "open_interventions": Intervention.objects.open().count(),
        "contacts": Contact.objects.count(),
    }


def history_size(child: Any) -> dict[str, int]:
    from yjs.casework.models import Contact, Intervention
    from yjs.justice.models import Offence, Outcome

    return {
        "offences": Offence.objects.filter(child=child).count(),
        "outcomes": Outcome.objects.filter(child=child).count(),
        "interventions": Intervention.objects.filter(child=child).count(),
        "contacts": Contact.objects.filter(intervention__child=child).count(),
    }


def table(results: list[PageResult]) -> str:
    lines = [f"{'page':<14}{'status':>7}{'p50 ms':>10}{'p95 ms':>10}{'queries':>9}  url"]
    for r in results:
        lines.append(f"{r.page:<14}{r.status:>7}{r.p50_ms:>10}{r.p95_ms:>10}{r.queries:>9}  {r.url}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    args = parse(argv)
    setup_django()
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    build = ensure_dataset(args)
    user, child = typical_case_manager(args.case_manager)
    caseload = user.caseload.filter(end_date__isnull=True).count()
    client = Client()
    client.force_login(user, backend=MODEL_BACKEND)
    pages = {
        "caseload": reverse("casework:caseload"),
        "child record": reverse("children:record", args=[child.pk]),
        "timeline": reverse("children:timeline", args=[child.pk]),
        "search": reverse("children:search") + "?" + urlencode({"q": child.last_name}),
    }
    results = [measure(client, page, url, args.requests, args.warmup) for page, url in pages.items()]
    manager = team_manager_of(user)
    if manager is not None:
        client.force_login(manager, backend=MODEL_BACKEND)
        results.append(measure(client, "team cases", reverse("casework:team_cases"), args.requests, args.warmup))
    history = history_size(child)
    print(f"As {user.username} ({caseload} open cases), {args.requests} requests per page after {args.warmup} warm-up;")
    print(f"child {child.pk}'s history: {history}; team cases as {getattr(manager, 'username', 'nobody')}:")
    print(table(results))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit,
        "database": connection.vendor,
        "dataset": dataset_counts(),
        "build": build,
        "case_manager": {"username": user.username, "open_cases": caseload},
        "child": {"pk": child.pk, **history},
        "team_manager": getattr(manager, "username", None),
        "pages": [asdict(r) for r in results],
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"pages-{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    path.write_text(json.dumps(report, indent=2))
    print(f"Written to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
