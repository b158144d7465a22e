"""What makes a police notification one the YJS can take: plain checks on the dates it gives.

Only children aged 10 to 17 on the date of the offence are youth justice cases: under 10 is below
the age of criminal responsibility, 18 and over is an adult matter. (A child's record may hold people
up to 25, justice.rules.offence_age_error, because court orders run on past 18; a new notification may not.)
"""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from yjs.lib.dates import age_on

YOUNGEST_YOUTH_CASE = 10
OLDEST_YOUTH_CASE = 17


def youth_case_error(date_of_birth: date, offence_date: date) -> str | None:
    if date_of_birth > offence_date:
        return _("Date of birth must be before the date of the offence.")
    age = age_on(date_of_birth, offence_date)
    if age < YOUNGEST_YOUTH_CASE:
        return _(
            "The child was %(age)s on the date of the offence: under 10 is below the age of criminal responsibility."
        ) % {"age": age}
    if age > OLDEST_YOUTH_CASE:
        return _("The child was %(age)s on the date of the offence: only children aged 10 to 17 are youth cases.") % {
            "age": age
        }
    return None


def date_errors(
    date_of_birth: date | None, offence_date: date | None, notified_on: date | None, today: date
) -> dict[str, str]:
    """The dates' problems, keyed by field: each must be possible, and together they must make a youth case."""
    errors: dict[str, str] = {}
    if offence_date and offence_date > today:
        errors["offence_date"] = _("Date of the offence must be today or in the past.")
    if notified_on and notified_on > today:
        errors["notified_on"] = _("Date notified must be today or in the past.")
    elif notified_on and offence_date and notified_on < offence_date:
        errors["notified_on"] = _("Date notified must be on or after the date of the offence.")
    if date_of_birth and offence_date:
        error = youth_case_error(date_of_birth, offence_date)
        if error:
            errors["date_of_birth"] = error
    return errors
