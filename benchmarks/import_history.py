"""Time `yjs import-history` on a synthetic history of N children (default 10,000), then the same files again.

Each child has one to four offences, each dealt with by an outcome (a mix of out-of-court and court
outcomes, a few custodial with a release date); one row in a thousand is bad. The files are imported
into a fresh database (var/bench-history.sqlite3, or DATABASE_URL, e.g. PostgreSQL), then imported
again, each import in a process of its own; the second must change nothing.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
SQLITE = VAR / "bench-history.sqlite3"
AUTHORITIES = ("E99000201", "E99000202")
CATEGORIES = ("THEFT_AND_HANDLING", "VIOLENCE_AGAINST_THE_PERSON", "CRIMINAL_DAMAGE", "DRUGS", "PUBLIC_ORDER")
OUTCOMES = ("CR", "O22", "YC", "YCC", "RO", "YRO", "DISCHARGE", "DTO")
ETHNICITIES = ("W_BRITISH", "W_OTHER", "Black or Black British", "M_WBC", "A_PAKISTANI", "Not known")


def write_files(directory: Path, children: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    counts = {"children": 0, "offences": 0, "outcomes": 0}
    directory.mkdir(parents=True, exist_ok=True)
    with (
        (directory / "children.csv").open("w", newline="") as c,
        (directory / "offences.csv").open("w", newline="") as o,
        (directory / "outcomes.csv").open("w", newline="") as r,
    ):
        kids, offences, outcomes = csv.writer(c), csv.writer(o), csv.writer(r)
        kids.writerow(["child_id", "date_of_birth", "sex", "ethnicity", "local_authority", "care_status"])
        offences.writerow(["offence_id", "child_id", "offence_date", "category", "seriousness"])
        outcomes.writerow(["outcome_id", "child_id", "offence_id", "outcome_code", "outcome_date", "release_date"])
        for n in range(children):
            born = date(2004, 1, 1) + timedelta(days=rng.randint(0, 365 * 8))
            child_id = f"C{n:07d}"
            authority = AUTHORITIES[rng.random() < 0.35]
            kids.writerow([child_id, born, rng.choice("MMMMF"), rng.choice(ETHNICITIES), authority, "none"])
            counts["children"] += 1
            day = born + timedelta(days=365 * 12 + rng.randint(0, 365 * 4))
            for k in range(rng.randint(1, 4)):
                if day >= date.today() - timedelta(days=100):
                    break
                offence_id = f"{child_id}-O{k}"
                seriousness = "9" if rng.random() < 0.001 else str(rng.randint(1, 6))
                offences.writerow([offence_id, child_id, day, rng.choice(CATEGORIES), seriousness])
                code = rng.choice(OUTCOMES)
                decided = day + timedelta(days=rng.randint(20, 90))
                release = decided + timedelta(days=120) if code == "DTO" else ""
                outcomes.writerow([f"{child_id}-R{k}", child_id, offence_id, code, decided, release])
                counts["offences"] += 1
                counts["outcomes"] += 1
                day = decided + timedelta(days=rng.randint(30, 200))
    return counts


def yjs(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ROOT / ".venv" / "bin" / "yjs"), *args], check=check, capture_output=True, text=True)


def fresh_database() -> None:
    if os.environ["DATABASE_URL"].startswith("sqlite"):
        SQLITE.unlink(missing_ok=True)
    yjs("migrate", "--no-input", "-v", "0")
    yjs("flush", "--no-input", "-v", "0")
    yjs("loaddata", "outcome_types", "-v", "0")  # flush empties the outcome registry the migrations filled
    setup = (
        "from yjs.core.models import Service, LocalAuthority\n"
        "s = Service.objects.create(code='bench', name='Benchmark YJS')\n"
        f"for code in {AUTHORITIES!r}: LocalAuthority.objects.create(service=s, code=code, name=code)\n"
    )
    yjs("shell", "-c", setup)


def timed_import(directory: Path) -> tuple[float, str]:
    started = time.perf_counter()
    done = yjs("import-history", str(directory), "--service", "bench", check=False)
    if done.returncode not in (0, 1):  # 1: the file's few bad rows were rejected, as they should be
        raise SystemExit(done.stdout + done.stderr)
    summary = "\n".join(line for line in done.stdout.splitlines() if line.endswith(".") and ".csv:" in line)
    return time.perf_counter() - started, summary


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    VAR.mkdir(exist_ok=True)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{SQLITE}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yjs.config.settings")
    os.environ.setdefault("YJS_DEBUG", "0")
    directory = VAR / f"bench-history-{args.children}"
    counts = write_files(directory, args.children, args.seed)
    fresh_database()
    rows = sum(counts.values())
    print(
        f"{counts['children']:,} children, {counts['offences']:,} offences, {counts['outcomes']:,} outcomes ({rows:,} rows)"
    )
    for attempt in ("first import", "same files again"):
        seconds, summary = timed_import(directory)
        print(f"{attempt}: {seconds:.1f} s ({rows / seconds:,.0f} rows a second)\n{summary}")


if __name__ == "__main__":
    main()
