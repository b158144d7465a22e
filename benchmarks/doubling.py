"""Double a benchmark dataset in SQL: a copy of the database, then every child again with their history.

The copies keep each child's service, local authority, characteristics, offences, outcomes and
interventions, with new keys, so every indicator finds twice the children with the same shape of history:
the measure of whether a calculation's time grows in proportion to the data.
"""

from __future__ import annotations

import shutil
from pathlib import Path

# Each table copied, and the columns in it that point at rows copied before it.
COPIED = (
    ("children_child", {}),
    ("justice_offence", {"child_id": "children_child"}),
    ("justice_outcome", {"child_id": "children_child"}),
    ("justice_outcome_offences", {"outcome_id": "justice_outcome", "offence_id": "justice_offence"}),
    ("casework_intervention", {"child_id": "children_child", "outcome_id": "justice_outcome"}),
)


def doubled_copy() -> None:
    """Point the default connection at a fresh copy of its database (a file beside it, or a PostgreSQL copy)."""
    from django.db import connection

    settings = connection.settings_dict
    connection.close()
    if connection.vendor == "sqlite":
        source = Path(settings["NAME"])
        target = source.with_name(source.stem + "-doubled.sqlite3")
        shutil.copyfile(source, target)
        settings["NAME"] = str(target)
        return
    import psycopg

    source, target = settings["NAME"], settings["NAME"] + "_doubled"
    address = {k: settings[k.upper()] for k in ("host", "port", "user", "password") if settings.get(k.upper())}
    with psycopg.connect(dbname="postgres", autocommit=True, **address) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{target}"')
        admin.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')
    settings["NAME"] = target


def double_the_children() -> None:
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        offsets = {}
        for table, _ in COPIED:
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")
            offsets[table] = cursor.fetchone()[0]
        for table, pointers in COPIED:
            columns = [c.name for c in connection.introspection.get_table_description(cursor, table)]
            quoted = [connection.ops.quote_name(c) for c in columns]
            chosen = []
            for column, name in zip(columns, quoted, strict=True):
                if column == "id":
                    chosen.append(f"{name} + {offsets[table]}")
                elif column in pointers:
                    chosen.append(f"{name} + {offsets[pointers[column]]}")
                else:
                    chosen.append(name)
            names = ", ".join(quoted)
            cursor.execute(f"INSERT INTO {table} ({names}) SELECT {', '.join(chosen)} FROM {table}")
        # Copied in SQL, past the saves that mark a child for the figures: the copies' follow-ups are worked out
        # before the timing starts (benchmarks/indicators.py reports how long that takes).
        cursor.execute("SELECT id FROM children_child WHERE id > %s", [offsets["children_child"]])
        from yjs.performance.follow_ups import mark

        mark(row[0] for row in cursor.fetchall())
    if connection.vendor == "postgresql":
        # VACUUM as well: until it has run, the new rows are not marked visible to all, and a scan answered from
        # an index alone must visit the table for each of them, as it would not after autovacuum in service.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
