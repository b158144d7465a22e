"""offences.csv: one row an offence, of a child in children.csv or an earlier import."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.justice.models import Offence
from yjs.justice.rules import offence_age_error
from yjs.justice.vocabularies import OffenceCategory
from yjs.performance.history_import.records import RecordFile
from yjs.performance.history_import.rows import Row, RowError, optional, parse_date

REQUIRED = ("offence_id", "child_id", "offence_date", "category", "seriousness")
DESCRIPTION_LENGTH = 300
REFERENCE_LENGTH = 50
CATEGORIES = {code.lower(): code for code in OffenceCategory.values}


def whole_number(text: str, low: int, high: int) -> int:
    if text.isdigit() and low <= int(text) <= high:
        return int(text)
    raise ValueError(
        _("Give a whole number from %(low)s to %(high)s, not “%(value)s”.") % {"low": low, "high": high, "value": text}
    )


def children_by_id(service_id: int, ids: set[str]) -> dict[str, tuple[int, Any]]:
    """The service's imported children with these identifiers: (key, date of birth) by identifier."""
    found = Child.objects.filter(service_id=service_id, imported_id__in=list(ids))
    return {imported: (pk, born) for imported, pk, born in found.values_list("imported_id", "pk", "date_of_birth")}


class OffencesFile(RecordFile):
    file = "offences.csv"
    model = Offence
    id_column = "offence_id"
    required = REQUIRED
    attributes = ("child_id", "offence_date", "category", "seriousness", "description", "gravity", "police_reference")

    def look_up(self, rows: list[Row]) -> None:
        self.children = children_by_id(self.service.pk, {row.raw["child_id"] for row in rows})

    def check(self, row: Row) -> None:
        raw, values, errors = row.raw, row.values, {}
        child = None
        try:
            child = self.refer("child", "children.csv", raw["child_id"], self.history.rejected_children, self.children)
            values["child_id"] = child[0]
        except RowError as error:
            errors.update(error.reasons)
        try:
            values["offence_date"] = parse_date(raw["offence_date"])
        except ValueError as error:
            errors["offence_date"] = str(error)
        else:
            age_error = child and offence_age_error(child[1], values["offence_date"])
            if age_error:
                errors["offence_date"] = age_error
        category = CATEGORIES.get(raw["category"].lower())
        if category is None:
            errors["category"] = _("“%(value)s” is not an offence category of Youth Justice Statistics, e.g. DRUGS.") % {
                "value": raw["category"]
            }
        values["category"] = category
        try:
            values["seriousness"] = whole_number(raw["seriousness"], 1, 8)
        except ValueError as error:
            errors["seriousness"] = str(error)
        self._optional(raw, values, errors)
        if errors:
            raise RowError(errors)

    def _optional(self, raw: dict[str, str], values: dict[str, Any], errors: dict[str, str]) -> None:
        for name, length in (("description", DESCRIPTION_LENGTH), ("police_reference", REFERENCE_LENGTH)):
            text = optional(raw, name)
            if text is not None and len(text) > length:
                errors[name] = _("At most %(n)s characters.") % {"n": length}
            elif text is not None:
                values[name] = text
        gravity = optional(raw, "gravity")
        if gravity is not None:
            try:
                values["gravity"] = whole_number(gravity, 1, 5)
            except ValueError as error:
                errors["gravity"] = str(error)

    def conflicts(self, row: Row, stored: dict[str, Any]) -> dict[str, str]:
        if stored["child_id"] != row.values["child_id"]:
            return {"child_id": _("This offence is recorded for another child; an offence cannot move to another child.")}
        return {}

    def new_values(self, row: Row) -> dict[str, Any]:
        values = super().new_values(row)
        # The form asks for a description; an imported offence without one is described by its category.
        values.setdefault("description", str(OffenceCategory(values["category"]).label))
        return values
