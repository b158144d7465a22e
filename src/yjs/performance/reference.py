"""Loading reference data (population estimates and comparators) from a CSV file: docs/reference-data.md.

One file holds both: a row whose measure is `population_10_17` is an ONS mid-year estimate, any other
measure a published comparator. Rows are keyed as the tables are (area, year and group; measure, area
and period end), so loading a file again changes only what differs.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from yjs.children.vocabularies import CareStatus, EthnicGroup, Sex
from yjs.performance.history_import.rows import FileRefused, Rejection, header_of, missing, numbered
from yjs.performance.models import ALL, Comparator, PopulationEstimate
from yjs.performance.periods import PeriodError, Quarter
from yjs.performance.population import forget_estimates

REQUIRED = ("measure", "area_code", "period", "value")
POPULATION = "population_10_17"
GROUPS = {"sex": Sex.values, "ethnic_group": EthnicGroup.values, "care_status": CareStatus.values}
_MEASURE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_YEAR = re.compile(r"^\d{4}$")
AREA_LENGTH = 20
FILE = "reference"


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class ReferenceResult:
    population: Counts = field(default_factory=Counts)
    comparators: Counts = field(default_factory=Counts)
    rejected: list[Rejection] = field(default_factory=list)

    def lines(self) -> list[str]:
        def line(label: str, counts: Counts) -> str:
            return _("%(label)s: created %(created)s, updated %(updated)s, unchanged %(unchanged)s.") % {
                "label": label,
                "created": counts.created,
                "updated": counts.updated,
                "unchanged": counts.unchanged,
            }

        return [
            line(_("Population estimates"), self.population),
            line(_("Comparators"), self.comparators),
            _("Rejected %(n)s rows.") % {"n": len(self.rejected)},
        ]


def parse_group(text: str) -> str:
    if not text or text.lower() == ALL:
        return ALL
    dimension, _sep, value = text.partition(":")
    if dimension not in GROUPS or value not in GROUPS[dimension]:
        raise ValueError(
            _(
                "Give all, or a dimension and a value such as sex:F, ethnic_group:black or "
                "care_status:looked_after, not “%(value)s”."
            )
            % {"value": text}
        )
    return text


def parse_period_end(text: str) -> date:
    """The last day a comparator covers: a YJB quarter (year ending it) or an ISO date."""
    try:
        return Quarter.parse(text).end
    except PeriodError:
        pass
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            _("Give the period as a quarter such as 2024Q4 or a date such as 2025-03-31, not “%(value)s”.") % {"value": text}
        ) from None


def parse_row(raw: dict[str, str]) -> tuple[str, tuple[Any, ...], Any, dict[str, str]]:
    """("population" or "comparator", key, value, errors) for one row."""
    errors: dict[str, str] = {}
    measure, area, period, text = raw["measure"], raw["area_code"], raw["period"], raw["value"]
    if not area or len(area) > AREA_LENGTH:
        errors["area_code"] = _("Give the area's ONS code (at most %(n)s characters).") % {"n": AREA_LENGTH}
    if measure == POPULATION:
        group = year = count = None
        if _YEAR.match(period):
            year = int(period)
        else:
            errors["period"] = _("Give the mid-year of the estimate, such as 2024, not “%(value)s”.") % {"value": period}
        try:
            group = parse_group(raw.get("group", ""))
        except ValueError as error:
            errors["group"] = str(error)
        if text.isdigit():
            count = int(text)
        else:
            errors["value"] = _("Give the number of children as a whole number, not “%(value)s”.") % {"value": text}
        return "population", (area, year, group), count, errors
    if not _MEASURE.match(measure):
        errors["measure"] = _("Give population_10_17 or an indicator's name such as fte.rate_per_100k, not “%(value)s”.") % {
            "value": measure
        }
    if raw.get("group", "") not in ("", ALL):
        errors["group"] = _("A comparator has no group: leave it empty.")
    end = value = None
    try:
        end = parse_period_end(period)
    except ValueError as error:
        errors["period"] = str(error)
    try:
        value = Decimal(text).quantize(Decimal("0.0001"))
        if not value.is_finite() or abs(value) >= 10**8:
            raise InvalidOperation
    except InvalidOperation:
        errors["value"] = _("Give a number, such as 31.2, not “%(value)s”.") % {"value": text}
    return "comparator", (measure, area, end), value, errors


def load_reference(lines: Iterable[str]) -> ReferenceResult:
    """Load CSV text (e.g. an open file); FileRefused if a required column is missing."""
    reader = csv.reader(lines)
    header = header_of(reader)
    absent = missing(header, REQUIRED)
    if absent:
        raise FileRefused(
            _("The file is missing the columns: %(columns)s. Nothing was loaded.") % {"columns": ", ".join(absent)}
        )
    result = ReferenceResult()
    rows: dict[str, dict[tuple[Any, ...], tuple[Any, str]]] = {"population": {}, "comparator": {}}
    lines: dict[tuple[Any, ...], int] = {}
    for line, raw in numbered(reader, header):
        kind, key, value, errors = parse_row(raw)
        if not errors and key in lines:
            errors["row"] = _("The same figure is already on line %(line)s.") % {"line": lines[key]}
        if errors:
            result.rejected.append(Rejection(FILE, line, raw.get("measure", ""), tuple(errors.items())))
            continue
        lines[key] = line
        rows[kind][key] = (value, raw.get("area_name", ""))
    with transaction.atomic():
        result.population = save_population({key: count for key, (count, _name) in rows["population"].items()})
        result.comparators = save_comparators(rows["comparator"])
    return result


def save_population(rows: dict[tuple[str, int, str], int]) -> Counts:
    """Create or update estimates, given as {(area code, year, group): count}."""
    counts = Counts()
    stored = {
        (e.area_code, e.year, e.group): e for e in PopulationEstimate.objects.filter(area_code__in={k[0] for k in rows})
    }
    new, changed = [], []
    for (area, year, group), count in rows.items():
        known = stored.get((area, year, group))
        if known is None:
            new.append(PopulationEstimate(area_code=area, year=year, group=group, count=count))
        elif known.count != count:
            known.count = count
            changed.append(known)
        else:
            counts.unchanged += 1
    PopulationEstimate.objects.bulk_create(new, batch_size=2000)
    PopulationEstimate.objects.bulk_update(changed, ["count"], batch_size=2000)
    counts.created, counts.updated = len(new), len(changed)
    if new or changed:
        forget_estimates()
    return counts


def save_comparators(rows: dict[tuple[str, str, date], tuple[Decimal, str]]) -> Counts:
    """Create or update comparators, given as {(measure, area code, period end): (value, area name)}."""
    counts = Counts()
    stored = {(c.measure, c.area_code, c.period_end): c for c in Comparator.objects.filter(measure__in={k[0] for k in rows})}
    new, changed = [], []
    for (measure, area, end), (value, name) in rows.items():
        known = stored.get((measure, area, end))
        name = name or (known.area_name if known else area)
        if known is None:
            new.append(Comparator(measure=measure, area_code=area, area_name=name, period_end=end, value=value))
        elif known.value != value or known.area_name != name:
            known.value, known.area_name = value, name
            changed.append(known)
        else:
            counts.unchanged += 1
    Comparator.objects.bulk_create(new, batch_size=2000)
    Comparator.objects.bulk_update(changed, ["value", "area_name"], batch_size=2000)
    counts.created, counts.updated = len(new), len(changed)
    return counts
