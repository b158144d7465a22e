from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import Cast
from tests.education.factories import PlacementFactory
from tests.factories import CarerFactory
from tests.health.factories import HealthInterventionFactory
from tests.parenting.factories import ReferralFactory
from tests.resettlement.factories import AccommodationFactory, CustodyEpisodeFactory, ReleaseMilestoneFactory
from tests.safety.conftest import Safety, build_safety
from tests.victims.conftest import Victims, build_victims
from yjs.education.models import EducationPlacement
from yjs.health.models import HealthIntervention
from yjs.parenting.models import ParentingReferral
from yjs.resettlement.models import AccommodationRecord


@dataclass
class Areas:
    placement: EducationPlacement
    health: HealthIntervention
    accommodation: AccommodationRecord
    parenting: ParentingReferral
    safety: Safety
    victims: Victims


def records_in_every_area(cast: Cast) -> Areas:
    child = cast.child
    ReleaseMilestoneFactory(episode=CustodyEpisodeFactory(child=child))
    carer = CarerFactory(child=child, name="Pat Testcase", relationship="Mother")
    return Areas(
        placement=PlacementFactory(child=child, provider="Hardy Academy"),
        health=HealthInterventionFactory(child=child, provider="CAMHS"),
        accommodation=AccommodationFactory(child=child),
        parenting=ReferralFactory(carer=carer, referred_by=cast.case_manager),
        safety=build_safety(cast),
        victims=build_victims(cast),
    )


def change_each(areas: Areas) -> None:
    areas.placement.hours_attended = Decimal("12.5")
    areas.placement.suitable = "no"
    areas.placement.save()
    areas.health.response = "declined"
    areas.health.save()
    areas.accommodation.suitability = "no"
    areas.accommodation.save()
    areas.parenting.status = "accepted"
    areas.parenting.save()


def history_page(client: Client, cast: Cast, page: int = 1) -> str:
    response = client.get(reverse("children:history", args=[cast.child.pk]), {"page": page})
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_a_change_to_a_record_in_each_area_shows_on_the_history_tab_with_the_area_s_name(cast: Cast, client: Client) -> None:
    change_each(records_in_every_area(cast))
    client.force_login(cast.case_manager)
    page = history_page(client, cast)
    for area in ("Education", "Health", "Custody and transition", "Parents and feedback"):
        assert area in page
    assert "Changed: Placement: Hardy Academy" in page
    assert "Hours attended a week (latest)" in page
    assert "12.5" in page
    # Values read as their choices' labels, never as the codes stored.
    assert "Is it suitable for the child?" in page
    assert "Not suitable" in page
    assert "Declined or did not attend" in page
    assert "Unsuitable" in page
    assert "Changed: Parenting referral of 10 April 2025" in page
    assert "Accepted" in page


def test_the_newest_change_of_any_area_comes_first(cast: Cast, client: Client) -> None:
    areas = records_in_every_area(cast)
    cast.child.address = "1 Older Street"
    cast.child.save()
    areas.health.provider = "School nurse"
    areas.health.save()
    client.force_login(cast.case_manager)
    page = history_page(client, cast)
    assert page.index("School nurse") < page.index("1 Older Street")


def test_a_user_sees_only_the_areas_they_may_read(cast: Cast, client: Client) -> None:
    change_each(records_in_every_area(cast))
    client.force_login(cast.health_worker)
    page = history_page(client, cast)
    assert "Declined or did not attend" in page
    for unread in ("Hardy Academy", "Parenting referral", "Accommodation from", "Risk panel referral", "Victim 1"):
        assert unread not in page

    client.force_login(cast.auditor)
    page = history_page(client, cast)
    assert "Hardy Academy" in page
    assert "Victim 1" in page
    # Auditors do not read the safety tab, so nor its history.
    assert "Risk panel referral" not in page
    assert "MAPPA" not in page


def test_the_history_pages_through_many_changes_across_areas(cast: Cast, client: Client) -> None:
    placement = PlacementFactory(child=cast.child)
    for hours in range(30):
        placement.hours_attended = Decimal(hours)
        placement.save()
    client.force_login(cast.case_manager)
    first, second = history_page(client, cast), history_page(client, cast, page=2)
    assert first.count('class="govuk-summary-card"') == 25
    assert 'class="govuk-summary-card"' in second
    assert "Education" in second


def queries(client: Client, cast: Cast) -> int:
    with CaptureQueriesContext(connection) as captured:
        history_page(client, cast)
    return len(captured)


def test_more_changes_in_every_area_add_no_queries(cast: Cast, client: Client) -> None:
    areas = records_in_every_area(cast)
    for user in (cast.case_manager, cast.team_manager):
        client.force_login(user)
        before = queries(client, cast)
        for n in range(5):
            areas.placement.hours_attended = Decimal(n)
            areas.placement.save()
            areas.health.provider = f"Provider {n}"
            areas.health.save()
            areas.accommodation.reason = f"Reason {n}"
            areas.accommodation.save()
            areas.parenting.sessions_offered = n + 1
            areas.parenting.save()
            areas.safety.decided.decision = f"Decision {n}"
            areas.safety.decided.save()
            areas.safety.screening.missing_episodes = n
            areas.safety.screening.save()
            areas.victims.victim.phone = f"01632 96000{n}"
            areas.victims.victim.save()
            areas.victims.offer.notes = f"Notes {n}"
            areas.victims.offer.save()
            PlacementFactory(child=cast.child, start_date=date(2025, 1, n + 1))
        assert queries(client, cast) == before
