from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.children.case_history import case_with_every_record, change_every_record, history_page
from tests.conftest import Cast
from tests.factories import InterventionFactory, OffenceFactory, OutcomeFactory


def queries(client: Client, cast: Cast) -> int:
    with CaptureQueriesContext(connection) as captured:
        history_page(client, cast)
    return len(captured)


@pytest.mark.parametrize("user_name", ["case_manager", "police_officer", "auditor"])
def test_more_case_records_and_more_changes_to_them_add_no_queries(cast: Cast, client: Client, user_name: str) -> None:
    change_every_record(cast, case_with_every_record(cast))
    client.force_login(cast.user(user_name))
    before = queries(client, cast)

    for n in range(3):
        offences = [OffenceFactory(child=cast.child, service=cast.service, description=f"Offence {n}")]
        day = date(2025, 8, n + 1)
        outcome = OutcomeFactory(child=cast.child, service=cast.service, outcome_date=day, offences=offences)
        case = InterventionFactory(
            outcome=outcome, team=cast.intervention.team, case_manager=cast.case_manager, start_date=day
        )
        change_every_record(cast, case_with_every_record(cast, reference=f"BX/000{n}/26", case=case))
    assert queries(client, cast) == before
