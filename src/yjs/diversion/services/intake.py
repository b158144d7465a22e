"""Receiving the police's notifications, matching each to a child, reviewing uncertain matches, withdrawing.

A notification arrives three ways (the YJS police officer's form, the police system's API, a file
import) and all three land here, so a rule is enforced once. A police reference is the police's key:
sending the same notification again changes nothing, sending it with corrections updates it until the
panel has decided, and after that the correction is refused (the decision was made on what was sent).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache, partial
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Model
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.children.rules import date_of_birth_error
from yjs.core.models import LocalAuthority, User
from yjs.diversion import access
from yjs.diversion.intake_rules import date_errors
from yjs.diversion.matching import Certainty, Identity, Match, match, normalise_pnc
from yjs.diversion.models import Notification
from yjs.diversion.pipeline import Action, TransitionRefused
from yjs.diversion.services.steps import advance, request_screening, save_step
from yjs.diversion.vocabularies import Source, Stage

# What the police provide: the fields a later notification with the same reference may correct.
POLICE_FIELDS = (
    "police_reference",
    "first_name",
    "last_name",
    "date_of_birth",
    "pnc_number",
    "sex",
    "address",
    "local_authority",
    "offence_date",
    "offence_description",
    "offence_category",
    "gravity_score",
    "admitted",
    "officer",
    "victim_details",
    "notified_on",
)
POLICE_ATTNAMES = {name: Notification._meta.get_field(name).attname for name in POLICE_FIELDS}
ModelT = TypeVar("ModelT", bound=Model)
CLOSED_STAGES = frozenset({Stage.DECIDED, Stage.COMPLETED, Stage.WITHDRAWN})


class Change(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Received:
    notification: Notification
    change: Change


class AlreadyDecided(Exception):
    """A correction to a notification the panel has already decided on (or that is closed): refused."""

    def __init__(self, notification: Notification) -> None:
        self.notification = notification
        super().__init__(
            _(
                "Police reference %(reference)s has already been decided or closed (%(stage)s): "
                "a notification with different details is not accepted for it."
            )
            % {"reference": notification.police_reference, "stage": notification.get_stage_display()}
        )


def is_decided(notification: Notification) -> bool:
    return notification.decided_on is not None or notification.stage in CLOSED_STAGES


def _tidy(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def build_notification(
    service_id: int,
    data: Mapping[str, Any],
    *,
    user: User | None,
    source: str,
    authorities: Sequence[LocalAuthority],
    today: date,
) -> Notification:
    """An unsaved notification from `data`, checked; ValidationError naming each field at fault.

    `authorities` are the service's local authorities: a service with only one needs none named.
    """
    values = notification_values(data, authorities=authorities, today=today)
    author = user.pk if user else None
    notification = new_record(
        Notification, service_id=service_id, source=source, created_by_id=author, modified_by_id=author, **values
    )
    for authority in authorities:
        if authority.pk == notification.local_authority_id:
            notification.local_authority = authority
    return notification


def notification_values(data: Mapping[str, Any], *, authorities: Sequence[LocalAuthority], today: date) -> dict[str, Any]:
    """The police's fields of a notification from `data`, tidied and checked, by attribute name.

    ValidationError naming each field at fault. A field `data` does not give takes the model's default.
    What build_notification sets on a new notification, and what an import writes straight to the database.
    """
    values: dict[str, Any] = {}
    for check in _police_checks():
        given = data.get(check.name)
        values[check.attname] = check.default() if given is None else _tidy(given)
    authority = data.get("local_authority")
    if authority is None and len(authorities) == 1:
        authority = authorities[0]
    values["local_authority_id"] = getattr(authority, "pk", authority)
    values["pnc_number"] = normalise_pnc(values["pnc_number"])
    errors = _field_errors(values)
    if values["local_authority_id"] is None:
        errors["local_authority"] = [_("Select the local authority the child lives in.")]
    elif values["local_authority_id"] not in {authority.pk for authority in authorities}:
        errors["local_authority"] = [_("Choose a local authority of this service.")]
    dates = date_errors(*(_a_date(values[name]) for name in ("date_of_birth", "offence_date", "notified_on")), today)
    for name, message in dates.items():
        errors.setdefault(name, []).append(message)
    if errors:
        raise ValidationError(errors)
    return values


@dataclass(frozen=True)
class _Check:
    """One police field's own checks (what full_clean does for it), worked out once."""

    name: str
    attname: str
    blank: bool
    to_python: Callable[[Any], Any]
    choices: frozenset[Any]
    validators: tuple[Callable[[Any], None], ...]
    error_messages: Mapping[str, Any]
    default: Callable[[], Any]


