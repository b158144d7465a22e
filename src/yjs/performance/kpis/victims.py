"""KPI 10, victims: victims engaged in restorative justice opportunities, of the victims who consented to be
contacted (docs/indicators.md, "KPI 10").

The unit is a victim of the offences of a child with an order ending in the quarter, as for the KPIs that
count children (unit.py): a victim is in the quarter's return when one of the offences they were harmed by
was dealt with by an outcome whose supervised order ended in the quarter. Each victim counts once, however
many of the child's offences they were a victim of, under the order type of the child's kept order.

- Denominator: those victims whose consent to be contacted was in force on the last day of the quarter
  (given on or before it and not withdrawn on or before it; yjs.victims.rules.consent_in_force).
- Numerator: of those, the victims who accepted restorative justice and took part in it (a direct meeting,
  indirect communication or reparation) on or before the last day of the quarter.

One grouped query for every service (or local authority) at once, with the consent and the restorative
justice read by EXISTS subqueries, not victim by victim.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _

from yjs.performance.kpis.measure import Measure
from yjs.performance.kpis.measures import Tally
from yjs.performance.kpis.unit import kpi_unit
from yjs.performance.models import KpiOrder
from yjs.performance.periods import Window
from yjs.victims.models import Consent, RestorativeJusticeOffer, Victim
from yjs.victims.vocabularies import ConsentAnswer, ConsentKind, OfferResponse

# How the return names the measure; it is counted here, not by the children's measures' conditions.
MEASURE = Measure(
    10,
    "victims_engaged",
    _("Victims engaged in restorative justice opportunities, of those who consented to be contacted"),
    _("Consent in force at the end of the quarter; restorative justice taken part in by then"),
    Q(),
)
UNIT_KEYS = {"service": "service_id", "local_authority": "child__local_authority_id"}


def victims_engaged(
    window: Window, *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, dict[str, Tally]]:
    """{unit id: {order type: Tally(engaged, consented)}} for the quarter `window`."""
    services = None if services is None else list(services)
    end = window.end
    # The kept orders (kept_orders.py) are the qualifying orders, their age and type already worked out, so the
    # query is planned in a fraction of the time the same conditions on the records took.
    ending = KpiOrder.objects.filter(
        end_date__gte=window.start,
        end_date__lte=window.end,
        child_id=OuterRef("child_id"),
        intervention__outcome__offences__victims=OuterRef("pk"),
    )
    if services is not None:
        ending = ending.filter(service_id__in=services)
    kept = kpi_unit(window, services=services).filter(child_id=OuterRef("child_id")).values("order_type")[:1]
    consented = Consent.objects.filter(
        Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gt=end),
        victim=OuterRef("pk"),
        archived_at__isnull=True,
        kind=ConsentKind.CONTACT,
        answer=ConsentAnswer.GIVEN,
        answered_on__lte=end,
    )
    engaged = RestorativeJusticeOffer.objects.filter(
        victim=OuterRef("pk"), archived_at__isnull=True, response=OfferResponse.ACCEPTED, took_place_on__lte=end
    )
    victims = Victim.objects.filter(archived_at__isnull=True, child__archived_at__isnull=True).filter(Exists(ending))
    if services is not None:
        victims = victims.filter(service_id__in=services)
    rows = (
        victims.alias(consented=Exists(consented), engaged=Exists(engaged))
        .annotate(unit=F(UNIT_KEYS[by]), order_type=Subquery(kept))
        .values("unit", "order_type")
        .annotate(
            denominator=Count("pk", filter=Q(consented=True)),
            numerator=Count("pk", filter=Q(consented=True, engaged=True)),
        )
        .order_by()
    )
    counts: dict[int, dict[str, Tally]] = defaultdict(dict)
    for row in rows:
        if row["order_type"] is not None:
            counts[row["unit"]][row["order_type"]] = Tally(row["numerator"], row["denominator"])
    return dict(counts)
