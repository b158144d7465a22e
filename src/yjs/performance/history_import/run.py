"""Importing a directory of history: every file's columns checked first, then each file in order."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.core.models import LocalAuthority, Service
from yjs.lib.garbage import collecting_less
from yjs.performance.follow_ups import recount
from yjs.performance.history_import.children import ChildrenFile
from yjs.performance.history_import.offences import OffencesFile
from yjs.performance.history_import.outcomes import OutcomesFile
from yjs.performance.history_import.records import RecordFile
from yjs.performance.history_import.rows import CHUNK_SIZE, FileRefused, FileResult, header_of, missing, numbered

FILES: tuple[type[RecordFile], ...] = (ChildrenFile, OffencesFile, OutcomesFile)


@dataclass
class HistoryResult:
    files: list[FileResult] = field(default_factory=list)

    @property
    def rejected(self) -> list[Any]:
        return [rejection for result in self.files for rejection in result.rejected]

    @property
    def changed(self) -> int:
        return sum(result.changed for result in self.files)


class History:
    """One import of a directory into one service; what a file rejects, the files after it refuse to refer to."""

    def __init__(self, service: Service, *, chunk_size: int = CHUNK_SIZE) -> None:
        self.service = service
        self.chunk_size = chunk_size
        self.authorities = list(LocalAuthority.objects.filter(service=service).values_list("pk", "code", "name"))
        self.rejected_children: dict[str, int] = {}
        self.rejected_offences: dict[str, int] = {}

    def check_files(self, directory: Path) -> dict[str, int]:
        """Each file's rows (for a progress bar); FileRefused naming every missing file and column."""
        problems: list[str] = []
        rows: dict[str, int] = {}
        for kind in FILES:
            path = directory / kind.file
            if not path.is_file():
                problems.append(_("%(file)s is missing from %(directory)s.") % {"file": kind.file, "directory": directory})
                continue
            try:
                with path.open(encoding="utf-8-sig", newline="") as stream:
                    reader = csv.reader(stream)
                    absent = missing(header_of(reader), kind.required)
                    rows[kind.file] = sum(1 for _row in reader)
            except (OSError, UnicodeDecodeError, csv.Error) as error:
                problems.append(f"{kind.file}: {error}")
                continue
            if absent:
                problems.append(
                    _("%(file)s is missing the columns: %(columns)s.") % {"file": kind.file, "columns": ", ".join(absent)}
                )
        if problems:
            raise FileRefused(" ".join([*problems, _("Nothing was imported.")]))
        return rows

    def run(self, directory: Path, progress: Callable[[int], Any] | None = None) -> HistoryResult:
        """Import children.csv, offences.csv and outcomes.csv from `directory`, in that order."""
        self.check_files(directory)
        result = HistoryResult()
        # Chunks make many short-lived objects (yjs.lib.garbage).
        with collecting_less():
            for kind in FILES:
                importer = kind(self, chunk_size=self.chunk_size)
                with (directory / kind.file).open(encoding="utf-8-sig", newline="") as stream:
                    reader = csv.reader(stream)
                    header = header_of(reader)
                    result.files.append(importer.run(numbered(reader, header), progress))
                if kind is ChildrenFile:
                    self.rejected_children = importer.rejected
                elif kind is OffencesFile:
                    self.rejected_offences = importer.rejected
        if result.changed:
            # Written in bulk, past the saves that mark a child for the figures: the service's follow-ups afresh.
            recount(Child.objects.filter(service=self.service).values_list("pk", flat=True))
        return result
