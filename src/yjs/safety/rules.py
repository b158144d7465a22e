"""The risk panel's rules as plain functions: who should be referred, and when an agreed action is overdue.

A child is suggested for the panel when their latest assessment rates risk of serious harm to others, or
their own safety and wellbeing, as high or very high, and they have not been referred since that
assessment. A manager may refer any other child, with a reason. A referral the panel has heard stays on the record.
"""

from __future__ import annotations

from datetime import date

from yjs.casework.vocabularies import RiskLevel, at_least
from yjs.safety.vocabularies import ReferralReason

PANEL_THRESHOLD = RiskLevel.HIGH


def referral_reason(rosh_rating: str | None, safety_rating: str | None) -> str | None:
    """Why an assessment's ratings call for the panel (risk to others first), or None when they do not."""
    if at_least(rosh_rating, PANEL_THRESHOLD):
        return ReferralReason.ROSH
    if at_least(safety_rating, PANEL_THRESHOLD):
        return ReferralReason.SAFETY
    return None


def needs_referral(
    rosh_rating: str | None, safety_rating: str | None, assessed_on: date, last_referred_on: date | None
) -> bool:
    """Suggested for the panel: the ratings call for it and no referral has been made since the assessment."""
    if referral_reason(rosh_rating, safety_rating) is None:
        return False
    return last_referred_on is None or last_referred_on < assessed_on


def action_overdue(due_on: date, completed_on: date | None, today: date) -> bool:
    """An action is overdue from the day after it falls due until it is done."""
    return completed_on is None and due_on < today


def referral_heard_on(decided_on: date | None, meeting_held_on: date | None, today: date) -> date | None:
    """The day the panel heard a referral: the day it decided, else the day of the meeting it was listed for
    once that meeting has taken place (as the panel's decision may then be recorded); None while unheard."""
    if decided_on is not None:
        return decided_on
    if meeting_held_on is not None and meeting_held_on <= today:
        return meeting_held_on
    return None
