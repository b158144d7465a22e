"""Time `yjs import-notifications` on a large synthetic file, then the same file again.

Generates a CSV of N police notifications (default 100,000) with a realistic mix: most about children
new to the service, about one in five a further offence by a child earlier in the file, a few bad rows
(a date that is not one, a gravity score of 7, a child of 9). Imports it into a fresh database
(var/bench-import.sqlite3, or DATABASE_URL, e.g. PostgreSQL), then imports it again, each import in a
process of its own, and reports rows a second and peak memory for both, and checks that the second
import changed nothing. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
SQLITE = VAR / "bench-import.sqlite3"

FIRST = """
Alex Ash Bailey Cameron Charlie Dani Drew Eden Ellis Finley Frankie Harley Harper Jamie Jay Jess
Jordan Jude Kai Kit Lee Logan Morgan Nat Noah Quinn Reece Riley Robin Rowan Sam Sasha Skye Taylor
Toby Zoe
""".split()
LAST = """
Abbott Ahmed Baker Bennett Brooks Carter Clarke Collins Cooper Davies Edwards Evans Fisher Foster
Green Hall Harris Hughes Jackson James Khan Lewis Marsh Mason Morris Murphy Nolan Owen Parker Patel
Price Reid Roberts Shaw Singh Taylor Turner Walker Ward Wood Wright Young
""".split()
OFFENCES = [
    ("Theft from a shop", "THEFT_AND_HANDLING"),
    ("Common assault", "VIOLENCE_AGAINST_THE_PERSON"),
    ("Criminal damage to a bus shelter", "CRIMINAL_DAMAGE"),
    ("Possession of cannabis", "DRUGS"),
    ("Using threatening words", "PUBLIC_ORDER"),
]
HEADER = [
    "police_reference",
    "first_name",
    "last_name",
    "date_of_birth",
    "pnc_number",
    "sex",
    "local_authority",
    "offence_date",
    "offence_description",
    "offence_category",
    "gravity_score",
    "admitted",
    "officer",
    "victim_details",
    "notified_on",
]
AUTHORITIES = ("E99000101", "E99000102")


def write_file(path: Path, rows: int, seed: int) -> dict[str, int]:
    """The synthetic file, written row by row (never held whole), and how many bad rows it holds."""
    rng = random.Random(seed)
    today = date.today()
    children: list[tuple[str, str, date, str, str, str]] = []
    bad = 0
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for number in range(rows):
            offence_date = today - timedelta(days=rng.randint(1, 300))
            if children and rng.random() < 0.2:
                first, last, born, pnc, sex, authority = rng.choice(children)
                if born > offence_date - timedelta(days=365 * 10 + 3):
                    offence_date = today - timedelta(days=1)
            else:
                born = offence_date - timedelta(days=rng.randint(365 * 10 + 3, 365 * 18 - 3))
                pnc = f"{born.year % 100:02d}/{rng.randint(0, 999999):06d}{chr(65 + rng.randint(0, 25))}"
                if rng.random() < 0.3:
                    pnc = ""  # not yet on the police national computer
                first, last = rng.choice(FIRST), f"{rng.choice(LAST)}-{rng.choice(LAST)}"
                sex, authority = rng.choice("MMMF"), AUTHORITIES[rng.random() < 0.35]
                if len(children) < 200_000:
                    children.append((first, last, born, pnc, sex, authority))
            description, category = rng.choice(OFFENCES)
            row = [
                f"BX/{number:07d}/25",
                first,
                last,
                born.isoformat(),
                pnc,
                sex,
                authority,
                offence_date.isoformat(),
                description,
                category,
                str(rng.choice([1, 2, 2, 3, 3, 4, 5])),
                rng.choice(["yes", "Yes", "no", "y"]),
                f"PC {rng.randint(1000, 9999)} Example",
                "Synthetic victim details",
                min(today, offence_date + timedelta(days=rng.randint(0, 6))).isoformat(),
            ]
            if rng.random() < 0.01:
                bad += 1
                column, value = rng.choice(
                    [(3, "2009-02-30"), (10, "7"), (3, (offence_date - timedelta(days=9 * 365)).isoformat())]
                )
                row[column] = value
            writer.writerow(row)
    return {"rows": rows, "bad": bad}


def yjs(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ROOT / ".venv" / "bin" / "yjs"), *args], check=True, capture_output=True, text=True)


def fresh_database() -> None:
    if os.environ["DATABASE_URL"].startswith("sqlite"):
        SQLITE.unlink(missing_ok=True)
    yjs("migrate", "--no-input", "-v", "0")
    yjs("flush", "--no-input", "-v", "0")
    setup = (
        "from yjs.core.models import Service, LocalAuthority\n"
        "from yjs.core.agencies import ensure_default_agencies\n"
        "s = Service.objects.create(code='bench', name='Benchmark YJS')\n"
        f"for code in {AUTHORITIES!r}: LocalAuthority.objects.create(service=s, code=code, name=code)\n"
        "ensure_default_agencies(s)\n"
    )
    yjs("shell", "-c", setup)


def timed_import(path: Path) -> dict[str, float | str]:
    """One import in a process of its own: its wall time and its own peak memory (from wait4)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "yjs"), "import-notifications", str(path), "--service", "bench"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    first_line = process.stdout.readline().strip()
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux.
    return {"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024, "summary": first_line, "exit": process.returncode}


def table_counts() -> str:
    script = (
        "from django.apps import apps\n"
        "print(sorted((m._meta.label, m._default_manager.count()) for a in ('children', 'diversion') "
        "for m in apps.get_app_config(a).get_models()))"
    )
    return yjs("shell", "-c", script).stdout.strip()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    VAR.mkdir(exist_ok=True)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{SQLITE}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yjs.config.settings")
    os.environ.setdefault("YJS_DEBUG", "0")  # as in production: no query log, no debug cursor
    path = VAR / f"bench-notifications-{args.rows}.csv"
    made = write_file(path, args.rows, args.seed)
    fresh_database()
    database = os.environ["DATABASE_URL"].split("@")[-1]
    print(f"{args.rows:,} rows ({made['bad']} bad) into {database}")
    first = timed_import(path)
    counts = table_counts()
    second = timed_import(path)
    unchanged = table_counts() == counts
    for name, run in (("first import", first), ("re-import", second)):
        rate = args.rows / float(run["seconds"])
        print(
            f"{name:13} {run['seconds']:7.1f} s  {rate:8,.0f} rows/s  peak RSS {run['peak_rss_mb']:6.0f} MB"
            f"  exit {run['exit']}  {run['summary']}"
        )
    print("re-import changed nothing" if unchanged else "RE-IMPORT CHANGED THE DATABASE")
    if not unchanged:
        sys.exit(1)


if __name__ == "__main__":
    main()
