"""Changes to the improvement plan, one function per thing a user does, each in a transaction.

Service managers and administrators keep the plan; a board member may add progress to a recommendation
owned by the board. Every change is checked by the models' own rules (full_clean) and kept in the history
with who made it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from yjs.children.models import Child
from yjs.core.models import User
from yjs.governance import access
from yjs.governance.models import Action, ProgressUpdate, Recommendation
from yjs.governance.services import _keeper, _save
from yjs.governance.vocabularies import PlanStatus

RECOMMENDATION_FIELDS = ("source_kind", "source_title", "made_on", "number", "text", "owner")
ACTION_FIELDS = ("what", "owner_staff", "owner_name", "due_on")


_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    # Words only, so "O'Brien" and "o brien", or a name followed by "'s", compare alike.
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def _names_no_child(service_id: int, texts: dict[str, str]) -> None:
    """The plan goes to the board and into its report, which never name a child: refuse a child's full name."""
    written = {field: _words(text) for field, text in texts.items() if text and text.strip()}
    if not written:
        return
    names = Child.objects.filter(service_id=service_id).values_list("first_name", "last_name")
    for first, last in names.iterator():
        name = _words(f"{first} {last}")
        if not name.strip():
            continue
        for field, words in written.items():
            if name in words:
                raise ValidationError({field: _("Name no child: remove “%(name)s”") % {"name": f"{first} {last}"}})


def _own(user: User, recommendation: Recommendation) -> None:
    _keeper(user)
    if recommendation.service_id != user.service_id:
        raise PermissionDenied


def _check_unique_number(recommendation: Recommendation) -> None:
    clash = Recommendation.objects.filter(
        service_id=recommendation.service_id, source_title=recommendation.source_title, number=recommendation.number
    ).exclude(pk=recommendation.pk)
    if clash.exists():
        raise ValidationError({"number": _("This report already has a recommendation with that number")})


@transaction.atomic
def add_recommendation(user: User, data: dict[str, Any]) -> Recommendation:
    _keeper(user)
    recommendation = Recommendation(service_id=user.service_id, **{f: data[f] for f in RECOMMENDATION_FIELDS if f in data})
    _check_unique_number(recommendation)
    _names_no_child(recommendation.service_id, {"text": recommendation.text})
    _save(recommendation, user)
    return recommendation


@transaction.atomic
def change_recommendation(user: User, recommendation: Recommendation, data: dict[str, Any]) -> Recommendation:
    _own(user, recommendation)
    for field in RECOMMENDATION_FIELDS:
        if field in data:
            setattr(recommendation, field, data[field])
    _check_unique_number(recommendation)
    _names_no_child(recommendation.service_id, {"text": recommendation.text})
    _save(recommendation, user)
    for action in recommendation.actions.all():
        # An earlier report date must still come before every action's dates.
        try:
            action.full_clean()
        except ValidationError as error:
            raise ValidationError(
                {
                    "made_on": _("An action's dates are before this date: %(problem)s")
                    % {"problem": "; ".join(error.messages)}
                }
            ) from None
    return recommendation


@transaction.atomic
def close_recommendation(user: User, recommendation: Recommendation, closed_on: date) -> Recommendation:
    """Mark the recommendation done. Refused while any of its actions is open: finish or change them first."""
    _own(user, recommendation)
    still_open = recommendation.actions.filter(done_on__isnull=True).count()
    if still_open:
        message = ngettext(
            "%(count)s action is still open: mark it done before closing the recommendation",
            "%(count)s actions are still open: mark them done before closing the recommendation",
            still_open,
        )
        raise ValidationError({"closed_on": message % {"count": still_open}})
    recommendation.status, recommendation.closed_on = PlanStatus.DONE, closed_on
    _save(recommendation, user)
    return recommendation


@transaction.atomic
def reopen_recommendation(user: User, recommendation: Recommendation) -> Recommendation:
    _own(user, recommendation)
    recommendation.status, recommendation.closed_on = PlanStatus.OPEN, None
    _save(recommendation, user)
    return recommendation


@transaction.atomic
def add_action(user: User, recommendation: Recommendation, data: dict[str, Any]) -> Action:
    _own(user, recommendation)
    if recommendation.is_done:
        raise ValidationError(_("The recommendation is closed: reopen it before adding an action"))
    action = Action(recommendation=recommendation, **{f: data[f] for f in ACTION_FIELDS if f in data})
    _names_no_child(recommendation.service_id, {"what": action.what, "owner_name": action.owner_name})
    _save(action, user)
    return action


@transaction.atomic
def change_action(user: User, action: Action, data: dict[str, Any]) -> Action:
    _own(user, action.recommendation)
    for field in ACTION_FIELDS:
        if field in data:
            setattr(action, field, data[field])
    _names_no_child(action.recommendation.service_id, {"what": action.what, "owner_name": action.owner_name})
    _save(action, user)
    return action


@transaction.atomic
def mark_action_done(user: User, action: Action, done_on: date | None) -> Action:
    """An action is done on a date: without one it is refused, so the plan can say when it was finished."""
    _own(user, action.recommendation)
    if done_on is None:
        raise ValidationError({"done_on": _("Enter the date the action was done")})
    action.done_on = done_on
    _save(action, user)
    return action


@transaction.atomic
def record_progress(
    user: User, recommendation: Recommendation, written_on: date, text: str, action: Action | None = None
) -> ProgressUpdate:
    if not access.may_record_progress(user, recommendation):
        raise PermissionDenied
    if not text.strip():
        raise ValidationError({"text": _("Enter the progress")})
    _names_no_child(recommendation.service_id, {"text": text})
    update = ProgressUpdate(
        recommendation=recommendation, action=action, written_on=written_on, text=text.strip(), written_by=user
    )
    _save(update, user)
    return update
