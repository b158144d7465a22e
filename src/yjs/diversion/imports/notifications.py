"""Importing a file of police notifications: read in chunks, checked row by row, written in bulk.

Each row lands in the same state as if it had been sent alone through
diversion.services.intake.receive_notification (same fields, matching, history and screening requests),
but a chunk of rows costs a handful of queries rather than a dozen per row, so a year of a large
force's notifications imports in seconds. Rows the bulk path does not cover (a correction, a reference
repeated in the file, a service with no screening agencies) go through receive_notification itself.
A bad row is reported with its line and reason and the others land; a file without the columns it
needs is refused before any row is read.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import islice
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, reset_queries, transaction
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.core.agencies import screening_agencies
from yjs.core.models import LocalAuthority, Service, User
from yjs.diversion.imports.inserts import Table
from yjs.diversion.imports.writer import ChunkWriter
from yjs.diversion.matching import Certainty, Identity, match
from yjs.diversion.models import Notification, ScreeningRequest
from yjs.diversion.rules import DiversionRules, screening_due
from yjs.diversion.services.intake import (
    POLICE_ATTNAMES,
    POLICE_FIELDS,
    AlreadyDecided,
    Change,
    apply_match,
    candidate_children,
    child_values,
    is_decided,
    notification_values,
    police_changes,
    receive_notification,
)
from yjs.diversion.vocabularies import Source
from yjs.lib.garbage import collecting_less

REQUIRED_COLUMNS = (
    "police_reference",
    "first_name",
    "last_name",
    "date_of_birth",
    "pnc_number",
    "offence_date",
    "offence_description",
    "gravity_score",
    "admitted",
)
OPTIONAL_COLUMNS = (
    "sex",
    "address",
    "local_authority",
    "offence_category",
    "officer",
    "victim_details",
    "notified_on",
)
DATE_COLUMNS = ("date_of_birth", "offence_date", "notified_on")
ANSWERS = {"yes": True, "y": True, "true": True, "no": False, "n": False, "false": False}
CHUNK_SIZE = 5000  # each chunk fetches the children who share its birthdays: fewer, larger chunks fetch fewer


class FileRefused(Exception):
    """The file as a whole cannot be imported (its columns); nothing was written."""


@dataclass(frozen=True)
class Rejection:
    line: int
    police_reference: str
    reasons: tuple[tuple[str, str], ...]  # (column, message)

    def __str__(self) -> str:
        return _("line %(line)s: %(reasons)s") % {
            "line": self.line,
            # Each message is a sentence; within one line they read as a list.
            "reasons": "; ".join(f"{column}: {message.rstrip('.')}" for column, message in self.reasons) + ".",
        }


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    def count(self, change: Change) -> None:
        setattr(self, change.value, getattr(self, change.value) + 1)

    def __str__(self) -> str:
        return _("Created %(created)s, updated %(updated)s, unchanged %(unchanged)s, rejected %(rejected)s.") % {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": len(self.rejected),
        }


def missing_columns(header: Iterable[str]) -> list[str]:
    given = set(header)
    return [column for column in REQUIRED_COLUMNS if column not in given]


def _reasons(error: ValidationError | AlreadyDecided) -> tuple[tuple[str, str], ...]:
    if isinstance(error, AlreadyDecided):
        return (("police_reference", str(error)),)
    if hasattr(error, "error_dict"):
        return tuple(
            ("row" if name == "__all__" else name, message)
            for name, messages in error.message_dict.items()
            for message in messages
        )
    return tuple(("row", message) for message in error.messages)


class _Pending:
    """A child this chunk will create: a key for matching before it has a primary key."""

    def __init__(self, position: int) -> None:
        self.position = position  # in the chunk's list of new children


class _Matched:
    """What matching settles for a new notification (diversion.services.intake.apply_match sets it)."""

    def __init__(self) -> None:
        self.child_id: int | _Pending | None = None
        self.stage = ""
        self.candidate_ids: list[int | _Pending] = []


@dataclass
class _Row:
    line: int
    data: dict[str, Any]
    values: dict[str, Any]  # the notification's police fields, checked, by attribute name

    @property
    def reference(self) -> str:
        return self.values["police_reference"]

    def identity(self) -> Identity:
        values = self.values
        return Identity(values["first_name"], values["last_name"], values["date_of_birth"], values["pnc_number"])


@dataclass
class _Plan:
    """What a chunk's rows will do: worked out while the chunk before is written, done once it has landed."""

    references: set[str]
    rejections: list[Rejection]
    unchanged: int = 0
    later: list[_Row] = field(default_factory=list)  # one at a time, after the chunk's new rows have landed
    landed: list[tuple[_Row, _Matched]] = field(default_factory=list)  # new notifications, written together
    children: list[dict[str, Any]] = field(default_factory=list)  # the new children they need
    child_identities: list[Identity] = field(default_factory=list)
    child_ids: list[int] | None = None  # reserved before writing when written behind the importer


