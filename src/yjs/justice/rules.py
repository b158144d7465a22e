"""Validation rules for offences and outcomes, as plain functions."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from yjs.lib.dates import age_on
from yjs.lib.formats import long_date

if TYPE_CHECKING:
    from yjs.justice.models import OutcomeType

# Below the age of criminal responsibility, or too old to be a youth justice case.
YOUNGEST_AT_OFFENCE = 10
OLDEST_AT_OFFENCE = 25


def offence_age_error(date_of_birth: date, offence_date: date) -> str | None:
    if offence_date > date.today():
        return _("The date of the offence must be today or in the past.")
    age = age_on(date_of_birth, offence_date)
    if age < YOUNGEST_AT_OFFENCE:
        return _("The child was %(age)s on the date of the offence: a child must be at least 10.") % {"age": age}
    if age > OLDEST_AT_OFFENCE:
        return _("The person was %(age)s on the date of the offence: check the date of birth or the date.") % {
            "age": age
        }
    return None


def outcome_errors(
    outcome_type: OutcomeType,
    outcome_date: date | None,
    start_date: date | None,
    end_date: date | None,
    length_months: int | None,
    release_date: date | None,
) -> dict[str, str]:
    """Field errors for an outcome, keyed by field name; empty when the outcome is valid."""
    errors: dict[str, str] = {}
    if outcome_date and not (
        outcome_type.valid_from <= outcome_date and (outcome_type.valid_to is None or outcome_date <= outcome_type.valid_to)
    ):
        errors["outcome_type"] = _("%(name)s was not a valid outcome on %(day)s.") % {
            "name": outcome_type.name,
            "day": long_date(outcome_date),
        }
    if start_date and end_date and end_date < start_date:
        errors["end_date"] = _("The end date must be the same as or after the start date.")
    if start_date and outcome_date and start_date < outcome_date:
        errors["start_date"] = _("The start date must be the same as or after the outcome date.")
    if length_months is not None:
        low, high = outcome_type.min_months, outcome_type.max_months
        if (low is not None and length_months < low) or (high is not None and length_months > high):
            errors["length_months"] = _("A %(name)s lasts between %(low)s and %(high)s months.") % {
                "name": outcome_type.name,
                "low": low if low is not None else 0,
                "high": high if high is not None else "any number of",
            }
    if release_date and not outcome_type.custodial:
        errors["release_date"] = _("Only a custodial sentence has a release date.")
    if release_date and outcome_date and release_date < outcome_date:
        errors["release_date"] = _("The release date must be after the sentence date.")
    return errors
