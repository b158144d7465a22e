"""outcomes.csv: one row an outcome, for one or more offences of the same child."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from django.apps import apps
from django.utils.translation import gettext as _

from yjs.justice.models import Offence, Outcome, OutcomeType
from yjs.justice.rules import outcome_errors
from yjs.performance.history_import.offences import children_by_id, whole_number
from yjs.performance.history_import.records import RecordFile
from yjs.performance.history_import.rows import Row, RowError, optional, parse_date

REQUIRED = ("outcome_id", "child_id", "offence_id", "outcome_code", "outcome_date", "release_date")
# Several offences dealt with by one outcome are listed in one cell: "OF1;OF2".
OFFENCE_SEPARATOR = ";"
COURT_LENGTH = 200
# outcome_errors names the model's fields; the file names some of them differently.
COLUMN_OF = {"outcome_type": "outcome_code"}


def offence_ids(text: str) -> list[str]:
    return list(dict.fromkeys(part.strip() for part in text.split(OFFENCE_SEPARATOR) if part.strip()))


class OutcomesFile(RecordFile):
    file = "outcomes.csv"
    model = Outcome
    id_column = "outcome_id"
    required = REQUIRED
    attributes = (
        "child_id",
        "outcome_type_id",
        "outcome_date",
        "release_date",
        "start_date",
        "end_date",
        "length_months",
        "court",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.types = {outcome_type.code.upper(): outcome_type for outcome_type in OutcomeType.objects.all()}
        self.through = Outcome.offences.through
        self.history_through = apps.get_model("justice", "HistoricalOutcome_offences")

    def look_up(self, rows: list[Row]) -> None:
        self.children = children_by_id(self.service.pk, {row.raw["child_id"] for row in rows})
        ids = {offence for row in rows for offence in offence_ids(row.raw["offence_id"])}
        found = Offence.objects.filter(service=self.service, imported_id__in=list(ids))
        self.offences = {
            imported: (pk, child, day)
            for imported, pk, child, day in found.values_list("imported_id", "pk", "child_id", "offence_date")
        }

    def check(self, row: Row) -> None:
        raw, values, errors = row.raw, row.values, {}
        child_pk = None
        try:
            child_pk = self.refer("child", "children.csv", raw["child_id"], self.history.rejected_children, self.children)[0]
            values["child_id"] = child_pk
        except RowError as error:
            errors.update(error.reasons)
        offences = self._offences(raw["offence_id"], child_pk, errors)
        outcome_type = self.types.get(raw["outcome_code"].upper())
        if outcome_type is None:
            errors["outcome_code"] = _("“%(value)s” is not an outcome code, e.g. YC, RO, DTO.") % {
                "value": raw["outcome_code"]
            }
        else:
            values["outcome_type_id"] = outcome_type.code
        dates: dict[str, date | None] = {}
        for name in ("outcome_date", "release_date", "start_date", "end_date"):
            text = raw.get(name) if name in self.required else optional(raw, name)
            if not text:
                dates[name] = None
                continue
            try:
                dates[name] = parse_date(text)
            except ValueError as error:
                errors[name] = str(error)
        if not raw["outcome_date"]:
            errors["outcome_date"] = _("Give the outcome date.")
        length = None
        if (text := optional(raw, "length_months")) is not None:
            try:
                length = whole_number(text, 0, 999)
            except ValueError as error:
                errors["length_months"] = str(error)
        if (court := optional(raw, "court")) is not None:
            if len(court) > COURT_LENGTH:
                errors["court"] = _("At most %(n)s characters.") % {"n": COURT_LENGTH}
            values["court"] = court
        if outcome_type is not None and not errors.keys() & dates.keys():
            for field, message in outcome_errors(
                outcome_type, dates["outcome_date"], dates["start_date"], dates["end_date"], length, dates["release_date"]
            ).items():
                errors.setdefault(COLUMN_OF.get(field, field), message)
        outcome_date = dates.get("outcome_date")
        if outcome_date and offences and any(day > outcome_date for _pk, _child, day in offences):
            errors.setdefault("outcome_date", _("The outcome date must be on or after the date of each offence."))
        if errors:
            raise RowError(errors)
        values["outcome_date"] = outcome_date
        values["release_date"] = dates["release_date"]  # required column: empty means no release (yet)
        for name in ("start_date", "end_date"):
            if dates[name] is not None:
                values[name] = dates[name]
        if length is not None:
            values["length_months"] = length
        row.links = {pk for pk, _child, _day in offences}

    def _offences(self, text: str, child_pk: int | None, errors: dict[str, str]) -> list[tuple[int, int, date]]:
        ids = offence_ids(text)
        if not ids:
            errors["offence_id"] = _("Give the identifier of each offence the outcome is for, separated by “;”.")
            return []
        found = []
        for offence_id in ids:
            try:
                offence = self.refer("offence", "offences.csv", offence_id, self.history.rejected_offences, self.offences)
            except RowError as error:
                errors.update(error.reasons)
                return []
            if child_pk is not None and offence[1] != child_pk:
                errors["offence_id"] = _(
                    "“%(id)s” is an offence of another child: an outcome is for its own child's offences."
                ) % {"id": offence_id}
                return []
            found.append(offence)
        return found

    def stored(self, ids: Any) -> dict[str, dict[str, Any]]:
        stored = super().stored(ids)
        linked: dict[int, set[int]] = defaultdict(set)
        links = self.through.objects.filter(outcome_id__in=[values["pk"] for values in stored.values()])
        for outcome, offence in links.values_list("outcome_id", "offence_id"):
            linked[outcome].add(offence)
        for values in stored.values():
            values["offence_pks"] = linked[values["pk"]]
        return stored

    def conflicts(self, row: Row, stored: dict[str, Any]) -> dict[str, str]:
        if stored["child_id"] != row.values["child_id"]:
            return {"child_id": _("This outcome is recorded for another child; an outcome cannot move to another child.")}
        return {}

    def differs(self, row: Row, stored: dict[str, Any]) -> bool:
        return super().differs(row, stored) or stored["offence_pks"] != row.links

    def create(self, rows: list[Row]) -> list[int]:
        ids = super().create(rows)
        links = self.through.objects.bulk_create(
            [
                self.through(outcome_id=pk, offence_id=offence)
                for pk, row in zip(ids, rows, strict=True)
                for offence in sorted(row.links)
            ]
        )
        # The first history row of each outcome lists its offences, as the outcome's form leaves them.
        history = dict(Outcome.history.filter(id__in=ids, history_type="+").values_list("id", "history_id"))  # type: ignore[attr-defined]
        self.history_through.objects.bulk_create(
            [
                self.history_through(
                    id=link.pk, outcome_id=link.outcome_id, offence_id=link.offence_id, history_id=history[link.outcome_id]
                )
                for link in links
            ]
        )
        return ids

    def after_save(self, record: Any, row: Row) -> None:
        if set(record.offences.values_list("pk", flat=True)) != row.links:
            record.offences.set(row.links)