class NotificationImporter:
    """Imports rows of one file into one service. `user` (or None: the import itself) is recorded as their author."""

    writer: ChunkWriter  # made by each run

    def __init__(
        self,
        service: Service,
        *,
        local_authority: LocalAuthority | None = None,
        user: User | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        self.service = service
        self.user = user
        self.chunk_size = chunk_size
        self.authorities = list(LocalAuthority.objects.filter(service=service))
        self.by_code = {authority.code: authority for authority in self.authorities}
        self.default_authority = local_authority or (self.authorities[0] if len(self.authorities) == 1 else None)
        self.today = timezone.localdate()
        self.agencies = list(screening_agencies(service.pk))
        self.due_on = screening_due(self.today, DiversionRules.from_settings())
        self.result = ImportResult()
        self.in_flight: _Plan | None = None  # the chunk being written
        author = {"service_id": service.pk, "created_by_id": user.pk if user else None}
        author["modified_by_id"] = author["created_by_id"]
        self.children = Table(Child, author)
        self.notifications = Table(Notification, {**author, "source": Source.IMPORT})
        self.requests = Table(ScreeningRequest, {**author, "requested_on": self.today, "due_on": self.due_on})

    def needs_local_authority(self, header: Iterable[str]) -> bool:
        """Whether the rows cannot say which local authority each child lives in."""
        return self.default_authority is None and "local_authority" not in set(header)

    def run(self, stream: Iterable[str], progress: Callable[[int], Any] | None = None) -> ImportResult:
        """Import CSV text (lines, e.g. an open file): FileRefused if columns are missing."""
        reader = csv.reader(stream)
        header = [column.strip().lower() for column in next(reader, [])]
        missing = missing_columns(header)
        if missing:
            raise FileRefused(
                _("The file is missing the columns: %(columns)s. Nothing was imported.") % {"columns": ", ".join(missing)}
            )
        if self.needs_local_authority(header):
            raise FileRefused(
                _(
                    "%(service)s has several local authorities: give a local_authority column or "
                    "--local-authority CODE. Nothing was imported."
                )
                % {"service": self.service}
            )
        rows = self._numbered(reader, header)
        # A chunk makes hundreds of thousands of short-lived tuples and dicts; the chunk being written and the
        # chunk being prepared are tens of thousands of objects that live for a chunk each (yjs.lib.garbage).
        self.writer = ChunkWriter()  # decided now: behind the importer only outside a transaction
        try:
            with collecting_less():
                while chunk := list(islice(rows, self.chunk_size)):
                    self.import_chunk(chunk)
                    reset_queries()  # with DEBUG on, Django keeps each statement: memory must not grow with the file
                    if progress:
                        progress(len(chunk))
                self.settle()
        finally:
            self.writer.close()
        return self.result

    @staticmethod
    def _numbered(reader: Any, header: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
        line = reader.line_num
        for values in reader:
            start, line = line + 1, reader.line_num
            if not any(value.strip() for value in values):
                continue  # a blank line is not a row
            yield start, dict(zip(header, values, strict=False))

    # One row

    def parse(self, raw: dict[str, str]) -> dict[str, Any]:
        """The row's values as the service takes them; ValidationError naming each column at fault."""
        data: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name in POLICE_FIELDS:
            if name in raw and raw[name] is not None:
                data[name] = raw[name].strip()
        for name in DATE_COLUMNS:
            text = data.get(name)
            if not text:
                continue
            try:
                data[name] = date.fromisoformat(text)
            except ValueError:
                errors[name] = _("Give a date as YYYY-MM-DD, for example 2010-05-17, not “%(value)s”.") % {"value": text}
        if not data.get("notified_on"):
            data.pop("notified_on", None)  # today, for a new notification; as stored, for a known one
        gravity = data.get("gravity_score", "")
        if gravity.isdigit() and 1 <= int(gravity) <= 5:
            data["gravity_score"] = int(gravity)
        else:
            errors["gravity_score"] = _("Give the gravity score as a whole number from 1 to 5.")
        answer = ANSWERS.get(data.get("admitted", "").lower())
        if answer is None:
            errors["admitted"] = _("Give yes or no for whether the child admits the offence.")
        data["admitted"] = answer
        if "sex" in data:
            data["sex"] = data["sex"].upper() or "U"
        code = data.pop("local_authority", "")
        authority = self.by_code.get(code) if code else self.default_authority
        if authority is None:
            errors["local_authority"] = (
                _("“%(code)s” is not a local authority of this service.") % {"code": code}
                if code
                else _("Give the local authority's ONS code.")
            )
        data["local_authority"] = authority
        if errors:
            raise ValidationError(errors)
        return data

    def check(self, data: dict[str, Any]) -> dict[str, Any]:
        """The notification's police fields, checked as build_notification checks them (by attribute name)."""
        return notification_values(data, authorities=self.authorities, today=self.today)

    def reject(self, line: int, raw_reference: str, error: ValidationError | AlreadyDecided) -> None:
        self.result.rejected.append(Rejection(line, raw_reference, _reasons(error)))

    def one_at_a_time(self, line: int, data: dict[str, Any]) -> None:
        try:
            with transaction.atomic():
                received = receive_notification(self.service.pk, data, user=self.user, source=Source.IMPORT)
        except (ValidationError, AlreadyDecided) as error:
            self.reject(line, str(data.get("police_reference", "")), error)
        except PermissionDenied:
            self.reject(line, str(data.get("police_reference", "")), ValidationError(_("Not permitted.")))
        else:
            self.result.count(received.change)

    # A chunk

    def stored(self, references: set[str]) -> QuerySet[Notification]:
        """The service's notifications under `references`, each looked up by its reference."""
        notifications = Notification.objects.filter(service=self.service).order_by()
        if connection.vendor != "sqlite":
            return notifications.filter(police_reference__in=references)
        # SQLite, with no statistics, reckons an index on the service alone the cheaper way to a long list of
        # references and reads every notification of the service, a file's chunks one after another; led from
        # the list, it looks each reference up in the service's unique index.
        return notifications.filter(
            pk__in=RawSQL(
                "SELECT n.id FROM json_each(%s) AS r CROSS JOIN diversion_notification AS n"
                " WHERE n.service_id = %s AND n.police_reference = r.value",
                [json.dumps(sorted(references)), self.service.pk],
            )
        )

    def import_chunk(self, chunk: list[tuple[int, dict[str, str]]]) -> None:
        """Check and match the chunk's rows while the chunk before is written, then write them in turn."""
        rows, rejections = self.checked(chunk)
        flight = self.in_flight
        if flight and not flight.references.isdisjoint(row.reference for row in rows):
            self.settle()  # a reference the chunk being written also has: compared once that has landed
        plan, copies = self.prepared(rows, rejections)
        if self.settle():  # the children the chunk before was to make are now others
            plan, copies = self.prepared(rows, rejections)
        self.carry_out(plan, copies)

    def prepared(self, rows: list[_Row], rejections: list[Rejection]) -> tuple[_Plan, list[tuple[str, str]] | None]:
        """The chunk's plan and, for the writer's process, its records as COPY text (under keys reserved now)."""
        plan = self.plan(rows, rejections)
        return plan, self._copies(plan) if self.writer.behind and plan.landed else None

    def checked(self, chunk: list[tuple[int, dict[str, str]]]) -> tuple[list[_Row], list[Rejection]]:
        rows: list[_Row] = []
        rejections: list[Rejection] = []
        for line, raw in chunk:
            try:
                data = self.parse(raw)
                rows.append(_Row(line, data, self.check(data)))
            except ValidationError as error:
                rejections.append(Rejection(line, raw.get("police_reference", "").strip(), _reasons(error)))
        return rows, rejections

    def plan(self, rows: list[_Row], rejections: list[Rejection]) -> _Plan:
        """What the chunk's rows will do, given what is stored and the chunk being written; nothing changed yet."""
        plan = _Plan(rejections=list(rejections), references={row.reference for row in rows})
        # What is stored under the chunk's references, as plain values: comparing them is all a repeat costs.
        stored = {
            values["police_reference"]: values
            for values in self.stored(plan.references).values("pk", *POLICE_ATTNAMES.values())
        }
        new: list[_Row] = []
        references: set[str] = set()
        for row in rows:
            reference = row.reference
            if reference in references:
                plan.later.append(row)  # repeated in the file: after the first has landed, as a correction
                continue
            references.add(reference)
            known = stored.get(reference)
            if known is None:
                new.append(row)
                continue
            given = [name for name in POLICE_FIELDS if row.data.get(name) is not None]
            if not police_changes(known, row.values, given):
                plan.unchanged += 1
                continue
            notification = Notification.objects.get(pk=known["pk"])
            if is_decided(notification):
                plan.rejections.append(Rejection(row.line, reference, _reasons(AlreadyDecided(notification))))
            else:
                plan.later.append(row)
        if self.agencies:
            self.match_new(plan, new)
        else:
            plan.later = sorted([*new, *plan.later], key=lambda row: row.line)
        return plan

    def match_new(self, plan: _Plan, rows: list[_Row]) -> None:
        """Match each new row to a child (one stored, one being written, or one the chunk makes)."""
        identities = [row.identity() for row in rows]
        flight = self.in_flight
        writing = zip(flight.child_ids or [], flight.child_identities, strict=False) if flight else ()
        known = candidate_children(self.service.pk, identities, also=writing)
        # Children found in the database first (by key), then those this chunk makes, in the order made:
        # the same order the candidates have when each row is received alone.
        by_date: dict[date, list[tuple[Any, Identity]]] = defaultdict(list)
        by_pnc: dict[str, list[tuple[Any, Identity]]] = defaultdict(list)
        order: dict[Any, int] = {}

        def index(key: Any, identity: Identity) -> None:
            order[key] = len(order)
            by_date[identity.date_of_birth].append((key, identity))
            if identity.pnc:
                by_pnc[identity.pnc].append((key, identity))

        for key, identity in known:
            index(key, identity)
        for row, identity in zip(rows, identities, strict=True):
            candidates = dict(by_date.get(identity.date_of_birth, []))
            if identity.pnc:
                candidates.update(by_pnc.get(identity.pnc, []))
            result = match(identity, sorted(candidates.items(), key=lambda item: order[item[0]]))
            matched = _Matched()
            apply_match(matched, result)  # type: ignore[arg-type]
            if result.certainty == Certainty.NEW:
                try:
                    child = child_values(row.values, self.today)
                except ValidationError as error:
                    plan.rejections.append(Rejection(row.line, row.reference, _reasons(error)))
                    continue
                matched.child_id = _Pending(len(plan.children))
                plan.children.append(child)
                made = Identity(child["first_name"], child["last_name"], child["date_of_birth"], child["pnc_number"])
                plan.child_identities.append(made)
                index(matched.child_id, made)
            plan.landed.append((row, matched))

    def carry_out(self, plan: _Plan, copies: list[tuple[str, str]] | None) -> None:
        self.result.rejected.extend(plan.rejections)
        self.result.unchanged += plan.unchanged
        if plan.landed:
            if copies is not None:
                self.writer.send(copies)
            else:
                self.writer.write(partial(self._write, plan))
            self.in_flight = plan
            if not self.writer.behind or plan.later:
                self.settle()
        for row in plan.later:
            self.one_at_a_time(row.line, row.data)

    def settle(self) -> bool:
        """Wait for the chunk being written; True if it was refused, its rows then taken one at a time."""
        flight, self.in_flight = self.in_flight, None
        if flight is None:
            return False
        try:
            self.writer.settle()
        except IntegrityError:
            # Someone else sent one of these references meanwhile: take the chunk's rows one at a time.
            for row, _matched in flight.landed:
                self.one_at_a_time(row.line, row.data)
            return True
        self.result.created += len(flight.landed)
        return False

    def _write(self, plan: _Plan) -> None:
        """The chunk's records, written now (in the writer's transaction)."""
        user_id = self.user.pk if self.user else None
        now = timezone.now()  # one moment for the whole chunk, as it lands in one transaction
        self._records(plan, lambda table, records, ids: table.insert(records, now, user_id, ids=ids))

    def _copies(self, plan: _Plan) -> list[tuple[str, str]]:
        """The chunk's records as COPY text, under keys reserved now, for the writer's process to store."""
        user_id = self.user.pk if self.user else None
        now = timezone.now()
        copies: list[tuple[str, str]] = []

        def store(table: Table, records: list[dict[str, Any]], ids: list[int] | None) -> list[int]:
            ids = table.reserve(len(records)) if ids is None else ids
            copies.extend(table.copies(records, now, user_id, ids))
            return ids

        # Known before the chunk is sent, so that the next chunk can match these children.
        plan.child_ids = self.children.reserve(len(plan.children))
        self._records(plan, store)
        return copies

    def _records(self, plan: _Plan, store: Callable[[Table, list[dict[str, Any]], list[int] | None], list[int]]) -> None:
        """The chunk's children, notifications and screening requests, each table's given to `store` (its keys back)."""
        child_ids = store(self.children, plan.children, plan.child_ids)

        def key(candidate: int | _Pending | None) -> int | None:
            return child_ids[candidate.position] if isinstance(candidate, _Pending) else candidate

        notifications = [
            {
                **row.values,
                "child_id": key(matched.child_id),
                "stage": matched.stage,
                "candidate_ids": [key(candidate) for candidate in matched.candidate_ids],
            }
            for row, matched in plan.landed
        ]
        ids = store(self.notifications, notifications, None)
        requests = [
            {"notification_id": pk, "agency_id": agency.pk}
            for pk, notification in zip(ids, notifications, strict=True)
            if notification["child_id"]
            for agency in self.agencies
        ]
        store(self.requests, requests, None)
