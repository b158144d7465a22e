"""KPI 10 over hand-built victims, each numerator and denominator worked out here.

The quarter is January to March 2025. A victim is in it when an offence they were harmed by was dealt with
by an order ending in the quarter; the denominator is those whose consent to contact is in force on 31 March,
the numerator those of them who took part in restorative justice by then.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import LocalAuthorityFactory, OffenceFactory, ServiceFactory
from tests.performance.kpi_builders import QUARTER, child_of, order
from tests.victims.factories import consent, offer, took_part, victim
from yjs.performance.kpis.measures import Tally
from yjs.performance.kpis.victims import victims_engaged

pytestmark = pytest.mark.django_db
ENDS = date(2025, 2, 14)
OFFENCE = date(2024, 8, 1)


def _order_with_offences(child, code, end, count=1):  # type: ignore[no-untyped-def]
    made = order(child, code, end)
    offences = [OffenceFactory(child=child, service=child.service, offence_date=OFFENCE) for _ in range(count)]
    made.outcome.offences.set(offences)
    return offences


def test_kpi10_on_a_hand_built_set() -> None:
    service = ServiceFactory()
    ro_child = child_of(service)
    a, b = _order_with_offences(ro_child, "RO", ENDS, count=2)
    # 1. Consented, took part: in both.
    took_part(consent_given := victim([a], name="One"), date(2025, 1, 20))
    consent(consent_given, date(2024, 10, 1))
    # 2. A victim of both offences, consented and took part: counted once.
    both = victim([a, b], name="Two")
    consent(both, date(2024, 10, 2))
    took_part(both, date(2024, 12, 1), kind="indirect_letter")
    # 3. Consented, offered but declined: denominator only.
    declined = victim([b], name="Three")
    consent(declined, date(2024, 10, 3))
    offer(declined, date(2024, 11, 1), response="declined", responded_on=date(2024, 11, 8))
    # 4. Consent withdrawn in the quarter, after taking part: in neither.
    withdrew = victim([a], name="Four")
    consent(withdrew, date(2024, 10, 4), withdrawn_on=date(2025, 3, 31))
    took_part(withdrew, date(2024, 12, 2))
    # 5. Refused consent: in neither.
    consent(victim([a], name="Five"), date(2024, 10, 5), answer="refused")
    # 6. Consent given only after the quarter: in neither.
    consent(victim([a], name="Six"), date(2025, 4, 1))
    # 7. Took part after the quarter: denominator only.
    late = victim([b], name="Seven")
    consent(late, date(2024, 10, 7))
    took_part(late, date(2025, 4, 2))
    # 8. Accepted but nothing has taken place yet: denominator only.
    accepted = victim([b], name="Eight")
    consent(accepted, date(2024, 10, 8))
    offer(accepted, date(2025, 1, 5), response="accepted", responded_on=date(2025, 1, 6))

    yc_child = child_of(service)
    [c] = _order_with_offences(yc_child, "YC", ENDS)
    yc_victim = victim([c], name="Nine", kind="organisation")
    consent(yc_victim, date(2025, 1, 2))
    took_part(yc_victim, date(2025, 2, 1), kind="community_reparation")

    # A victim of an order still open, and one of an order ending next quarter: not in the quarter.
    [d] = _order_with_offences(child_of(service), "RO", None)
    consent(victim([d], name="Open"), date(2024, 10, 1))
    [e] = _order_with_offences(child_of(service), "RO", date(2025, 4, 10))
    consent(victim([e], name="Next"), date(2024, 10, 1))
    # A victim archived (recorded by mistake): not counted.
    gone = victim([a], name="Mistake")
    consent(gone, date(2024, 10, 1))
    gone.archived_at = gone.created_at
    gone.save()

    counts = victims_engaged(QUARTER.window)[service.pk]

    # Referral order: consented 1, 2, 3, 7, 8 = 5; of those took part by 31 March: 1, 2 = 2.
    assert counts == {"referral_order": Tally(2, 5), "youth_caution": Tally(1, 1)}


def test_kpi10_by_local_authority_follows_the_childs_authority() -> None:
    service = ServiceFactory()
    east = LocalAuthorityFactory(service=service, code="E0000001")
    west = LocalAuthorityFactory(service=service, code="E0000002")
    [a] = _order_with_offences(child_of(service, local_authority=east), "YRO", ENDS)
    [b] = _order_with_offences(child_of(service, local_authority=west), "YRO", ENDS)
    for offence, name in ((a, "East"), (b, "West")):
        consent(made := victim([offence], name=name), date(2024, 10, 1))
    took_part(made, date(2025, 1, 10))

    counts = victims_engaged(QUARTER.window, by="local_authority")

    assert counts == {
        east.pk: {"youth_rehabilitation_order": Tally(0, 1)},
        west.pk: {"youth_rehabilitation_order": Tally(1, 1)},
    }


def test_a_child_with_two_orders_ending_counts_victims_of_either_under_the_kept_order() -> None:
    service = ServiceFactory()
    child = child_of(service)
    [minor] = _order_with_offences(child, "YC", date(2025, 1, 10))
    _order_with_offences(child, "YRO", date(2025, 3, 1))  # more serious: the child's kept order
    consent(made := victim([minor]), date(2024, 10, 1))
    took_part(made, date(2024, 11, 1))

    assert victims_engaged(QUARTER.window)[service.pk] == {"youth_rehabilitation_order": Tally(1, 1)}
