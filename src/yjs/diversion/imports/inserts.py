"""Writing many new records, and their history, in a few statements.

Django's bulk_create spends most of its time preparing each value through each field, and
django-simple-history's bulk history builds a model instance per row; for an import of tens of
thousands of rows that dominates. Here each value is adapted once for the database and used for both
the record and its "created" history row (history_type "+", as simple_history writes on a first save).
Rows go in as multi-row INSERT ... RETURNING on SQLite and by COPY on PostgreSQL. Only for new records
whose fields are already checked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from django.db import connection, models
from django.utils import timezone

# Below both SQLite's (32,766) and PostgreSQL's (65,535) limit on parameters in one statement.
_PARAMETERS_PER_STATEMENT = 30_000


def _adapter(field: models.Field) -> Callable[[Any], Any]:
    ops = connection.ops
    if isinstance(field, models.DateTimeField):
        seen: dict[Any, Any] = {}

        def adapt_datetime(value: Any) -> Any:
            # An import stamps every record with the same moment: adapt it once, not once a row.
            if value not in seen:
                seen[value] = ops.adapt_datetimefield_value(value)
            return seen[value]

        return adapt_datetime
    if isinstance(field, models.DateField):
        return ops.adapt_datefield_value
    if isinstance(field, models.JSONField):
        return lambda value: field.get_db_prep_save(value, connection)
    return lambda value: value


def _columns(model: type[models.Model]) -> list[models.Field]:
    return [field for field in model._meta.concrete_fields if not isinstance(field, models.AutoField)]


def _insert(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], returning: str | None) -> list[Any]:
    if connection.vendor == "postgresql":
        return _copy(table, columns, rows, returning)
    quote = connection.ops.quote_name
    names = ", ".join(quote(column) for column in columns)
    # The driver's own placeholder: Django's SQLite cursor rewrites %s with a regular expression, which
    # on statements of thousands of parameters costs more than the insert.
    placeholder = "?" if connection.vendor == "sqlite" else "%s"
    one_row = "(" + ", ".join([placeholder] * len(columns)) + ")"
    ids: list[Any] = []
    connection.ensure_connection()
    cursor = connection.connection.cursor()  # the driver's cursor: values are already adapted
    try:
        start = 0
        for size in _batch_sizes(len(rows), max(1, _PARAMETERS_PER_STATEMENT // len(columns))):
            batch = rows[start : start + size]
            start += size
            sql = f"INSERT INTO {quote(table)} ({names}) VALUES {', '.join([one_row] * size)}"
            parameters = [value for row in batch for value in row]
            if returning:
                # Both SQLite and PostgreSQL return the keys in the order of the rows, as bulk_create relies on.
                cursor.execute(f"{sql} RETURNING {quote(returning)}", parameters)
                ids.extend(row[0] for row in cursor.fetchall())
            else:
                cursor.execute(sql, parameters)
    finally:
        cursor.close()
    return ids


def _copy(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], returning: str | None) -> list[Any]:
    """PostgreSQL: COPY, its fastest way in, with the keys drawn from the table's own sequence beforehand."""
    quote = connection.ops.quote_name
    connection.ensure_connection()
    cursor = connection.connection.cursor()
    try:
        ids: list[Any] = []
        if returning:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [quote(table), returning, len(rows)],
            )
            ids = [row[0] for row in cursor.fetchall()]
            columns = [returning, *columns]
            rows = [(pk_value, *row) for pk_value, row in zip(ids, rows, strict=True)]
        names = ", ".join(quote(column) for column in columns)
        with cursor.copy(f"COPY {quote(table)} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()
    return ids


def _batch_sizes(rows: int, largest: int) -> list[int]:
    """Rows per statement: as many as fit, then the rest in a few fixed sizes (largest/4, /16, ... 1).

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


def defaults(model: type[models.Model]) -> dict[str, Any]:
    """Each column's default for a new record of `model` (by attribute name), to build rows without instances."""
    record = model()
    return {field.attname: getattr(record, field.attname) for field in _columns(model)}


def insert_rows_with_history(
    model: type[models.Model], rows: Sequence[dict[str, Any]], user_id: int | None, now: datetime
) -> list[Any]:
    """Insert `rows` (attribute name → value, every column given) and their history; the new primary keys."""
    if not rows:
        return []
    fields = _columns(model)
    attnames = [field.attname for field in fields]
    for field in fields:
        if getattr(field, "auto_now", False):
            for row in rows:
                row[field.attname] = now
    # Text, numbers and keys go to the driver as they are; only dates, times and JSON need adapting.
    adapters = [
        (position, _adapter(field))
        for position, field in enumerate(fields)
        if isinstance(field, models.DateField | models.JSONField)
    ]
    adapted = []
    for row in rows:
        values = [row[attname] for attname in attnames]
        for position, adapt in adapters:
            values[position] = adapt(values[position])
        adapted.append(values)
    pk = model._meta.pk
    ids = _insert(model._meta.db_table, [field.column for field in fields], adapted, returning=pk.column)
    history = model.history.model  # type: ignore[attr-defined]
    history_fields = _columns(history)
    constants = {
        "history_date": connection.ops.adapt_datetimefield_value(now),
        "history_change_reason": None,
        "history_type": "+",
        "history_user_id": user_id,
    }
    # Where each history column's value comes from: the record's row (by position), its new key, or a constant.
    position_of = {attname: position for position, attname in enumerate(attnames)}
    recipe = [
        (position_of.get(field.attname, -1), field.attname == pk.attname, constants.get(field.attname))
        for field in history_fields
    ]
    history_rows = [
        [pk_value if is_pk else (values[position] if position >= 0 else constant) for position, is_pk, constant in recipe]
        for values, pk_value in zip(adapted, ids, strict=True)
    ]
    _insert(history._meta.db_table, [field.column for field in history_fields], history_rows, returning=None)
    return ids


def insert_with_history(objects: Sequence[models.Model], user_id: int | None, now: datetime | None = None) -> None:
    """Insert new `objects` (all of one model), setting their primary keys, and one "created" history row each."""
    if not objects:
        return
    model = type(objects[0])
    now = now or timezone.now()
    attnames = [field.attname for field in _columns(model)]
    rows = [{attname: getattr(record, attname) for attname in attnames} for record in objects]
    ids = insert_rows_with_history(model, rows, user_id, now)
    for record, row, pk_value in zip(objects, rows, ids, strict=True):
        record.pk = pk_value
        record.modified_at = row.get("modified_at", getattr(record, "modified_at", None))  # type: ignore[attr-defined]
        record._state.adding = False
        record._state.db = connection.alias