@cache
def _police_checks() -> list[_Check]:
    checks = []
    for name in POLICE_FIELDS:
        if name == "local_authority":
            continue  # one of the service's: checked against them
        field = Notification._meta.get_field(name)
        default = field.get_default
        if not (field.has_default() and callable(field.default)):
            default = partial(_constant, field.get_default())  # the same for every row: worked out once
        checks.append(
            _Check(
                name,
                field.attname,
                field.blank,
                field.to_python,
                frozenset(choice for choice, _label in field.flatchoices),
                tuple(field.validators),
                field.error_messages,
                default,
            )
        )
    return checks


def _constant(value: Any) -> Any:
    return value


def _field_errors(values: dict[str, Any]) -> dict[str, list[str]]:
    """The model's own checks of each police field (what full_clean does for them), at a fraction of the cost.

    Converts each value in `values` as the field does. An import checks tens of thousands of rows; Django's
    generic cleaning of every field dominated its time.
    """
    errors: dict[str, list[str]] = {}
    for check in _police_checks():
        value = values[check.attname]
        try:
            if value is None or value == "":
                if not check.blank:
                    raise ValidationError(check.error_messages["blank"], code="blank")
                continue
            value = values[check.attname] = check.to_python(value)
            if check.choices and value not in check.choices:
                raise ValidationError(check.error_messages["invalid_choice"], params={"value": value})
            for validator in check.validators:
                validator(value)
        except ValidationError as error:
            errors[check.name] = error.messages
    return errors


def new_record(model: type[ModelT], **values: Any) -> ModelT:
    """A new unsaved record: `values` by attribute name, defaults for the rest.

    Built positionally, Django's quick way in (as when loading from the database): an import makes tens of
    thousands, and keyword construction looks up every field's default by name.
    """
    return model(*(values[attname] if attname in values else make() for attname, make in _recipe(model)))


@cache
def _recipe(model: type[Model]) -> list[tuple[str, Callable[[], Any]]]:
    recipe = []
    for field in model._meta.concrete_fields:
        if field.has_default() and callable(field.default):
            recipe.append((field.attname, field.default))
        else:
            recipe.append((field.attname, partial(field.get_default)))
    return recipe


def _a_date(value: Any) -> date | None:
    return value if isinstance(value, date) else None


def differences(stored: Notification, incoming: Notification, given: Iterable[str]) -> list[str]:
    """The police fields `incoming` gives that differ from what is stored (attribute names)."""
    return police_changes(police_values(stored), police_values(incoming), given)


def police_values(notification: Notification) -> dict[str, Any]:
    return {attname: getattr(notification, attname) for attname in POLICE_ATTNAMES.values()}


def police_changes(stored: Mapping[str, Any], incoming: Mapping[str, Any], given: Iterable[str]) -> list[str]:
    """The police fields (names) `incoming` gives that differ from `stored`; both values by attribute name."""
    return [name for name in given if stored[POLICE_ATTNAMES[name]] != incoming[POLICE_ATTNAMES[name]]]


def child_from_notification(notification: Notification, user: User | None, today: date) -> Child:
    """An unsaved child with the notified identity, checked as yjs.children.services.create_child checks one."""
    author = user.pk if user else None
    return new_record(
        Child,
        service_id=notification.service_id,
        created_by_id=author,
        modified_by_id=author,
        **child_values(police_values(notification), today),
    )


