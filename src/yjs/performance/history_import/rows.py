"""What every history file shares: reading rows by line, refusing a file, and counting what happened."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.translation import gettext as _

CHUNK_SIZE = 2000


class FileRefused(Exception):
    """A file cannot be imported as a whole (missing, unreadable or short of columns); nothing was written."""


class RowError(Exception):
    """A row that cannot land, with the reason for each column at fault."""

    def __init__(self, reasons: dict[str, str]) -> None:
        super().__init__(reasons)
        self.reasons = reasons


@dataclass(frozen=True)
class Rejection:
    file: str
    line: int
    record_id: str
    reasons: tuple[tuple[str, str], ...]  # (column, message)

    def __str__(self) -> str:
        return _("%(file)s line %(line)s: %(reasons)s") % {
            "file": self.file,
            "line": self.line,
            "reasons": "; ".join(f"{column}: {message.rstrip('.')}" for column, message in self.reasons) + ".",
        }


@dataclass
class FileResult:
    file: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return self.created + self.updated

    def __str__(self) -> str:
        return _("%(file)s: created %(created)s, updated %(updated)s, unchanged %(unchanged)s, rejected %(rejected)s.") % {
            "file": self.file,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": len(self.rejected),
        }


@dataclass
class Row:
    """One row of a file: its line, its identifier, its text by column, and its checked values by attribute."""

    line: int
    record_id: str
    raw: dict[str, str]
    values: dict[str, Any] = field(default_factory=dict)
    links: set[int] = field(default_factory=set)  # keys of the records it is linked to (an outcome's offences)


def header_of(reader: Any) -> list[str]:
    return [column.strip().lower() for column in next(reader, [])]


def missing(header: Iterable[str], required: Iterable[str]) -> list[str]:
    given = set(header)
    return [column for column in required if column not in given]


def numbered(reader: Any, header: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Each row with the line it starts on (the header is line 1); blank lines are not rows."""
    line = reader.line_num
    for values in reader:
        start, line = line + 1, reader.line_num
        if not any(value.strip() for value in values):
            continue
        # A short row leaves its last columns empty, as a spreadsheet writes them.
        yield start, {name: values[i].strip() if i < len(values) else "" for i, name in enumerate(header)}


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            _("Give a date as YYYY-MM-DD, for example 2010-05-17, not “%(value)s”.") % {"value": text}
        ) from None


def optional(raw: dict[str, str], column: str) -> str | None:
    """The column's text, or None when the file has no such column or leaves it empty (keep what is stored)."""
    text = raw.get(column)
    return text or None


ANSWERS = {"yes": True, "y": True, "true": True, "1": True, "no": False, "n": False, "false": False, "0": False}


def parse_answer(text: str) -> bool:
    answer = ANSWERS.get(text.lower())
    if answer is None:
        raise ValueError(_("Give yes or no, not “%(value)s”.") % {"value": text})
    return answer
