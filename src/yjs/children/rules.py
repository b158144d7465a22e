"""Validation rules for a child's details, as plain functions."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from yjs.lib.dates import age_on

# A record may be opened before any offence (prevention work), so the floor is below the age of criminal
# responsibility (10); above 25 a youth justice service would not hold the case.
YOUNGEST_ON_RECORD = 8
OLDEST_ON_RECORD = 25


def date_of_birth_error(date_of_birth: date, today: date) -> str | None:
    if date_of_birth > today:
        return _("Date of birth must be in the past.")
    age = age_on(date_of_birth, today)
    if age < YOUNGEST_ON_RECORD:
        return _("Date of birth makes the child %(age)s today: a child must be at least 8.") % {"age": age}
    if age > OLDEST_ON_RECORD:
        return _("Date of birth makes the person %(age)s today: they must be 25 or under.") % {"age": age}
    return None
