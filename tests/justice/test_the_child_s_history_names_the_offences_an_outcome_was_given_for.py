from __future__ import annotations

from datetime import date

from django.test import Client
from django.urls import reverse

from tests.children.case_history import card, history_page
from tests.conftest import Cast
from tests.factories import OffenceFactory
from yjs.justice.models import Outcome

RECORDED = "Changed: Youth caution given on 3 March 2025"


def test_an_outcome_s_offences_show_when_it_is_recorded_and_when_they_change(cast: Cast, client: Client) -> None:
    theft = OffenceFactory(child=cast.child, service=cast.service, offence_date=date(2025, 2, 2))
    damage = OffenceFactory(
        child=cast.child, service=cast.service, offence_date=date(2025, 2, 9), description="Criminal damage"
    )
    client.force_login(cast.case_manager)
    data = {"outcome_type": "YC", "offences": [theft.pk], "outcome_date": "2025-03-03"}
    assert client.post(reverse("justice:outcome_new", args=[cast.child.pk]), data).status_code == 302
    outcome = Outcome.objects.get(outcome_type="YC")
    outcome._history_user = cast.team_manager  # type: ignore[attr-defined]
    outcome.offences.add(damage)

    page = history_page(client, cast)
    recorded = card(page, RECORDED, f"By {cast.case_manager} on")
    assert '<th scope="row" class="govuk-table__header">Offences</th>' in recorded
    assert '<td class="govuk-table__cell">Offence of 2 February 2025: Theft from a shop</td>' in recorded
    added = card(page, RECORDED, f"By {cast.team_manager} on")
    assert '<td class="govuk-table__cell">Offence of 2 February 2025: Theft from a shop</td>' in added
    assert (
        '<td class="govuk-table__cell">Offence of 2 February 2025: Theft from a shop<br>'
        "Offence of 9 February 2025: Criminal damage</td>"
    ) in added
