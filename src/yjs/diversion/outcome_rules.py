"""Delivering the panel's decision, as plain functions: dates, supervision, and who is waiting too long."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from yjs.casework.deadlines import earliest_start_not_overdue
from yjs.diversion.rules import DiversionRules
from yjs.lib.formats import long_date

if TYPE_CHECKING:
    from yjs.justice.models import OutcomeType


def delivery_date_error(delivered_on: date | None, decided_on: date | None, today: date) -> str | None:
    if delivered_on is None:
        return _("Enter the date the outcome was delivered")
    if delivered_on > today:
        return _("The date delivered must be today or in the past")
    if decided_on and delivered_on < decided_on:
        return _("The date delivered must be on or after the date of the decision, %(day)s") % {
            "day": long_date(decided_on)
        }
    return None


def needs_length(outcome_type: OutcomeType) -> bool:
    """Whether the registry sets a length for this outcome, so it must be asked for."""
    return outcome_type.min_months is not None or outcome_type.max_months is not None


def yjs_supervises(supervision: str, chosen: bool) -> bool:
    """The registry says yes, no, or optional; where optional, the person recording it chooses."""
    return supervision == "yes" or (supervision == "optional" and chosen)


def decided_before_is_overdue(today: date, rules: DiversionRules) -> date:
    """Decisions made before this date and not yet delivered are past the delivery deadline.

    The deadline counts working days, which SQL cannot; it moves later only as the decision does, so
    "overdue" is "decided before a cut-off", worked out once here and used in a query.
    """
    return earliest_start_not_overdue(today, rules.delivery_working_days, rules.holidays)
