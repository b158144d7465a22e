"""The service view counts, by local authority, children on open interventions of school age offered fewer than
25 hours and those aged 16-17 NEET; it names only the children the user may open."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.conftest import Cast
from tests.education.factories import PlacementFactory
from tests.factories import ChildFactory, InterventionFactory, LocalAuthorityFactory, OutcomeFactory
from yjs.core.models import LocalAuthority
from yjs.education.selectors import counts_by_local_authority
from yjs.lib.dates import add_months

pytestmark = pytest.mark.django_db


def on_the_caseload(cast: Cast, authority: LocalAuthority, years: int, team=None, open_case: bool = True):  # type: ignore[no-untyped-def]
    today = timezone.localdate()
    child = ChildFactory(service=cast.service, local_authority=authority, date_of_birth=add_months(today, -12 * years - 1))
    outcome = OutcomeFactory(child=child, service=cast.service)
    InterventionFactory(
        outcome=outcome,
        child=child,
        team=team or cast.case_manager.team,
        start_date=today - timedelta(days=60),
        end_date=None if open_case else today - timedelta(days=1),
    )
    return child


def test_counts_by_local_authority(cast: Cast, client: Client) -> None:
    today = timezone.localdate()
    cast.child.date_of_birth = add_months(today, -12 * 13 - 1)  # of school age, with no placement
    cast.child.save()
    bcp = LocalAuthority.objects.get(code="E06000058")
    dorset = LocalAuthority.objects.get(code="E06000059")
    part_time = on_the_caseload(cast, bcp, 13)
    PlacementFactory(child=part_time, start_date=today - timedelta(days=100), hours_offered=Decimal(15), hours_attended=10)
    full_time = on_the_caseload(cast, bcp, 13)
    PlacementFactory(child=full_time, start_date=today - timedelta(days=100), hours_offered=15, hours_attended=10)
    PlacementFactory(child=full_time, start_date=today - timedelta(days=100), kind="alternative_provision", hours_offered=10)
    no_school = on_the_caseload(cast, dorset, 12, team=cast.other_team_case_manager.team)
    neet = on_the_caseload(cast, dorset, 17)
    ended = on_the_caseload(cast, dorset, 17)  # had a placement that ended: NEET
    PlacementFactory(child=ended, kind="college", start_date=today - timedelta(days=300), end_date=today - timedelta(days=5))
    at_college = on_the_caseload(cast, dorset, 17)
    PlacementFactory(child=at_college, kind="college", start_date=today - timedelta(days=300), hours_offered=12)
    on_the_caseload(cast, dorset, 13, open_case=False)  # no open intervention: not counted
    other = LocalAuthorityFactory(service=cast.other_service)
    ChildFactory(service=cast.other_service, local_authority=other)

    counts = {c.local_authority.code: (c.not_full_time, c.neet) for c in counts_by_local_authority(cast.service.pk, today)}

    assert counts["E06000058"] == (2, 0)  # part_time, and the cast's own child
    assert counts["E06000059"] == (1, 2)  # no_school; neet and ended
    client.force_login(cast.case_manager)
    page = client.get(reverse("education:overview")).content.decode()
    assert part_time.full_name in page
    assert neet.full_name in page
    assert no_school.full_name not in page  # another team's case: counted, not named
    assert full_time.full_name not in page
    assert at_college.full_name not in page


def test_the_list_sorts_and_says_when_no_child_is_listed(cast: Cast, client: Client) -> None:
    client.force_login(cast.service_manager)
    for sort in ("name", "local_authority", "age", "hours", "nonsense"):
        assert client.get(reverse("education:overview"), {"sort": sort}).status_code == 200
    PlacementFactory(child=cast.child, start_date=date(2020, 1, 1), hours_offered=25, hours_attended=None)
    cast.child.date_of_birth = date(2013, 1, 1)
    cast.child.save()
    page = client.get(reverse("education:overview")).content.decode()
    assert "Every child on an open intervention is in full-time education" in page


def test_a_long_list_is_paged_and_keeps_its_sort(cast: Cast, client: Client) -> None:
    bcp = LocalAuthority.objects.get(code="E06000058")
    for _ in range(26):
        on_the_caseload(cast, bcp, 13)
    client.force_login(cast.service_manager)

    page = client.get(reverse("education:overview"), {"sort": "name"}).content.decode()

    assert 'class="govuk-pagination"' in page
    assert "?sort=name&amp;page=2" in page
