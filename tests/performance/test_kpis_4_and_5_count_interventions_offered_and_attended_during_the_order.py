"""KPIs 4 and 5 over hand-built orders and health interventions, worked out here.

Every order is a referral order from 2 September 2024 to 14 February 2025 (the quarter is January to March 2025).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import ServiceFactory
from tests.health.factories import HealthInterventionFactory
from tests.performance.kpi_builders import QUARTER, child_of, order
from yjs.performance.kpis.measures import Tally, children_counts
from yjs.performance.kpis.quarterly_return import kpi_return

pytestmark = pytest.mark.django_db
START = date(2024, 9, 2)
ENDS = date(2025, 2, 14)


def offer(child, offered_on, response="attended", started_on=None, **fields):  # type: ignore[no-untyped-def]
    if response == "attended" and started_on is None:
        started_on = offered_on
    return HealthInterventionFactory(
        child=child,
        offered_on=offered_on,
        response=response,
        started_on=started_on if response == "attended" else None,
        **fields,
    )


def test_mental_health_offered_then_attended_by_type() -> None:
    service = ServiceFactory()
    p = child_of(service, mental_health_concern=True)
    offer(p, date(2024, 10, 1), intervention_type="getting_help", started_on=date(2024, 10, 8))
    q = child_of(service, mental_health_concern=True)
    offer(q, date(2024, 11, 1), response="declined")
    r = child_of(service, mental_health_concern=True)
    offer(r, date(2024, 8, 1))  # offered before the order started: not during it
    s = child_of(service, mental_health_concern=True)  # nothing offered
    t = child_of(service)  # no need on the record: in no count
    offer(t, date(2024, 10, 1))
    u = child_of(service, mental_health_concern=True)
    offer(u, date(2025, 2, 1), started_on=date(2025, 3, 1))  # started after the order ended: offered only
    for child in (p, q, r, s, t, u):
        order(child, "RO", ENDS, start=START)

    counts = children_counts(QUARTER.window)[service.pk]

    assert counts["mental_health_need"] == {"referral_order": Tally(5, 6)}
    assert counts["mental_health_offered"] == {"referral_order": Tally(3, 5)}  # p, q, u
    assert counts["mental_health_attended"] == {"referral_order": Tally(1, 3)}  # p
    assert counts["mental_health_attended_getting_help"] == {"referral_order": Tally(1, 3)}
    assert counts["mental_health_attended_getting_advice"] == {"referral_order": Tally(0, 3)}


def test_substance_misuse_has_the_same_shape_with_its_own_types() -> None:
    service = ServiceFactory()
    v = child_of(service, substance_misuse=True)
    offer(v, date(2024, 10, 1), need="substance_misuse", intervention_type="targeted")
    offer(v, date(2024, 12, 1), need="substance_misuse", intervention_type="specialist_treatment", response="declined")
    w = child_of(service, substance_misuse=True, mental_health_concern=True)
    offer(w, date(2024, 10, 1))  # a mental health intervention does not answer the substance misuse need
    for child in (v, w):
        order(child, "YRO", ENDS, start=START)

    counts = children_counts(QUARTER.window)[service.pk]

    assert counts["substance_misuse_offered"] == {"youth_rehabilitation_order": Tally(1, 2)}
    assert counts["substance_misuse_attended"] == {"youth_rehabilitation_order": Tally(1, 1)}
    assert counts["substance_misuse_attended_targeted"] == {"youth_rehabilitation_order": Tally(1, 1)}
    assert counts["substance_misuse_attended_specialist_treatment"] == {"youth_rehabilitation_order": Tally(0, 1)}
    assert counts["mental_health_attended"] == {"youth_rehabilitation_order": Tally(1, 1)}


def test_kpis_4_and_5_have_rows_for_every_measure_and_none_not_recorded() -> None:
    service = ServiceFactory()

    rows = kpi_return(QUARTER.window, services=[service.pk])[service.pk]
    measures = {r.measure for r in rows if r.kpi in (4, 5)}

    assert {
        "mental_health_offered",
        "mental_health_attended_getting_risk_support",
        "substance_misuse_attended_complex_care",
    } <= measures
    assert all(r.status == "recorded" for r in rows if r.kpi in (4, 5))
