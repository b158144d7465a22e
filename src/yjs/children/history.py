"""The change history of a child's record and their carers: who changed which field, from what to what, and when.

Read from django-simple-history in two queries (the child's versions and their carers' versions) and
compared version by version in memory, so the page does not query once per change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import models
from django.utils.translation import gettext as _

from yjs.children.models import Carer, Child
from yjs.core.models import User

# Bookkeeping every case record carries; a change to these alone is not a change a reader cares about.
IGNORED_FIELDS = frozenset({"id", "version", "modified_at", "modified_by", "created_at", "created_by", "service", "child"})


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class Change:
    when: datetime
    who: User | None
    record: str
    action: str
    changes: list[FieldChange] = field(default_factory=list)


def _fields(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    return [f for f in model._meta.concrete_fields if f.name not in IGNORED_FIELDS]


def _display(f: models.Field[Any, Any], value: Any, names: dict[tuple[type[models.Model], Any], str]) -> str:
    if value is None or value == "":
        return "—"
    if f.is_relation:
        assert f.related_model is not None
        return names.get((f.related_model, value), str(value))  # type: ignore[arg-type]
    if f.choices:
        return str(dict(f.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if hasattr(value, "strftime"):
        return value.strftime("%d %B %Y")
    return str(value)


def _related_names(model: type[models.Model], rows: list[Any]) -> dict[tuple[type[models.Model], Any], str]:
    """One query per related model (local authority, family), for every id any version points at."""
    names: dict[tuple[type[models.Model], Any], str] = {}
    for f in _fields(model):
        if not f.is_relation or f.related_model is None:
            continue
        related: Any = f.related_model
        ids = {getattr(row, f.attname) for row in rows} - {None}
        if ids:
            for obj in related._default_manager.filter(pk__in=ids):
                names[(related, obj.pk)] = str(obj)
    return names


def changes_of(model: type[models.Model], rows: list[Any], label_of: Any) -> list[Change]:
    """What changed in each version of records of `model`; rows are their historical versions, oldest first.

    Any app's history pages use this, so every record's changes read the same way.
    """
    names = _related_names(model, rows)
    fields = _fields(model)
    previous: dict[Any, Any] = {}
    result: list[Change] = []
    for row in rows:
        before = previous.get(row.id)
        action = {"+": _("Created"), "~": _("Changed"), "-": _("Deleted")}[row.history_type]
        if before is not None and before.archived_at is None and row.archived_at is not None:
            action = _("Removed")
        changes: list[FieldChange] = []
        if before is not None and row.history_type == "~":
            for f in fields:
                old, new = getattr(before, f.attname), getattr(row, f.attname)
                if old != new:
                    changes.append(
                        FieldChange(str(f.verbose_name).capitalize(), _display(f, old, names), _display(f, new, names))
                    )
        elif row.history_type == "+":
            for f in fields:
                value = getattr(row, f.attname)
                if value not in (None, "", False) and f.name not in ("archived_at", "archive_reason", "archived_by"):
                    changes.append(FieldChange(str(f.verbose_name).capitalize(), "", _display(f, value, names)))
        previous[row.id] = row
        if row.history_type == "~" and not changes:
            continue
        result.append(Change(row.history_date, row.history_user, label_of(row), action, changes))
    return result


def record_history(child: Child) -> list[Change]:
    """Every change to the child's record and their carers' records, newest first."""
    child_rows = list(
        Child.history.filter(id=child.pk).select_related("history_user").order_by("history_date", "history_id")
    )
    carer_rows = list(
        Carer.history.filter(child_id=child.pk).select_related("history_user").order_by("history_date", "history_id")
    )
    changes = changes_of(Child, child_rows, lambda row: _("Child's details"))
    changes += changes_of(Carer, carer_rows, lambda row: _("Parent or carer: %(name)s") % {"name": row.name})
    return sorted(changes, key=lambda c: c.when, reverse=True)
