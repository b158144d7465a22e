"""Writing many new records, and their history, in a few statements and without model instances.

Django's bulk_create spends most of its time preparing each value through each field, and
django-simple-history's bulk history builds a model instance per row; for an import of tens of
thousands of rows that dominates. Here a Table works out once, per model, the columns, their defaults
and which values need adapting; each record is then a tuple built in a couple of C-level steps, and its
"created" history row (history_type "+", as simple_history writes on a first save) is the record's
columns with the history's own added at the end. Keys are reserved before writing so that records of
one chunk can refer to each other: on SQLite from the table's largest key (the transaction holds the
database's only write lock), written in statements of many rows each, the history rows copied from the
records by the database; on PostgreSQL from the table's sequence, written with COPY in its text format,
a history row being the record's line with the history's columns appended. Only for new records whose
fields are checked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

from django.db import connection, models

# Below SQLite's limit on parameters in one statement (32,766).
_PARAMETERS_PER_STATEMENT = 30_000
# Rows formatted and written at a time: few writes, each small enough for the server to store while the next is made.
_LINES_PER_BLOCK = 500
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
HISTORY_COLUMNS = ("history_date", "history_change_reason", "history_type", "history_user_id")


def _columns(model: type[models.Model]) -> list[models.Field]:
    return [field for field in model._meta.concrete_fields if not isinstance(field, models.AutoField)]


def _stamped(field: models.Field) -> bool:
    """A moment set when the record is made (created_at's timezone.now, modified_at's auto_now).

    Not a moment without a default (archived_at): its default is NOT_PROVIDED, a class, and so callable.
    """
    return isinstance(field, models.DateTimeField) and (
        field.auto_now or field.auto_now_add or (field.has_default() and callable(field.default))
    )


class Table:
    """New records of one model and their history rows, written in bulk. Built once, used for every chunk.

    `fixed` gives values shared by every record (by attribute name: the service, the author); each record's
    own values are given to `insert`; every other column takes the model's default.
    """

    def __init__(self, model: type[models.Model], fixed: Mapping[str, Any]) -> None:
        fields = _columns(model)
        history = model.history.model  # type: ignore[attr-defined]
        pk = model._meta.pk
        self.table = model._meta.db_table
        self.history_table = history._meta.db_table
        self.pk_column = pk.column
        self.columns = [field.column for field in fields]
        record = model()  # the defaults, as a new record has them
        self.template = {field.attname: getattr(record, field.attname) for field in fields}
        self.template.update(fixed)
        self.stamped = [field.attname for field in fields if _stamped(field)]
        # Columns worked out from the record's others (children.fields.NameAsCompared), as a save would.
        self.derived = [(field.attname, field.value_from) for field in fields if hasattr(field, "value_from")]
        self.dates = [
            field.attname
            for field in fields
            if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField)
        ]
        # A record's row: its key, then every other column.
        self.pk_attname = pk.attname
        self.row_of = itemgetter(pk.attname, *[field.attname for field in fields])
        # Dates go to either driver as they are (Django registers SQLite's adapter); JSON must be adapted.
        self.json = [
            (position, field) for position, field in enumerate(fields, start=1) if isinstance(field, models.JSONField)
        ]
        history_columns = {field.column for field in history._meta.concrete_fields} - {history._meta.pk.column}
        # A history row is the record's row, key first, with the history's own columns after it.
        if history_columns != {self.pk_column, *self.columns, *HISTORY_COLUMNS}:
            raise ValueError(f"{history._meta.label}'s columns are not {model._meta.label}'s and the history's own")

    def reserve(self, count: int) -> list[int]:
        """Keys for `count` new records, taken ahead of writing them (PostgreSQL: a sequence is not transactional)."""
        if connection.vendor != "postgresql":
            raise NotImplementedError("SQLite's keys are reserved under the writing transaction's lock.")
        return _reserve_keys(self.table, self.pk_column, count)

    def insert(
        self, records: Sequence[Mapping[str, Any]], now: datetime, user_id: int | None, ids: list[int] | None = None
    ) -> list[int]:
        """Insert `records` (each its own values by attribute name) and a history row each; their keys in order.

        `ids` are keys reserved for them beforehand (`reserve`); by default they are reserved now.
        """
        if not records:
            return []
        if ids is None:
            ids = _reserve_keys(self.table, self.pk_column, len(records))
        keyed, constants = self._keyed(records, now, user_id, ids)
        columns = [self.pk_column, *self.columns]
        if connection.vendor == "postgresql":
            blocks: list[list[str]] = []

            def formatted() -> Iterator[list[str]]:
                # A block at a time, so that the server stores one while the next is formatted.
                for start in range(0, len(keyed), _LINES_PER_BLOCK):
                    blocks.append(copy_lines(keyed[start : start + _LINES_PER_BLOCK]))
                    yield blocks[-1]

            _copy(self.table, columns, formatted(), "\n")
            # The history row's text is the record's, with the history's own columns after it: formatted once.
            _copy(self.history_table, [*columns, *HISTORY_COLUMNS], blocks, _history_end(constants))
        else:
            _insert(self.table, columns, keyed)
            self._copy_history(columns, constants, ids)
        return ids

    def copies(
        self, records: Sequence[Mapping[str, Any]], now: datetime, user_id: int | None, ids: list[int]
    ) -> list[tuple[str, str]]:
        """PostgreSQL: the COPY statements and their text that would insert `records` under the reserved `ids`
        and their history rows, for a connection other than this thread's to run (diversion.imports.writer).
        """
        if not records:
            return []
        keyed, constants = self._keyed(records, now, user_id, ids)
        columns = [self.pk_column, *self.columns]
        lines = copy_lines(keyed)
        return [
            (_copy_statement(self.table, columns), "\n".join(lines) + "\n"),
            (
                _copy_statement(self.history_table, [*columns, *HISTORY_COLUMNS]),
                (end := _history_end(constants)).join(lines) + end,
            ),
        ]

    def _keyed(
        self, records: Sequence[Mapping[str, Any]], now: datetime, user_id: int | None, ids: list[int]
    ) -> tuple[list[tuple[Any, ...]], tuple[Any, ...]]:
        """Each record's row (key first, values adapted for the database) and the history's own column values."""
        adapted_now = connection.ops.adapt_datetimefield_value(now)
        template = {**self.template, **dict.fromkeys(self.stamped, adapted_now)}
        for attname in self.dates:  # the same for every record (a request's due date): adapted once, not a row
            template[attname] = connection.ops.adapt_datefield_value(template[attname])
        row_of, pk = self.row_of, self.pk_attname
        pairs = zip(records, ids, strict=True)
        if self.derived:
            keyed = [row_of(self._derive({**template, **record, pk: pk_value})) for record, pk_value in pairs]
        else:
            keyed = [row_of({**template, **record, pk: pk_value}) for record, pk_value in pairs]
        if self.json:
            keyed = [self._adapt_json(row) for row in keyed]
        return keyed, (adapted_now, None, "+", user_id)

    def _derive(self, values: dict[str, Any]) -> dict[str, Any]:
        for attname, value_from in self.derived:
            values[attname] = value_from(values)
        return values

    def _copy_history(self, columns: list[str], constants: tuple[Any, ...], ids: list[int]) -> None:
        """Each new record's "created" history row, copied from the record as the database now holds it.

        SQLite's keys for a chunk are one unbroken run (reserved past the largest, under the only write lock).
        """
        quote = connection.ops.quote_name
        names = ", ".join(quote(column) for column in columns)
        history_names = ", ".join(quote(column) for column in HISTORY_COLUMNS)
        pk = quote(self.pk_column)
        cursor = connection.connection.cursor()
        try:
            cursor.execute(
                f"INSERT INTO {quote(self.history_table)} ({names}, {history_names}) "
                f"SELECT {names}, ?, ?, ?, ? FROM {quote(self.table)} WHERE {pk} BETWEEN ? AND ? ORDER BY {pk}",
                [*constants, ids[0], ids[-1]],
            )
        finally:
            cursor.close()

    def _adapt_json(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        values = list(row)
        for position, field in self.json:
            value = values[position]
            if connection.vendor == "postgresql":  # COPY's text: the JSON itself, which the server reads as jsonb
                values[position] = None if value is None else json.dumps(value, cls=field.encoder)
            else:
                values[position] = field.get_db_prep_save(value, connection)
        return tuple(values)


def _reserve_keys(table: str, pk_column: str, count: int) -> list[int]:
    connection.ensure_connection()
    quote = connection.ops.quote_name
    cursor = connection.connection.cursor()  # the driver's own: these statements need nothing of Django's
    try:
        if connection.vendor == "postgresql":
            # The sequence is named once: in the select list, pg_get_serial_sequence would be asked on every row.
            cursor.execute(
                "WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence(%s, %s)::regclass AS sequence)"
                " SELECT nextval(s.sequence) FROM s CROSS JOIN generate_series(1, %s)",
                [quote(table), pk_column, count],
            )
            return [row[0] for row in cursor.fetchall()]
        # SQLite: past both the largest key and the largest ever given (AUTOINCREMENT never reuses a key).
        # The import's transaction is IMMEDIATE, so no other writer can take these keys before it commits;
        # were one to, the primary key would refuse the rows and the chunk would go one row at a time.
        cursor.execute(
            f"SELECT max(coalesce((SELECT max({quote(pk_column)}) FROM {quote(table)}), 0), "
            "coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0))",
            [table],
        )
        start = cursor.fetchone()[0] + 1
        return list(range(start, start + count))
    finally:
        cursor.close()


def _history_end(constants: tuple[Any, ...]) -> str:
    """What ends a history row's line: the history's own columns, the same for every row of a chunk."""
    return "".join(f"\t{text}" for text in map(copy_text, constants)) + "\n"


def _copy_statement(table: str, columns: Sequence[str]) -> str:
    quote = connection.ops.quote_name
    return f"COPY {quote(table)} ({', '.join(quote(column) for column in columns)}) FROM STDIN"


def _copy(table: str, columns: Sequence[str], blocks: Iterable[Sequence[str]], end: str) -> None:
    """COPY `blocks` of lines (each a row in COPY's text format, less `end`) into `table`."""
    connection.ensure_connection()
    cursor = connection.connection.cursor()
    try:
        with cursor.copy(_copy_statement(table, columns)) as copy:
            for lines in blocks:
                copy.write(end.join(lines) + end)
    finally:
        cursor.close()


def copy_lines(rows: Sequence[tuple[Any, ...]]) -> list[str]:
    """Each row as a line of COPY's text format (without its end), formatted a column at a time.

    psycopg's write_row looks up a dumper for every value of every row; here a column the chunk shares (the
    service, the author, the defaults) is formatted once, and a column of plain text is checked in one pass
    over all its values for the characters COPY needs escaped.
    """
    if not rows:
        return []
    return list(map("\t".join, zip(*map(_column_text, zip(*rows, strict=True)), strict=True)))


def _column_text(values: tuple[Any, ...]) -> Iterable[str]:
    first = values[0]
    types = set(map(type, values))
    if len(types) == 1 and values.count(first) == len(values):
        return repeat(copy_text(first), len(values))
    if types == {str}:
        joined = "".join(values)
        if "\\" in joined or "\t" in joined or "\n" in joined or "\r" in joined:
            return [value.translate(_ESCAPES) for value in values]
        return values
    if types == {int}:
        return list(map(str, values))
    return list(map(copy_text, values))


def copy_text(value: Any) -> str:
    """One value in COPY's text format (as psycopg's text dumpers write it)."""
    if value is None:
        return "\\N"
    if isinstance(value, str):
        return value.translate(_ESCAPES)
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, int | float | Decimal | date | datetime):
        return str(value)  # a date in ISO form; a moment with its offset, which the server reads as timestamptz
    raise TypeError(f"No COPY text for {type(value).__name__}")


