"""The service-wide lists: children in custody now with their late milestones, and children turning 18."""

from __future__ import annotations

from datetime import date, timedelta

from django.test import Client
from django.urls import reverse

from tests.factories import ChildFactory, InterventionFactory, OutcomeFactory
from tests.resettlement.conftest import Resettlement
from tests.resettlement.factories import CustodyEpisodeFactory, TransitionFactory
from yjs.resettlement.queries import in_custody, turning_18

TODAY = date(2025, 9, 10)


def test_the_custody_list_shows_those_in_custody_now_with_what_is_late(resettlement: Resettlement) -> None:
    r = resettlement
    CustodyEpisodeFactory(child=r.cast.child, start_date=date(2025, 1, 6), release_date=date(2025, 2, 1))  # released
    plans = in_custody(r.cast.case_manager, TODAY)
    assert [plan.episode for plan in plans] == [r.episode]
    # Custody began 2 June (a Monday): the first meeting was due 16 June and is not recorded.
    assert [m.code for m in plans[0].late] == ["initial_meeting"]
    # Another team's case manager does not see the child.
    assert in_custody(r.cast.other_team_case_manager, TODAY) == []


def test_turning_18_lists_those_without_a_transition_first(resettlement: Resettlement) -> None:
    r = resettlement
    team = r.cast.intervention.team

    def on_order(born: date, **fields):  # type: ignore[no-untyped-def]
        child = ChildFactory(
            service=r.cast.service, local_authority=r.cast.child.local_authority, date_of_birth=born, **fields
        )
        InterventionFactory(
            outcome=OutcomeFactory(child=child, service=r.cast.service), child=child, service=r.cast.service, team=team
        )
        return child

    soon_with = on_order(date(2007, 10, 1), first_name="Soon")
    TransitionFactory(child=soon_with)
    later_without = on_order(date(2008, 3, 10), first_name="Later")  # 18 on 10 March 2026: the window's last day
    on_order(date(2008, 3, 11))  # a day too late
    on_order(TODAY.replace(year=2007) - timedelta(days=1))  # 18 yesterday
    closed = on_order(date(2007, 12, 1))
    closed.interventions.update(end_date=date(2025, 8, 1))  # no open order

    rows = turning_18(r.cast.case_manager, TODAY)

    assert [(row.child, row.birthday) for row in rows] == [
        (later_without, date(2026, 3, 10)),
        (soon_with, date(2025, 10, 1)),
    ]
    assert rows[1].transition is not None


def test_the_turning_18_page_shows_the_count_and_an_empty_state(resettlement: Resettlement, client: Client) -> None:
    client.force_login(resettlement.cast.other_team_case_manager)
    page = client.get(reverse("resettlement:turning_18")).content.decode()
    assert "No child on an open intervention you work with turns 18 in the next 6 months." in page