def child_values(notified: Mapping[str, Any], today: date) -> dict[str, Any]:
    """A new child's details (by attribute name) from a notification's police values, checked as create_child does."""
    error = date_of_birth_error(notified["date_of_birth"], today)
    if error:
        raise ValidationError({"date_of_birth": error})
    return {
        "first_name": notified["first_name"],
        "last_name": notified["last_name"],
        "date_of_birth": notified["date_of_birth"],
        "sex": notified["sex"],
        "local_authority_id": notified["local_authority_id"],
        "pnc_number": normalise_pnc(notified["pnc_number"]),
        "address": notified["address"],
    }


def _create_child(notification: Notification, user: User | None, today: date) -> Child:
    child = child_from_notification(notification, user, today)
    child.full_clean()
    child._history_user = user  # type: ignore[attr-defined]
    child.save()
    return child


def candidate_children(
    service_id: int, identities: Iterable[Identity], also: Iterable[tuple[int, Identity]] = ()
) -> list[tuple[int, Identity]]:
    """The service's children any of `identities` could be: the same PNC number, or birthday and surname.

    Every match the rules can make shares one or the other (diversion.matching). The database finds them
    from the birthday and the surname as compared, kept beside each child (Child.last_name_compared), so a
    large service's children with a common birthday are not read to be compared one by one. `also` gives
    children being written by another transaction (an import's chunk before), to be taken as stored; in key
    order, as the stored are.
    """
    identities = list(identities)
    pncs = sorted({identity.pnc for identity in identities if identity.pnc})
    birthdays = sorted({(identity.date_of_birth, identity.names[1]) for identity in identities})
    sharing = _sharing(service_id, birthdays, pncs)
    stored = Child.objects.filter(service_id=service_id, archived_at__isnull=True, pk__in=sharing)
    candidates = {
        pk: Identity(first, last, born, pnc)
        for pk, first, last, born, pnc in stored.order_by("pk").values_list(
            "pk", "first_name", "last_name", "date_of_birth", "pnc_number"
        )
    }
    if not also:
        return list(candidates.items())
    wanted, wanted_pncs = set(birthdays), set(pncs)
    for pk, child in also:
        if pk not in candidates and ((child.date_of_birth, child.names[1]) in wanted or child.pnc in wanted_pncs):
            candidates[pk] = child
    return sorted(candidates.items())


def _sharing(service_id: int, birthdays: list[tuple[date, str]], pncs: list[str]) -> RawSQL:
    """The keys of the children with one of `birthdays` (date of birth, surname as compared) or `pncs`.

    Led from the lists: SQLite, with no statistics, would otherwise reckon the service's index the cheaper
    way to a long list and read every child of the service.
    """
    if connection.vendor == "sqlite":
        return RawSQL(
            "SELECT c.id FROM json_each(%s) AS b CROSS JOIN children_child AS c"
            " WHERE c.service_id = %s AND c.date_of_birth = b.value ->> 0 AND c.last_name_compared = b.value ->> 1"
            " UNION SELECT c.id FROM json_each(%s) AS p CROSS JOIN children_child AS c WHERE c.pnc_number = p.value",
            [json.dumps([[born.isoformat(), surname] for born, surname in birthdays]), service_id, json.dumps(pncs)],
        )
    return RawSQL(
        "SELECT c.id FROM unnest(%s::date[], %s::text[]) AS b (born, surname)"
        " JOIN children_child AS c ON c.date_of_birth = b.born AND c.last_name_compared = b.surname"
        " WHERE c.service_id = %s"
        " UNION SELECT c.id FROM children_child AS c WHERE c.pnc_number = ANY(%s::text[])",
        [[born for born, _ in birthdays], [surname for _, surname in birthdays], service_id, pncs],
    )


def apply_match(notification: Notification, result: Match) -> None:
    """Set the child or the candidates for review; a new child is the caller's to make and link."""
    if result.certainty == Certainty.LINKED:
        notification.child_id = result.child
        notification.stage = Stage.SCREENING
    elif result.certainty == Certainty.REVIEW:
        notification.stage = Stage.MATCHING
        notification.candidate_ids = list(result.candidates)
    else:
        notification.stage = Stage.SCREENING


