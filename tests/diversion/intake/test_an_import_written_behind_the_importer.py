"""On PostgreSQL, outside a transaction, each chunk is written by a process of its own while the next is
prepared: what lands must be what lands when the chunks are written in turn, a child the chunk being written
makes included, and a chunk the database refuses must still land row by row."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction

from tests.browser.team import load_outcome_registry
from tests.conftest import Cast, build_cast
from tests.diversion.intake.conftest import csv_row
from tests.diversion.intake.test_an_import_lands_as_notifications_sent_one_by_one import Rollback, rows, snapshot
from yjs.diversion.imports.notifications import ImportResult, NotificationImporter
from yjs.diversion.imports.writer import ChunkWriter
from yjs.diversion.models import Notification
from yjs.diversion.services.intake import POLICE_FIELDS, receive_notification
from yjs.diversion.vocabularies import Source

pytestmark = pytest.mark.django_db(transaction=True)

ON_POSTGRESQL = connection.vendor == "postgresql"


@pytest.fixture
def cast() -> Cast:
    load_outcome_registry()  # each test here empties the tables, the registry included
    return build_cast()


def lines(cast: Cast) -> list[str]:
    """Seven rows: Drew's second notification (line 4) comes a chunk of two after the one that makes Drew (line 3)."""
    return [",".join(POLICE_FIELDS)] + [
        ",".join(csv_row(data)[name] for name in POLICE_FIELDS) for data in rows(cast)
    ]


def imported(cast: Cast, text: list[str]) -> tuple[ImportResult, NotificationImporter]:
    importer = NotificationImporter(cast.service, user=cast.police_officer, chunk_size=2)
    return importer.run(text), importer


def test_chunks_written_behind_land_as_chunks_written_in_turn(cast: Cast) -> None:
    try:
        with transaction.atomic():  # in a transaction: in turn
            in_turn, importer = imported(cast, lines(cast))
            assert not importer.writer.behind
            landed_in_turn = snapshot()
            raise Rollback
    except Rollback:
        pass
    behind, importer = imported(cast, lines(cast))
    assert importer.writer.behind == ON_POSTGRESQL
    assert importer.in_flight is None  # the last chunk settled before the import returned
    assert snapshot() == landed_in_turn
    assert (behind.created, len(behind.rejected)) == (in_turn.created, len(in_turn.rejected)) == (6, 1)
    drew = Notification.objects.filter(police_reference__in=["A/2", "A/3"])
    assert len({notification.child_id for notification in drew}) == 1  # matched to the child being written


def test_a_chunk_the_database_refuses_lands_row_by_row(cast: Cast, monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone sends one of the chunk's references after it was checked: its write is refused, as a whole."""
    first = rows(cast)[0]
    sent = {"send": ChunkWriter.send, "write": ChunkWriter.write}

    def meanwhile(name: str) -> Any:
        def write(self: ChunkWriter, *args: Any) -> None:
            if not Notification.objects.filter(police_reference=first["police_reference"]).exists():
                receive_notification(cast.service.pk, first, user=cast.police_officer, source=Source.IMPORT)
            sent[name](self, *args)

        return write

    monkeypatch.setattr(ChunkWriter, "send", meanwhile("send"))
    monkeypatch.setattr(ChunkWriter, "write", meanwhile("write"))
    result, _ = imported(cast, lines(cast))
    assert (result.created, result.unchanged, len(result.rejected)) == (5, 1, 1)
    assert Notification.objects.count() == 6
    with_a_child = Notification.objects.exclude(child=None)
    assert [notification.screening_requests.count() for notification in with_a_child] == [4] * with_a_child.count()


@pytest.mark.skipif(not ON_POSTGRESQL, reason="SQLite's chunks are written in turn")
def test_the_writers_process_reports_a_refused_chunk_and_goes_on(cast: Cast) -> None:
    writer = ChunkWriter()
    statement = 'COPY "diversion_screeningrequest" ("id", "notification_id") FROM STDIN'
    try:
        writer.send([(statement, "1\t999999\n")])  # no such notification, and no agency
        with pytest.raises(IntegrityError):
            writer.settle()
        writer.send([])
        writer.settle()
    finally:
        writer.close()
