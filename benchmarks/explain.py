"""Show the SQL a page runs, with each query's time and the database's plan for the slow ones.

    python benchmarks/explain.py USERNAME URL [--slower-than MS]

Uses the benchmark's database (var/bench.sqlite3, or DATABASE_URL), signs in as USERNAME and requests URL
twice, reporting the second request: SQLite's EXPLAIN QUERY PLAN, or PostgreSQL's EXPLAIN ANALYZE.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import MODEL_BACKEND, setup_django  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("username")
    parser.add_argument("url")
    parser.add_argument("--slower-than", type=float, default=2.0, help="explain queries slower than this, in ms")
    args = parser.parse_args(argv)
    setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from yjs.core.models import User

    client = Client()
    client.force_login(User.objects.get(username=args.username), backend=MODEL_BACKEND)
    client.get(args.url)  # warm caches, so the report shows the steady state
    with CaptureQueriesContext(connection) as captured:
        status = client.get(args.url).status_code
    print(f"{args.url}: {status}, {len(captured)} queries")
    explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN ANALYZE "
    for query in captured.captured_queries:
        ms = float(query["time"]) * 1000
        print(f"\n{ms:.1f} ms  {query['sql']}")
        if ms >= args.slower_than and query["sql"].startswith("SELECT"):
            with connection.cursor() as cursor:
                # The captured SQL has its parameters inlined already, so it runs as it stands.
                cursor.execute(explain + query["sql"].replace("%", "%%"))
                for row in cursor.fetchall():
                    print("    ", row[-1])


if __name__ == "__main__":
    main()
