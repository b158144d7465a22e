"""Writing many new records, and their history, in a few statements.

Django's bulk_create spends most of its time preparing each value through each field; for an import
of tens of thousands of rows that dominates. Here the values are read straight from the instances
and adapted once per column type, and the history rows django-simple-history would write ("+",
created) are written beside them. Only for new records whose fields are already checked.
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
        return ops.adapt_datetimefield_value
    if isinstance(field, models.DateField):
        return ops.adapt_datefield_value
    if isinstance(field, models.JSONField):
        return lambda value: field.get_db_prep_save(value, connection)
    return lambda value: value


def _columns(model: type[models.Model]) -> list[models.Field]:
    return [field for field in model._meta.concrete_fields if not isinstance(field, models.AutoField)]


def _insert(table: str, columns: Sequence[str], rows: list[tuple[Any, ...]], returning: str | None) -> list[Any]:
    quote = connection.ops.quote_name
    names = ", ".join(quote(column) for column in columns)
    one_row = "(" + ", ".join(["%s"] * len(columns)) + ")"
    per_statement = max(1, _PARAMETERS_PER_STATEMENT // len(columns))
    ids: list[Any] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            batch = rows[start : start + per_statement]
            sql = f"INSERT INTO {quote(table)} ({names}) VALUES {', '.join([one_row] * len(batch))}"
            parameters = [value for row in batch for value in row]
            if returning:
                cursor.execute(f"{sql} RETURNING {quote(returning)}", parameters)
                ids.extend(row[0] for row in cursor.fetchall())
            else:
                cursor.execute(sql, parameters)
    return ids


def insert_with_history(objects: Sequence[models.Model], user_id: int | None, now: datetime | None = None) -> None:
    """Insert new `objects` (all of one model), setting their primary keys, and one "created" history row each."""
    if not objects:
        return
    model = type(objects[0])
    now = now or timezone.now()
    fields = _columns(model)
    for field in fields:
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            for record in objects:
                setattr(record, field.attname, now)
    adapters = [(field.attname, _adapter(field)) for field in fields]
    rows = [tuple(adapt(getattr(record, attname)) for attname, adapt in adapters) for record in objects]
    pk = model._meta.pk
    ids = _insert(model._meta.db_table, [field.column for field in fields], rows, returning=pk.column)
    for record, pk_value in zip(objects, ids, strict=True):
        record.pk = pk_value
        record._state.adding = False
        record._state.db = connection.alias
    history = model.history.model  # type: ignore[attr-defined]
    stamp = connection.ops.adapt_datetimefield_value(now)
    extra = {"history_date": stamp, "history_change_reason": None, "history_type": "+", "history_user_id": user_id}
    history_fields = _columns(history)
    tracked = [
        (field.attname, _adapter(model._meta.get_field(field.name)))
        for field in history_fields
        if field.attname not in extra
    ]
    history_rows = []
    for record in objects:
        values = dict(extra)
        for attname, adapt in tracked:
            values[attname] = adapt(getattr(record, attname))
        history_rows.append(tuple(values[field.attname] for field in history_fields))
    _insert(history._meta.db_table, [field.column for field in history_fields], history_rows, returning=None)