def _create(notification: Notification, user: User | None, today: date) -> Notification:
    identity = Identity.of(notification)
    result = match(identity, candidate_children(notification.service_id, [identity]))
    apply_match(notification, result)
    if result.certainty == Certainty.NEW:
        notification.child = _create_child(notification, user, today)
    save_step(notification, user)
    if notification.child_id:
        request_screening(notification, user, today)
    return notification


def _check_may_notify(user: User | None, service_id: int) -> None:
    # No user: a command run by the service's administrators on the server (the import).
    if user is not None and (not access.may_work_pipeline(user) or user.service_id != service_id):
        raise PermissionDenied


@transaction.atomic
def receive_notification(
    service_id: int, data: Mapping[str, Any], *, user: User | None = None, source: str = Source.API
) -> Received:
    """Take a notification from the police system or a file: new, a repeat (unchanged) or a correction.

    A correction to a notification already decided raises AlreadyDecided; bad data, ValidationError.
    """
    _check_may_notify(user, service_id)
    today = timezone.localdate()
    authorities = list(LocalAuthority.objects.filter(service_id=service_id))
    incoming = build_notification(service_id, data, user=user, source=source, authorities=authorities, today=today)
    stored = (
        Notification.objects.select_for_update()
        .filter(service_id=service_id, police_reference=incoming.police_reference)
        .first()
    )
    if stored is None:
        return Received(_create(incoming, user, today), Change.CREATED)
    changed = differences(stored, incoming, [name for name in POLICE_FIELDS if data.get(name) is not None])
    if not changed:
        return Received(stored, Change.UNCHANGED)
    if is_decided(stored):
        raise AlreadyDecided(stored)
    for name in changed:
        attname = Notification._meta.get_field(name).attname
        setattr(stored, attname, getattr(incoming, attname))
    save_step(stored, user)
    return Received(stored, Change.UPDATED)


@transaction.atomic
def record_notification(user: User, data: Mapping[str, Any]) -> Notification:
    """The YJS police officer's form: a new notification only (an existing reference is refused)."""
    if user.service_id is None:
        raise PermissionDenied
    _check_may_notify(user, user.service_id)
    reference = _tidy(data.get("police_reference") or "")
    if Notification.objects.filter(service_id=user.service_id, police_reference=reference).exists():
        raise ValidationError(
            {
                "police_reference": _("A notification with police reference %(ref)s has already been received.")
                % {"ref": reference}
            }
        )
    today = timezone.localdate()
    authorities = list(LocalAuthority.objects.filter(service_id=user.service_id))
    notification = build_notification(
        user.service_id, data, user=user, source=Source.FORM, authorities=authorities, today=today
    )
    return _create(notification, user, today)


@transaction.atomic
def choose_match(
    notification: Notification, user: User, child: Child | None, expected_version: int | None = None
) -> Notification:
    """Settle an uncertain match: link one of the candidates, or (child None) record a new child; then screen."""
    if not access.may_work_pipeline(user) or user.service_id != notification.service_id:
        raise PermissionDenied
    if notification.stage != Stage.MATCHING:
        raise TransitionRefused(Stage(notification.stage), Action.MATCH)
    today = timezone.localdate()
    if child is None:
        child = _create_child(notification, user, today)
    elif child.pk not in notification.candidate_ids or child.service_id != notification.service_id:
        raise ValidationError({"child": _("Choose one of the children listed, or a new child.")})
    advance(notification, Action.MATCH, user, expected_version, child=child, candidate_ids=[])
    request_screening(notification, user, today)
    return notification


@transaction.atomic
def withdraw_notification(
    notification: Notification, user: User, reason: str, expected_version: int | None = None
) -> Notification:
    """Close a notification that should not go on (sent in error, a duplicate), saying why."""
    if not access.may_work_pipeline(user) or user.service_id != notification.service_id:
        raise PermissionDenied
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Enter the reason for withdrawing the notification.")})
    return advance(notification, Action.WITHDRAW, user, expected_version, withdrawn_reason=reason)
