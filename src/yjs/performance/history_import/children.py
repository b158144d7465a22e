"""children.csv: one row a child, by the other system's identifier."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.children.vocabularies import CareStatus, SendStatus, Sex
from yjs.performance.history_import.ethnicity import parse_ethnicity
from yjs.performance.history_import.records import RecordFile
from yjs.performance.history_import.rows import Row, RowError, optional, parse_answer, parse_date

REQUIRED = ("child_id", "date_of_birth", "sex", "ethnicity", "local_authority")
FLAGS = ("substance_misuse", "mental_health_concern")
NAME_LENGTH = 100

# A child imported without a name is recorded under this, which no one could take for a real name; the
# identifier beside it lets staff find the child in the system the history came from.
PLACEHOLDER_FIRST_NAME = "(no name imported)"


def placeholder_last_name(child_id: str) -> str:
    return f"[{child_id}]"


def _choice(text: str, choices: list[tuple[str, Any]]) -> str | None:
    """The code of a choice given by its code or its label, without regard to case."""
    plain = text.strip().lower()
    for code, label in choices:
        if plain in (code.lower(), str(label).lower()):
            return code
    return None


SEXES = {"m": Sex.MALE, "male": Sex.MALE, "f": Sex.FEMALE, "female": Sex.FEMALE, "u": Sex.NOT_KNOWN, "": Sex.NOT_KNOWN}
SEXES.update({"not known": Sex.NOT_KNOWN, "unknown": Sex.NOT_KNOWN})


class ChildrenFile(RecordFile):
    file = "children.csv"
    model = Child
    id_column = "child_id"
    required = REQUIRED
    attributes = (
        "first_name",
        "last_name",
        "date_of_birth",
        "sex",
        "ethnicity",
        "local_authority_id",
        "care_status",
        "send_status",
        *FLAGS,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.authorities: dict[str, int] = {}
        for pk, code, name in self.history.authorities:
            self.authorities[code.lower()] = pk
            self.authorities[name.lower()] = pk
        self.only_authority = self.history.authorities[0][0] if len(self.history.authorities) == 1 else None
        self.today = timezone.localdate()

    def check(self, row: Row) -> None:
        raw, values, errors = row.raw, row.values, {}
        for name in ("first_name", "last_name"):
            text = optional(raw, name)
            if text is not None and len(text) > NAME_LENGTH:
                errors[name] = _("A name is at most %(n)s characters.") % {"n": NAME_LENGTH}
            elif text is not None:
                values[name] = text
        try:
            values["date_of_birth"] = born = parse_date(raw["date_of_birth"])
            if born > self.today:
                errors["date_of_birth"] = _("The date of birth must be in the past.")
        except ValueError as error:
            errors["date_of_birth"] = str(error)
        sex = SEXES.get(raw["sex"].lower())
        if sex is None:
            errors["sex"] = _("Give M, F or U (not known), not “%(value)s”.") % {"value": raw["sex"]}
        values["sex"] = sex
        try:
            values["ethnicity"] = parse_ethnicity(raw["ethnicity"])
        except ValueError as error:
            errors["ethnicity"] = str(error)
        authority = self.authorities.get(raw["local_authority"].lower()) if raw["local_authority"] else self.only_authority
        if authority is None:
            errors["local_authority"] = (
                _("“%(value)s” is not a local authority of this service: give its ONS code or name.")
                % {"value": raw["local_authority"]}
                if raw["local_authority"]
                else _("Give the ONS code or name of the child's local authority.")
            )
        values["local_authority_id"] = authority
        for name, choices in (("care_status", CareStatus.choices), ("send_status", SendStatus.choices)):
            text = optional(raw, name)
            if text is None:
                continue
            code = _choice(text, choices)
            if code is None:
                errors[name] = _("Give one of %(codes)s, not “%(value)s”.") % {
                    "codes": ", ".join(code for code, _label in choices),
                    "value": text,
                }
            values[name] = code
        for name in FLAGS:
            text = optional(raw, name)
            if text is None:
                continue
            try:
                values[name] = parse_answer(text)
            except ValueError as error:
                errors[name] = str(error)
        if errors:
            raise RowError(errors)

    def new_values(self, row: Row) -> dict[str, Any]:
        values = super().new_values(row)
        values.setdefault("first_name", PLACEHOLDER_FIRST_NAME)
        values.setdefault("last_name", placeholder_last_name(row.record_id))
        return values
