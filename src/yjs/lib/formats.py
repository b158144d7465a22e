"""How a day is written for a person to read: 3 March 2025.

The one place in lib/ that leans on Django, because the month's name follows the language the page is shown
in (Welsh services use this too), which only Django's formats know. Machine formats (ISO dates in exports
and files) are not this module's business.
"""

from __future__ import annotations

from datetime import date

from django.utils.formats import date_format


def long_date(day: date) -> str:
    """A day in words, without a leading zero: 3 March 2025 (3 Mawrth 2025 in Welsh)."""
    return date_format(day, "j F Y")
