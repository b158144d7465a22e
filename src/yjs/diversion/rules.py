"""The pipeline's deadlines and the rule for when a brief assessment is needed, as plain functions.

The numbers are settings (settings.YJS_DIVERSION) because local agreements with the police set them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from yjs.lib.dates import add_working_days

DEFAULTS: dict[str, object] = {
    "SCREENING_WORKING_DAYS": 5,
    "ESCALATION_WORKING_DAYS": 5,
    "DELIVERY_WORKING_DAYS": 20,
    "ASSESSED_DECISIONS": ["O22", "YC", "YCC"],
}


@dataclass(frozen=True)
class DiversionRules:
    screening_working_days: int = 5
    escalation_working_days: int = 5
    # A decided outcome not delivered within this many working days is listed for follow-up.
    delivery_working_days: int = 20
    assessed_decisions: frozenset[str] = frozenset({"O22", "YC", "YCC"})
    holidays: frozenset[date] = frozenset()

    @classmethod
    def from_settings(cls) -> DiversionRules:
        from django.conf import settings

        from yjs.core.bank_holidays import bank_holidays

        values = {**DEFAULTS, **getattr(settings, "YJS_DIVERSION", {})}
        return cls(
            screening_working_days=int(values["SCREENING_WORKING_DAYS"]),  # type: ignore[call-overload]
            escalation_working_days=int(values["ESCALATION_WORKING_DAYS"]),  # type: ignore[call-overload]
            delivery_working_days=int(values["DELIVERY_WORKING_DAYS"]),  # type: ignore[call-overload]
            assessed_decisions=frozenset(values["ASSESSED_DECISIONS"]),  # type: ignore[arg-type]
            holidays=bank_holidays(),
        )


def screening_due(requested_on: date, rules: DiversionRules) -> date:
    return add_working_days(requested_on, rules.screening_working_days, rules.holidays)


def escalation_due(decided_on: date, rules: DiversionRules) -> date:
    return add_working_days(decided_on, rules.escalation_working_days, rules.holidays)


def delivery_due(decided_on: date, rules: DiversionRules) -> date:
    return add_working_days(decided_on, rules.delivery_working_days, rules.holidays)


def needs_brief_assessment(proposed_outcome: str, rules: DiversionRules) -> bool:
    """Whether a proposal of this outcome must have a YJS brief assessment before the panel decides."""
    return proposed_outcome in rules.assessed_decisions
