"""The process an import's chunks are stored by, behind the importer (diversion.imports.writer).

Reads, from its standard input, pickled: the connection's parameters, then jobs, each a list of
(COPY … FROM STDIN, its text), and None to end. Runs each job in a transaction of its own and writes back,
pickled, ("stored", ""), ("refused", why) for an integrity error (nothing of the job landed), or
("failed", why). Imports nothing of Django's: it has no settings, only a connection.
"""

from __future__ import annotations

import pickle
import sys
from typing import Any, BinaryIO


def store(jobs: BinaryIO, outcomes: BinaryIO) -> None:
    import psycopg

    params: dict[str, Any] = pickle.load(jobs)
    with psycopg.connect(**params) as database:
        while (job := pickle.load(jobs)) is not None:
            try:
                with database.cursor() as cursor:
                    for statement, text in job:
                        with cursor.copy(statement) as copy:
                            copy.write(text)
                database.commit()
            except psycopg.IntegrityError as error:
                database.rollback()
                outcome = ("refused", str(error))
            except psycopg.Error as error:
                database.rollback()
                outcome = ("failed", f"{type(error).__name__}: {error}")
            else:
                outcome = ("stored", "")
            pickle.dump(outcome, outcomes)
            outcomes.flush()


if __name__ == "__main__":
    store(sys.stdin.buffer, sys.stdout.buffer)
