"""`yjs import-history DIR`: a service's past children, offences and outcomes from CSV (docs/import-format.md).

Exit codes: 0 every row landed (created, updated or unchanged); 1 some rows were rejected (the others
landed); 2 nothing was imported (a missing file or column, an unreadable file, or an unknown service).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from yjs.core.models import Service
from yjs.performance.history_import.rows import CHUNK_SIZE, FileRefused
from yjs.performance.history_import.run import History, HistoryResult

REFUSED = 2
SOME_REJECTED = 1


class Command(BaseCommand):
    help = "Import a service's history (children.csv, offences.csv, outcomes.csv in DIR; see docs/import-format.md)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path, help="directory holding children.csv, offences.csv and outcomes.csv")
        parser.add_argument("--service", help="code of the service to import into (default: the only service)")
        parser.add_argument("--errors", type=Path, help="write the rejected rows to this CSV file")
        parser.add_argument("--chunk-size", dest="chunk_size", type=int, default=CHUNK_SIZE)

    def handle(self, *args: Any, directory: Path, **options: Any) -> None:
        history = History(self._service(options["service"]), chunk_size=max(1, options["chunk_size"]))
        try:
            rows = history.check_files(directory)
            with self._progress(sum(rows.values())) as bar:
                result = history.run(directory, progress=bar.update)
        except FileRefused as refused:
            raise CommandError(str(refused), returncode=REFUSED) from None
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            raise CommandError(f"{directory}: {error}. Nothing more was imported.", returncode=REFUSED) from None
        self._report(result, options["errors"])
        if result.rejected:
            raise CommandError(
                f"{len(result.rejected)} rows were rejected; the other rows were imported.", returncode=SOME_REJECTED
            )

    def _progress(self, total: int) -> tqdm:
        # A progress bar helps someone watching a large import; in a log or a pipe it is noise.
        return tqdm(total=total, unit=" rows", file=sys.stderr, disable=not sys.stderr.isatty(), desc="Importing")

    def _service(self, code: str | None) -> Service:
        if code:
            service = Service.objects.filter(code=code).first()
            if service is None:
                raise CommandError(f"No service has the code {code!r}.", returncode=REFUSED)
            return service
        services = list(Service.objects.all()[:2])
        if len(services) != 1:
            raise CommandError("Name the service to import into with --service CODE.", returncode=REFUSED)
        return services[0]

    def _report(self, result: HistoryResult, errors_file: Path | None) -> None:
        for file in result.files:
            self.stdout.write(str(file))
        if not result.changed and not result.rejected:
            self.stdout.write("Nothing changed: every row was already imported as it is.")
        for rejection in result.rejected:
            self.stdout.write(str(rejection))
        if errors_file:
            with errors_file.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(["file", "line", "id", "column", "reason"])
                for rejection in result.rejected:
                    for column, reason in rejection.reasons:
                        writer.writerow([rejection.file, rejection.line, rejection.record_id, column, reason])
