"""`yjs load-reference FILE.csv`: population estimates and comparators (docs/reference-data.md).

Exit codes: 0 every row loaded (created, updated or unchanged); 1 some rows were rejected (the others
loaded); 2 nothing was loaded (a missing column or an unreadable file).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from yjs.performance.history_import.rows import FileRefused
from yjs.performance.reference import load_reference

REFUSED = 2
SOME_REJECTED = 1


class Command(BaseCommand):
    help = "Load population estimates and comparators from a CSV file (see docs/reference-data.md)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="CSV file, UTF-8, with a header row")

    def handle(self, *args: Any, file: Path, **options: Any) -> None:
        try:
            with file.open(encoding="utf-8-sig", newline="") as stream:
                result = load_reference(stream)
        except FileRefused as refused:
            raise CommandError(str(refused), returncode=REFUSED) from None
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            raise CommandError(f"{file}: {error}. Nothing was loaded.", returncode=REFUSED) from None
        for line in result.lines():
            self.stdout.write(line)
        for rejection in result.rejected:
            self.stdout.write(str(rejection).removeprefix(f"{rejection.file} "))
        if result.rejected:
            raise CommandError(
                f"{len(result.rejected)} rows were rejected; the others were loaded.", returncode=SOME_REJECTED
            )
