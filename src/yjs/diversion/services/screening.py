"""Partner screening: an agency says whether it knows the child or family, and what it knows.

Who answers: the agency's own screener, or someone who works the pipeline recording the agency's
answer on its behalf (a social worker who rings the YJS police officer with the answer). Either way
the answer is the agency's; `responded_by` names who put it in, and the history keeps every change.

An answer can be changed while the notification is open (a late correction still matters to the
panel), but only deliberately: a change is made from the answer as last read, and a change made
from a stale page is refused (StaleRecordError) rather than overwriting someone else's.
`responded_on` keeps the date the agency first answered, which is what screening timeliness counts.

When the last request of a notification at screening is answered, screening is complete and the
notification waits for the police proposal.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.core.models import PartnerAgency, User
from yjs.core.roles import Role
from yjs.diversion import access
from yjs.diversion.models import Notification, ScreeningRequest
from yjs.diversion.pipeline import Action
from yjs.diversion.services.steps import advance, save_step
from yjs.diversion.vocabularies import Known, Stage

RESPONSE_FIELDS = ["child_known", "family_known", "information"]
AGENCY_FIELDS = ["name", "screens_out_of_court", "active"]


def may_respond(user: User, request: ScreeningRequest) -> bool:
    """The agency's own screener, or a pipeline worker recording the agency's answer for it."""
    if not user.is_authenticated or user.service_id != request.service_id:
        return False
    if user.role == Role.PARTNER_SCREENER:
        return user.partner_agency_id == request.agency_id
    return access.may_work_pipeline(user)


def unanswered(notification: Notification) -> list[ScreeningRequest]:
    return list(
        notification.screening_requests.filter(responded_on__isnull=True, archived_at__isnull=True).select_related("agency")
    )


def still_awaited(notification: Notification, today: date) -> list[ScreeningRequest]:
    """Unanswered requests not yet past their due date: the ones a proposal must wait for."""
    return [request for request in unanswered(notification) if request.due_on >= today]


def _check_answer(data: dict[str, Any]) -> None:
    errors: dict[str, str] = {}
    known = {value for value, _label in Known.choices}
    if data.get("child_known") not in known:
        errors["child_known"] = _("Select whether the child is known to your agency")
    if data.get("family_known") not in known:
        errors["family_known"] = _("Select whether the family is known to your agency")
    either_known = Known.YES in (data.get("child_known"), data.get("family_known"))
    if either_known and not str(data.get("information") or "").strip():
        errors["information"] = _("Enter what your agency knows about the child or family")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def respond_to_screening(
    user: User,
    request: ScreeningRequest,
    data: dict[str, Any],
    expected_version: int | None = None,
    on: date | None = None,
) -> ScreeningRequest:
    """Record (or deliberately change) an agency's answer; complete screening when it is the last one.

    Changing an answer needs the version it was read at: without one, a second answer is refused, so
    two people answering for the same agency at once cannot silently overwrite each other.
    """
    if not may_respond(user, request):
        raise PermissionDenied
    notification = Notification.objects.select_for_update().get(pk=request.notification_id)
    if not notification.is_open:
        raise ValidationError(_("This case is closed: screening answers can no longer be recorded."))
    if request.is_answered and expected_version is None:
        raise ValidationError(
            _("%(agency)s has already answered. Open the request again to change the answer.") % {"agency": request.agency}
        )
    _check_answer(data)
    today = on or timezone.localdate()
    for name in RESPONSE_FIELDS:
        setattr(request, name, data.get(name) or "")
    if not request.is_answered:
        request.responded_on = today
        request.responded_by = user
    save_step(request, user, expected_version)
    if notification.stage == Stage.SCREENING and not unanswered(notification):
        advance(notification, Action.COMPLETE_SCREENING, user, screening_completed_on=today)
    return request


# The partner agencies a service screens with


def _check_agency_name(service_id: int, name: str, agency: PartnerAgency | None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Enter the agency's name")})
    others = PartnerAgency.objects.filter(service_id=service_id, name__iexact=name)
    if agency is not None:
        others = others.exclude(pk=agency.pk)
    if others.exists():
        raise ValidationError({"name": _("There is already an agency called %(name)s in your service") % {"name": name}})
    return name


def _save_agency(agency: PartnerAgency, user: User) -> PartnerAgency:
    agency._history_user = user  # type: ignore[attr-defined]
    try:
        with transaction.atomic():
            agency.save()
    except IntegrityError:
        # Two managers adding the same name at once: the constraint decides, the message stays the same.
        raise ValidationError(
            {"name": _("There is already an agency called %(name)s in your service") % {"name": agency.name}}
        ) from None
    return agency


@transaction.atomic
def add_agency(user: User, name: str, screens_out_of_court: bool = True) -> PartnerAgency:
    """A new partner agency for the user's service; it is asked about every child notified from now on."""
    if not access.may_configure_agencies(user):
        raise PermissionDenied
    assert user.service_id is not None
    agency = PartnerAgency(
        service_id=user.service_id,
        name=_check_agency_name(user.service_id, name, None),
        screens_out_of_court=screens_out_of_court,
    )
    return _save_agency(agency, user)


@transaction.atomic
def change_agency(user: User, agency: PartnerAgency, data: dict[str, Any]) -> PartnerAgency:
    """Rename, retire or bring back an agency, or say whether it screens out-of-court cases.

    A retired agency (or one that no longer screens) is not asked about children notified from now on;
    the requests it already has stay, answered or not, so nothing a panel relied on disappears.
    """
    if not access.may_configure_agencies(user) or agency.service_id != user.service_id:
        raise PermissionDenied
    agency.name = _check_agency_name(agency.service_id, str(data.get("name", agency.name)), agency)
    agency.screens_out_of_court = bool(data.get("screens_out_of_court", agency.screens_out_of_court))
    agency.active = bool(data.get("active", agency.active))
    return _save_agency(agency, user)
