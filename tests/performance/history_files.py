"""Writing the three files `yjs import-history` reads, and running it, for the tests."""

from __future__ import annotations

import csv
from io import StringIO
from pathlib import Path
from typing import Any

from django.core.management import CommandError, call_command

CHILD_COLUMNS = ["child_id", "date_of_birth", "sex", "ethnicity", "local_authority"]
OFFENCE_COLUMNS = ["offence_id", "child_id", "offence_date", "category", "seriousness"]
OUTCOME_COLUMNS = ["outcome_id", "child_id", "offence_id", "outcome_code", "outcome_date", "release_date"]


def child(child_id: str, **changes: Any) -> dict[str, Any]:
    return {
        "child_id": child_id,
        "date_of_birth": "2008-03-01",
        "sex": "M",
        "ethnicity": "W_BRITISH",
        "local_authority": "E06000059",
        **changes,
    }


def offence(offence_id: str, child_id: str, **changes: Any) -> dict[str, Any]:
    return {
        "offence_id": offence_id,
        "child_id": child_id,
        "offence_date": "2022-05-01",
        "category": "THEFT_AND_HANDLING",
        "seriousness": "2",
        **changes,
    }


def outcome(outcome_id: str, child_id: str, offence_id: str, **changes: Any) -> dict[str, Any]:
    return {
        "outcome_id": outcome_id,
        "child_id": child_id,
        "offence_id": offence_id,
        "outcome_code": "YC",
        "outcome_date": "2022-07-01",
        "release_date": "",
        **changes,
    }


def write(path: Path, rows: list[dict[str, Any]], columns: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def history(
    directory: Path,
    children: list[dict[str, Any]],
    offences: list[dict[str, Any]] = (),  # type: ignore[assignment]
    outcomes: list[dict[str, Any]] = (),  # type: ignore[assignment]
    *,
    child_columns: list[str] = CHILD_COLUMNS,
    offence_columns: list[str] = OFFENCE_COLUMNS,
    outcome_columns: list[str] = OUTCOME_COLUMNS,
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    write(directory / "children.csv", children, child_columns)
    write(directory / "offences.csv", list(offences), offence_columns)
    write(directory / "outcomes.csv", list(outcomes), outcome_columns)
    return directory


def run(directory: Path, *options: str, service: str = "dorset") -> tuple[str, int]:
    out = StringIO()
    try:
        call_command("import_history", str(directory), "--service", service, *options, stdout=out)
    except CommandError as error:
        return out.getvalue() + str(error), error.returncode
    return out.getvalue(), 0
