"""The results put each standard beside the same standard in the service's previous round."""

from __future__ import annotations

from datetime import date

from tests.quality.conftest import Audit
from tests.quality.factories import answer, audit_round, finish
from yjs.quality.audit_selectors import previous_round
from yjs.quality.results import compare, round_results


def test_the_previous_round_is_compared_standard_by_standard(audit: Audit, client) -> None:  # type: ignore[no-untyped-def]
    earlier = audit_round(
        audit.cast.service, [audit.south_court], title="Autumn audit", window=(date(2024, 10, 1), date(2024, 12, 31))
    )
    audit_round(
        audit.cast.service,
        [audit.south_court],
        title="Never confirmed",
        window=(date(2025, 1, 1), date(2025, 1, 31)),
        status="sampled",
    )
    old_case = earlier.cases.get()
    for area in ("desistance", "safety_of_child", "safety_of_others"):
        answer(old_case, "2.1", area, "no" if area == "safety_of_others" else "yes", audit.cast.auditor)
    finish(old_case)
    new_case = audit.case_of(audit.south_court)
    for area in ("desistance", "safety_of_child", "safety_of_others"):
        answer(new_case, "2.1", area, "yes", audit.cast.auditor)
    finish(new_case)

    assert previous_round(audit.round) == earlier
    rows = {row.code: row for row in compare(round_results(audit.round), round_results(earlier))}
    assert rows["2.1"].areas == [("desistance", 100, 100), ("safety_of_child", 100, 100), ("safety_of_others", 0, 100)]
    assert (rows["2.1"].previous_rating, rows["2.1"].current_rating) == ("Inadequate", "Outstanding")

    client.force_login(audit.cast.auditor)
    page = client.get(f"/quality/rounds/{audit.round.pk}/results/").content.decode()
    assert "The previous round: Autumn audit." in page


def test_the_first_round_says_there_is_nothing_to_compare(audit: Audit, client) -> None:  # type: ignore[no-untyped-def]
    client.force_login(audit.cast.auditor)
    page = client.get(f"/quality/rounds/{audit.round.pk}/results/").content.decode()
    assert "nothing earlier to compare with" in page
