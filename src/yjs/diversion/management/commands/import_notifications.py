"""`yjs import-notifications FILE.csv`: load the police's notifications from a CSV file (docs/import-format.md).

Exit codes: 0 every row landed (created, updated or unchanged); 1 some rows were rejected (the others
landed); 2 nothing was imported (a missing column, an unreadable file, or options that do not fit).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from yjs.core.models import LocalAuthority, Service, User
from yjs.diversion import access
from yjs.diversion.imports.notifications import CHUNK_SIZE, FileRefused, ImportResult, NotificationImporter

REFUSED = 2
SOME_REJECTED = 1


class Command(BaseCommand):
    help = "Import police notifications of children from a CSV file (see docs/import-format.md)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="CSV file, UTF-8, with a header row")
        parser.add_argument("--service", help="code of the service to import into (default: the only service)")
        parser.add_argument("--local-authority", dest="local_authority", help="ONS code for rows that do not give one")
        parser.add_argument("--user", help="username recorded as the author (default: none, the import itself)")
        parser.add_argument("--errors", type=Path, help="write the rejected rows to this CSV file")
        parser.add_argument("--chunk-size", dest="chunk_size", type=int, default=CHUNK_SIZE)

    def handle(self, *args: Any, file: Path, **options: Any) -> None:
        service = self._service(options["service"])
        authority = self._local_authority(service, options["local_authority"])
        user = self._user(service, options["user"])
        importer = NotificationImporter(
            service, local_authority=authority, user=user, chunk_size=max(1, options["chunk_size"])
        )
        try:
            with file.open(encoding="utf-8-sig", newline="") as stream, self._progress() as bar:
                result = importer.run(stream, progress=bar.update)
        except FileRefused as refused:
            raise CommandError(str(refused), returncode=REFUSED) from None
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            raise CommandError(f"{file}: {error}. Nothing more was imported.", returncode=REFUSED) from None
        self._report(result, options["errors"])
        if result.rejected:
            raise CommandError(
                f"{len(result.rejected)} rows were rejected; the other rows were imported.", returncode=SOME_REJECTED
            )

    def _progress(self) -> tqdm:
        # A progress bar helps someone watching a large file; in a log or a pipe it is noise.
        return tqdm(unit=" rows", file=sys.stderr, disable=not sys.stderr.isatty(), desc="Importing")

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

    def _local_authority(self, service: Service, code: str | None) -> LocalAuthority | None:
        if not code:
            return None
        authority = LocalAuthority.objects.filter(service=service, code=code).first()
        if authority is None:
            raise CommandError(f"{service} has no local authority with the code {code!r}.", returncode=REFUSED)
        return authority

    def _user(self, service: Service, username: str | None) -> User | None:
        if not username:
            return None
        user = User.objects.filter(username=username, service=service).first()
        if user is None or not access.may_work_pipeline(user):
            raise CommandError(
                f"{username!r} is not a member of {service} who works out-of-court cases.", returncode=REFUSED
            )
        return user

    def _report(self, result: ImportResult, errors_file: Path | None) -> None:
        self.stdout.write(str(result))
        for rejection in result.rejected:
            self.stdout.write(str(rejection))
        if errors_file:
            with errors_file.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(["line", "police_reference", "column", "reason"])
                for rejection in result.rejected:
                    for column, reason in rejection.reasons:
                        writer.writerow([rejection.line, rejection.police_reference, column, reason])
