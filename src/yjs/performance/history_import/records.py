"""The import of one file of records, in chunks: check each row, then create, update or leave each record.

A subclass says how to check a row (`check`, filling `row.values` by attribute name with only what the
file gives) and how to write new records (`create`); this class finds what is stored under each
identifier, compares, and counts. New records are written in bulk with their first history row
(diversion.imports.inserts.Table); a changed record is saved on its own, so its history keeps the
version before the change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from typing import TYPE_CHECKING, Any

from django.db import models, reset_queries, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.diversion.imports.inserts import Table
from yjs.performance.history_import.rows import CHUNK_SIZE, FileResult, Rejection, Row, RowError

if TYPE_CHECKING:
    from yjs.performance.history_import.run import History

ID_LENGTH = 64


class RecordFile:
    file: str
    model: type[models.Model]
    id_column: str
    required: tuple[str, ...]
    # The attributes a row may set and a re-import compares.
    attributes: tuple[str, ...]

    def __init__(self, history: History, chunk_size: int = CHUNK_SIZE) -> None:
        self.history = history
        self.service = history.service
        self.chunk_size = chunk_size
        self.result = FileResult(self.file)
        self.seen: dict[str, int] = {}  # identifier -> the line it first appeared on, in this file
        self.rejected: dict[str, int] = {}  # identifier -> the line of its rejected row
        author = {"service_id": self.service.pk, "created_by_id": None, "modified_by_id": None}
        self.table = Table(self.model, author)

    def run(self, rows: Iterable[tuple[int, dict[str, str]]], progress: Callable[[int], Any] | None = None) -> FileResult:
        rows = iter(rows)
        while chunk := list(islice(rows, self.chunk_size)):
            self.import_chunk([Row(line, raw.get(self.id_column, ""), raw) for line, raw in chunk])
            reset_queries()  # with DEBUG on, Django keeps each statement: memory must not grow with the file
            if progress:
                progress(len(chunk))
        self.result.rejected.sort(key=lambda rejection: rejection.line)  # a repeat is found before the chunk is checked
        return self.result

    def reject(self, row: Row, reasons: dict[str, str]) -> None:
        self.rejected.setdefault(row.record_id, row.line)
        self.result.rejected.append(Rejection(self.file, row.line, row.record_id, tuple(reasons.items())))

    # Hooks

    def look_up(self, rows: list[Row]) -> None:
        """Fetch what the chunk's rows refer to, in a query or two, before they are checked."""

    def check(self, row: Row) -> None:
        raise NotImplementedError

    def conflicts(self, row: Row, stored: dict[str, Any]) -> dict[str, str]:
        """Reasons a change to a stored record is refused (e.g. moving an offence to another child)."""
        return {}

    def differs(self, row: Row, stored: dict[str, Any]) -> bool:
        return any(stored[name] != value for name, value in row.values.items())

    def create(self, rows: list[Row]) -> list[int]:
        now = timezone.now()  # one moment for the whole chunk, as it lands in one transaction
        return self.table.insert([self.new_values(row) for row in rows], now, None)

    def new_values(self, row: Row) -> dict[str, Any]:
        return {**row.values, "imported_id": row.record_id}

    def apply(self, record: models.Model, row: Row) -> None:
        for name, value in row.values.items():
            setattr(record, name, value)

    def after_save(self, record: models.Model, row: Row) -> None:
        """What a changed record needs beyond its own columns (an outcome's offences)."""

    def stored(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        found = self.model._default_manager.filter(service=self.service, imported_id__in=list(ids))
        return {values["imported_id"]: values for values in found.values("pk", "imported_id", *self.attributes)}

    # A chunk

    def import_chunk(self, chunk: list[Row]) -> None:
        rows = [row for row in chunk if self._identified(row)]
        self.look_up(rows)
        checked: list[Row] = []
        for row in rows:
            try:
                self.check(row)
            except RowError as error:
                self.reject(row, error.reasons)
            else:
                checked.append(row)
        stored = self.stored(row.record_id for row in checked)
        new: list[Row] = []
        changed: list[tuple[Row, dict[str, Any]]] = []
        for row in checked:
            known = stored.get(row.record_id)
            if known is None:
                new.append(row)
            elif conflicts := self.conflicts(row, known):
                self.reject(row, conflicts)
            elif self.differs(row, known):
                changed.append((row, known))
            else:
                self.result.unchanged += 1
        with transaction.atomic():
            self.create(new)
            self._update(changed)
        self.result.created += len(new)
        self.result.updated += len(changed)

    def _identified(self, row: Row) -> bool:
        """Whether the row has an identifier of its own, not seen before in this file."""
        if not row.record_id:
            self.reject(row, {self.id_column: _("Give the record's identifier in the system it comes from.")})
            return False
        if len(row.record_id) > ID_LENGTH:
            self.reject(row, {self.id_column: _("An identifier is at most %(n)s characters.") % {"n": ID_LENGTH}})
            return False
        first = self.seen.setdefault(row.record_id, row.line)
        if first != row.line:
            self.result.rejected.append(
                Rejection(
                    self.file,
                    row.line,
                    row.record_id,
                    (
                        (
                            self.id_column,
                            _("“%(id)s” is already on line %(line)s of this file.") % {"id": row.record_id, "line": first},
                        ),
                    ),
                )
            )
            return False
        return True

    def _update(self, changed: list[tuple[Row, dict[str, Any]]]) -> None:
        records = self.model._default_manager.in_bulk([known["pk"] for _row, known in changed])
        for row, known in changed:
            record = records[known["pk"]]
            self.apply(record, row)
            record.version += 1  # type: ignore[attr-defined]
            record.modified_by = None  # type: ignore[attr-defined]
            record.save()
            self.after_save(record, row)

    # Messages shared by the files that refer to others

    def refer(self, kind: str, file: str, record_id: str, rejected: dict[str, int], found: dict[str, Any]) -> Any:
        """What `record_id` refers to, or RowError: its row was rejected, or there is no such record."""
        if record_id in rejected:
            raise RowError(
                {
                    f"{kind}_id": _("the row for %(kind)s “%(id)s” in %(file)s (line %(line)s) was rejected.")
                    % {"kind": _(kind), "id": record_id, "file": file, "line": rejected[record_id]}
                }
            )
        if record_id not in found:
            raise RowError(
                {
                    f"{kind}_id": _("No %(kind)s has the identifier “%(id)s” in %(file)s or an earlier import.")
                    % {"kind": _(kind), "id": record_id, "file": file}
                }
            )
        return found[record_id]
