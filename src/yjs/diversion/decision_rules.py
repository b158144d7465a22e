"""The joint decision panel's rules, as plain functions: what makes a decision complete enough to save.

Inspectors found that police and YJS joint decisions, and the rationale for them, were not recorded
clearly or consistently (HMIP). So a decision is refused without a rationale of some substance, and
what each party said must match what the panel is recorded as having agreed.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# A rationale shorter than this ("agreed", "as proposed") records nothing a reviewer could weigh.
MIN_RATIONALE_CHARACTERS = 20
# The day most panels sit when a service has held none yet.
USUAL_PANEL_WEEKDAY = 1  # Tuesday

# NPCC child gravity matrix (2023): what each score normally points to.
GRAVITY_MEANING = {
    1: gettext_lazy("normally no further action"),
    2: gettext_lazy("normally an informal out-of-court outcome"),
    3: gettext_lazy("normally a youth caution"),
    4: gettext_lazy("normally a youth conditional caution"),
    5: gettext_lazy("normally charge"),
}

RATIONALE_PROMPTS = gettext_lazy(
    "Say why, weighing: the gravity of the offence; whether the child admits it; their previous outcomes; "
    "the child's needs; and the victim's view."
)


def rationale_error(rationale: str) -> str | None:
    if len("".join(rationale.split())) < MIN_RATIONALE_CHARACTERS:
        return _(
            "Enter the rationale for the decision, at least %(count)s characters: weigh the gravity, "
            "the admission, previous outcomes, the child's needs and the victim's view"
        ) % {"count": MIN_RATIONALE_CHARACTERS}
    return None


def decision_errors(
    *, decision: str, police_position: str, yjs_position: str, agreed: bool | None, rationale: str
) -> dict[str, str]:
    """Field errors for a panel decision; empty when it may be saved."""
    errors: dict[str, str] = {}
    if not police_position:
        errors["police_position"] = _("Select the police position")
    if not yjs_position:
        errors["yjs_position"] = _("Select the YJS position")
    if not decision:
        errors["decision"] = _("Select the decision")
    if agreed is None:
        errors["agreed"] = _("Select whether the police and the YJS agreed")
    problem = rationale_error(rationale)
    if problem:
        errors["rationale"] = problem
    if errors:
        return errors
    if agreed and police_position != yjs_position:
        errors["agreed"] = _(
            "The police and YJS positions differ: select ‘No’ if they did not agree, or correct the positions"
        )
    elif agreed and decision != police_position:
        errors["decision"] = _("The decision must be the outcome the police and the YJS agreed on")
    elif not agreed and police_position == yjs_position:
        errors["agreed"] = _("The police and YJS positions are the same: select ‘Yes’ if they agreed")
    return errors


def escalation_errors(*, manager_id: int | None, due_on: date | None, today: date) -> dict[str, str]:
    """A disagreement needs a named manager to resolve it, and a date to resolve it by."""
    errors: dict[str, str] = {}
    if manager_id is None:
        errors["manager"] = _("Select the manager who will resolve the disagreement")
    if due_on is None:
        errors["due_on"] = _("Enter the date the disagreement must be resolved by")
    elif due_on < today:
        errors["due_on"] = _("The date to resolve by must be today or in the future")
    return errors


def resolution_errors(*, final_decision: str, resolution: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not final_decision:
        errors["final_decision"] = _("Select the final decision")
    if not resolution.strip():
        errors["resolution"] = _("Enter how the disagreement was resolved")
    return errors


def next_panel_date(last_panel: date | None, today: date) -> date:
    """The date to suggest for the next panel: a week on from the last, on the same weekday.

    A service meets on a regular day; with no panel yet, suggest the next Tuesday.
    """
    weekday = last_panel.weekday() if last_panel else USUAL_PANEL_WEEKDAY
    after = max(today, last_panel) if last_panel else today
    days = (weekday - after.weekday()) % 7 or 7
    return after + timedelta(days=days)
