"""The victims area's pure rules: dates in order, and what a consent means on a given day.

No request and no database: the models, services and KPI 10 (performance/kpis/victims.py) apply them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.utils.translation import gettext as _

from yjs.lib.formats import long_date


def consent_in_force(answer: str, answered_on: date | None, withdrawn_on: date | None, day: date) -> bool:
    """A consent counts on `day` when it was given on or before it and not withdrawn on or before it.

    Withdrawal takes effect on the day it is recorded, so a victim who withdrew on the last day of a
    quarter no longer consents at its end (the KPI 10 counting rule uses this same reading in SQL).
    """
    if answer != "given" or answered_on is None or answered_on > day:
        return False
    return withdrawn_on is None or withdrawn_on > day


def earliest(days: Iterable[date | None]) -> date | None:
    known = [day for day in days if day is not None]
    return min(known) if known else None


def not_before_offence(day: date | None, first_offence: date | None, field: str, errors: dict[str, str]) -> None:
    """Nothing about a victim happens before the earliest offence they are a victim of."""
    if day is not None and first_offence is not None and day < first_offence:
        errors.setdefault(
            field, _("The date must be on or after the offence, %(day)s") % {"day": long_date(first_offence)}
        )


def not_in_future(day: date | None, today: date, field: str, errors: dict[str, str]) -> None:
    if day is not None and day > today:
        errors.setdefault(field, _("The date must be today or in the past"))


def in_order(earlier: date | None, later: date | None, field: str, message: str, errors: dict[str, str]) -> None:
    """`later` (named by `field`) must be on or after `earlier` when both are known."""
    if earlier is not None and later is not None and later < earlier:
        errors.setdefault(field, message)


def offer_errors(
    offered_on: date | None,
    response: str,
    responded_on: date | None,
    kind: str,
    took_place_on: date | None,
    completed_on: date | None,
    first_offence: date | None,
    today: date,
) -> dict[str, str]:
    """What is wrong with a restorative justice offer: its dates in order, and what took place only once accepted."""
    errors: dict[str, str] = {}
    for field, day in (
        ("offered_on", offered_on),
        ("responded_on", responded_on),
        ("took_place_on", took_place_on),
        ("completed_on", completed_on),
    ):
        not_in_future(day, today, field, errors)
    not_before_offence(offered_on, first_offence, "offered_on", errors)
    in_order(offered_on, responded_on, "responded_on", _("The answer must be on or after the offer"), errors)
    if response == "awaiting" and responded_on is not None:
        errors.setdefault("responded_on", _("Leave the date of the answer empty while the victim has not answered"))
    if response != "awaiting" and responded_on is None:
        errors.setdefault("responded_on", _("Enter the date the victim answered"))
    if response != "accepted" and (kind or took_place_on or completed_on):
        errors.setdefault("response", _("Restorative justice can only take place once the victim has accepted"))
    in_order(
        responded_on or offered_on,
        took_place_on,
        "took_place_on",
        _("It must take place on or after the victim accepted"),
        errors,
    )
    if took_place_on is not None and not kind:
        errors.setdefault("kind", _("Select what took place"))
    if completed_on is not None and took_place_on is None:
        errors.setdefault("took_place_on", _("Enter when it took place before recording that it was completed"))
    in_order(took_place_on, completed_on, "completed_on", _("It must be completed on or after it took place"), errors)
    return errors