def _insert(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    quote = connection.ops.quote_name
    connection.ensure_connection()
    # A value every row shares (the service, the author, most defaults) is bound once a statement, the rows
    # giving only their own: a screening request is then three values rather than seventeen.
    # (The key, first, is always the row's own: a statement needs one value a row.)
    shared = [position for position, values in enumerate(zip(*rows, strict=True)) if position and _all_alike(values)]
    own = [position for position in range(len(columns)) if position not in set(shared)]
    own_values = itemgetter(*own)
    own_rows = [own_values(row) for row in rows] if len(own) > 1 else [(own_values(row),) for row in rows]
    names = ", ".join(quote(columns[position]) for position in [*own, *shared])
    selected = ", ".join([*(f"column{number}" for number in range(1, len(own) + 1)), *(["?"] * len(shared))])
    constants = [rows[0][position] for position in shared]
    # Many rows a statement, through the driver's own cursor: SQLite opens a statement journal for each
    # statement, which one row a statement (executemany) pays for every row, and Django's cursor wrapper
    # would rewrite each placeholder with a regular expression.
    one_row = "(" + ", ".join(["?"] * len(own)) + ")"
    cursor = connection.connection.cursor()
    try:
        start = 0
        for size in _batch_sizes(len(rows), max(1, (_PARAMETERS_PER_STATEMENT - len(shared)) // len(own))):
            batch = own_rows[start : start + size]
            start += size
            sql = f"INSERT INTO {quote(table)} ({names}) SELECT {selected} FROM (VALUES {', '.join([one_row] * size)})"
            cursor.execute(sql, [*constants, *chain.from_iterable(batch)])
    finally:
        cursor.close()


def _all_alike(values: tuple[Any, ...]) -> bool:
    first = values[0]
    return values.count(first) == len(values) and len(set(map(type, values))) == 1


def _batch_sizes(rows: int, largest: int) -> list[int]:
    """Rows a statement: as many as fit, then the rest in a few fixed sizes (largest/4, /16, ... 1).

    The driver keeps each distinct statement it has prepared; a statement of thousands of parameters is
    megabytes, so a new size for every chunk's last batch would make memory grow with the file.
    """
    sizes = []
    size = largest
    while rows:
        while size > rows:
            size = max(1, size // 4)
        sizes.append(size)
        rows -= size
    return sizes
