from __future__ import annotations

from datetime import date

from django.test import override_settings

from tests.conftest import Cast
from tests.diversion.factories import NotificationFactory
from tests.factories import ChildFactory
from yjs.core.models import PartnerAgency
from yjs.diversion.services.steps import request_screening
from yjs.diversion.vocabularies import Stage


def _notification(cast: Cast):  # type: ignore[no-untyped-def]
    child = ChildFactory(service=cast.service, local_authority=cast.child.local_authority)
    return NotificationFactory(child=child, stage=Stage.SCREENING)


def test_each_active_screening_agency_is_asked_once_with_a_due_date_in_working_days(cast: Cast) -> None:
    PartnerAgency.objects.filter(service=cast.service, name="Education").update(active=False)
    PartnerAgency.objects.filter(service=cast.service, name="Health").update(screens_out_of_court=False)
    notification = _notification(cast)
    # Friday 19 December 2025: five working days on, over Christmas Day and Boxing Day, is Tuesday 30 December.
    requests = request_screening(notification, cast.police_officer, on=date(2025, 12, 19))
    assert sorted(r.agency.name for r in requests) == ["Children's social care", "Early help"]
    assert {r.due_on for r in requests} == {date(2025, 12, 30)}
    assert notification.screening_requests.count() == 2


@override_settings(YJS_DIVERSION={"SCREENING_WORKING_DAYS": 2})
def test_the_screening_deadline_is_a_setting(cast: Cast) -> None:
    requests = request_screening(_notification(cast), cast.police_officer, on=date(2025, 3, 3))
    assert {r.due_on for r in requests} == {date(2025, 3, 5)}


def test_a_service_with_no_screening_agencies_goes_straight_to_the_proposal(cast: Cast) -> None:
    PartnerAgency.objects.filter(service=cast.service).update(active=False)
    notification = _notification(cast)
    assert request_screening(notification, cast.police_officer, on=date(2025, 3, 3)) == []
    notification.refresh_from_db()
    assert (notification.stage, notification.screening_completed_on) == (Stage.PROPOSAL, date(2025, 3, 3))
