"""Writing an import's chunks, each in a transaction of its own: in turn, or behind the importer.

On PostgreSQL the server's share of a chunk (storing its rows and indexes, then at the commit checking each
row's foreign keys) is longer than the importer's own (reading, checking, matching and formatting the
rows), and done in turn the two add up. Behind the importer, the importer formats a chunk's rows as COPY text
under keys it has reserved, and hands the text to a small process of its own, which streams it to the server
on a connection of its own and commits, while the importer goes on to the next chunk: the two overlap. (A
thread does not do: the importer's Python holds the interpreter's lock, and the thread, waking for every
block the server takes, waits for it each time.) One chunk at most is in flight, so memory still does not
grow with the file.

Only on PostgreSQL and outside a transaction: another connection could not see what an enclosing transaction
has not committed (the service a test has just made, say) and would wait on its locks. SQLite writes in
turn: its keys are reserved under the write lock of the chunk's own transaction, and all the work is the
importer's process's either way.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import Any

from django.db import DatabaseError, IntegrityError, connection, reset_queries, transaction

Copies = Sequence[tuple[str, str]]  # (COPY … FROM STDIN, its text)


class ChunkWriter:
    """Runs each chunk's write in a transaction; `settle` waits for the last and raises what it raised."""

    def __init__(self) -> None:
        self.behind = connection.vendor == "postgresql" and not connection.in_atomic_block
        self._process: Any = None  # the writer's process, started with the first chunk sent
        self._outcome: BaseException | None = None
        self._in_flight = False

    def write(self, write: Callable[[], None]) -> None:
        """Run `write` now, in a transaction of its own (in turn); what it raises is kept for `settle`."""
        self._start()
        try:
            # The write uses the driver's own cursor: its errors are the driver's until Django's wrapper names them.
            with transaction.atomic(), connection.wrap_database_errors:
                write()
        except IntegrityError as error:
            self._outcome = error
        finally:
            reset_queries()  # with DEBUG on, the connection keeps each statement: not for a whole file

    def send(self, copies: Copies) -> None:
        """Behind: have the writer's process run `copies` in a transaction of its own, and return at once."""
        self._start()
        if self._process is None:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "yjs.diversion.imports.store"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
            params = {key: value for key, value in connection.get_connection_params().items() if _plain(value)}
            self._send(params)
        self._send(list(copies))
        self._in_flight = True

    def settle(self) -> None:
        """Wait for the chunk last written or sent; raise what it raised (IntegrityError: nothing of it landed)."""
        outcome, self._outcome = self._outcome, None
        if self._in_flight:
            self._in_flight = False
            status, message = self._outcome_sent()
            if status == "refused":
                outcome = IntegrityError(message)
            elif status != "stored":
                outcome = DatabaseError(message)
        if outcome is not None:
            raise outcome

    def close(self) -> None:
        """Wait for the chunk in flight (its outcome unasked) and end the writer's process."""
        if self._process is None:
            return
        if self._in_flight:
            self._outcome_sent()
            self._in_flight = False
        process, self._process = self._process, None
        try:
            self._send(None, process)
        except OSError:
            pass  # it has stopped already
        process.stdin.close()
        process.stdout.close()
        process.wait()

    def _send(self, value: Any, process: Any = None) -> None:
        stream = (process or self._process).stdin
        pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        stream.flush()

    def _outcome_sent(self) -> tuple[str, str]:
        try:
            return pickle.load(self._process.stdout)
        except (EOFError, pickle.UnpicklingError):
            return "failed", "The import's writer stopped (could it connect to the database?)."

    def _start(self) -> None:
        if self._in_flight or self._outcome is not None:
            raise RuntimeError("The chunk before has not been settled.")


def _plain(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)
