"""The change history of a child's record: who changed which field, from what to what, and when.

The child's details and their carers', the core of the case (casework, offences and outcomes, out-of-court
work: record_pages.CASE_HISTORIES) and the records of every practice area the user may read (each area's
`child_history(user, child)`, named in record_pages.CHILD_HISTORIES), merged newest first. Every
model's versions are read from django-simple-history in one query and compared version by version in
memory, so the page does not query once per change.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from importlib import import_module
from typing import Any

from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from yjs.children.models import Carer, Child
from yjs.children.record_pages import CASE_HISTORIES, CHILD_HISTORIES, PRACTICE_AREAS
from yjs.core.models import User
from yjs.lib.formats import long_date

# Bookkeeping every case record carries; a change to these alone is not a change a reader cares about.
# The last name as compared is the last name again, kept for searching (children.fields.NameAsCompared).
IGNORED_FIELDS = frozenset(
    {"id", "version", "modified_at", "modified_by", "created_at", "created_by", "service", "child", "last_name_compared"}
)


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
    # The practice area the record belongs to (its tab's name); empty for the child's details and carers.
    area: str = ""


def versions_of(records: QuerySet[Any]) -> list[Any]:
    """Every version of each of `records`, oldest first, in one query.

    The records are found in their own table, where the lookup (a child, a referral) is indexed, and their
    versions by record id, the one column every history table indexes (decision 16). Case records are
    archived, never deleted, so every record that ever was is still there to be found.
    """
    history = records.model.history  # type: ignore[attr-defined]
    versions = history.filter(id__in=records.values("pk")).select_related("history_user")
    return list(versions.order_by("history_date", "history_id"))


def _fields(model: type[models.Model], hidden: Collection[str] = ()) -> list[models.Field[Any, Any]]:
    return [f for f in model._meta.concrete_fields if f.name not in IGNORED_FIELDS and f.name not in hidden]


def _label(f: models.Field[Any, Any]) -> str:
    """The field's name as a sentence starts, keeping its capitals (MAPPA, PNC)."""
    name = str(f.verbose_name)
    return name[:1].upper() + name[1:]


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
        return long_date(value)
    return str(value)


def _related_names(
    model: type[models.Model], rows: list[Any], hidden: Collection[str]
) -> dict[tuple[type[models.Model], Any], str]:
    """One query per related model (local authority, family), for every id any version points at.

    The related records come with those they must have (select_related() with no fields), since their names
    often read one (a referral is named after its child, an intervention after its outcome's type).
    """
    names: dict[tuple[type[models.Model], Any], str] = {}
    for f in _fields(model, hidden):
        if not f.is_relation or f.related_model is None:
            continue
        related: Any = f.related_model
        ids = {getattr(row, f.attname) for row in rows} - {None}
        if ids:
            for obj in related._default_manager.filter(pk__in=ids).select_related():
                names[(related, obj.pk)] = str(obj)
    return names


def changes_of(
    model: type[models.Model],
    rows: list[Any],
    label_of: Callable[[Any], str],
    *,
    hidden: Collection[str] = (),
    display: Mapping[str, Callable[[Any], str]] | None = None,
    linked: Mapping[str, Callable[[Any], str]] | None = None,
) -> list[Change]:
    """What changed in each version of records of `model`; rows are their historical versions, oldest first.

    Any app's history pages use this, so every record's changes read the same way. The `hidden` fields'
    values are never shown (what the reader may not see, or the record a step belongs to, which its label
    names); a change to them still shows that the record changed, without saying to what. `display` shows
    a field's value where its choices cannot (a list of codes, a code from a registry). `linked` names what
    each version links to outside its own row (an outcome's offences, kept by simple-history beside the
    version), label -> how a version shows it, so that a change to the links alone shows too.
    """
    names = _related_names(model, rows, hidden)
    fields = _fields(model, hidden)
    withheld = [f.attname for f in model._meta.concrete_fields if f.name in hidden]
    shown_by = display or {}
    links = linked or {}

    def shown(f: models.Field[Any, Any], value: Any) -> str:
        if f.name in shown_by and value not in (None, ""):
            return shown_by[f.name](value)
        return _display(f, value, names)

    previous: dict[Any, Any] = {}
    result: list[Change] = []
    for row in rows:
        before = previous.get(row.id)
        action = {"+": _("Created"), "~": _("Changed"), "-": _("Deleted")}[row.history_type]
        if before is not None and getattr(before, "archived_at", None) is None and getattr(row, "archived_at", None):
            action = _("Removed")
        changes: list[FieldChange] = []
        if before is not None and row.history_type == "~":
            for f in fields:
                old, new = getattr(before, f.attname), getattr(row, f.attname)
                if old != new:
                    changes.append(FieldChange(_label(f), shown(f, old), shown(f, new)))
            for label, links_of in links.items():
                old, new = links_of(before), links_of(row)
                if old != new:
                    changes.append(FieldChange(label, old or "—", new or "—"))
            if any(getattr(before, attname) != getattr(row, attname) for attname in withheld):
                changes.append(FieldChange(_("Details you may not see"), "", _("Changed")))
        elif row.history_type == "+":
            for f in fields:
                value = getattr(row, f.attname)
                if value not in (None, "", False, []) and f.name not in ("archived_at", "archive_reason", "archived_by"):
                    changes.append(FieldChange(_label(f), "", shown(f, value)))
            for label, links_of in links.items():
                if links_of(row):
                    changes.append(FieldChange(label, "", links_of(row)))
        previous[row.id] = row
        if row.history_type == "~" and not changes:
            continue
        result.append(Change(row.history_date, row.history_user, label_of(row), action, changes))
    return result


def record_history(user: User, child: Child) -> list[Change]:
    """Every change to the child's details, their carers', the case's records and those of each practice area
    `user` may read, newest first; each area's changes carry its heading (the practice area's tab's name)."""
    changes = changes_of(Child, versions_of(Child.objects.filter(pk=child.pk)), lambda row: _("Child's details"))
    changes += changes_of(
        Carer,
        versions_of(Carer.objects.filter(child_id=child.pk)),
        lambda row: _("Parent or carer: %(name)s") % {"name": row.name},
    )
    for heading, module in CASE_HISTORIES:
        for change in import_module(module).child_history(user, child):
            change.area = str(heading)
            changes.append(change)
    for section, label, _url_name, access in PRACTICE_AREAS:
        if section not in CHILD_HISTORIES or not import_module(access).may_read_child_area(user):
            continue
        for change in import_module(CHILD_HISTORIES[section]).child_history(user, child):
            change.area = str(label)
            changes.append(change)
    return sorted(changes, key=lambda c: c.when, reverse=True)
