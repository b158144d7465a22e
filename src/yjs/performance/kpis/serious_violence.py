"""KPI 9, serious violence: offences, not children, counted once each in the quarter they are disposed of.

An offence counts when it is in DRUGS, ROBBERY or VIOLENCE_AGAINST_THE_PERSON with a YJB seriousness of
5 to 8, was committed by a child aged 10 to 17, and has a youth caution, a youth conditional caution or
a court sentence dated in the quarter. An offence with several such outcomes in the quarter counts once,
under its most serious outcome. Non-statutory outcomes (community resolution, outcome 22 and 20/21)
are not cautions or sentences and never count. The rate is per 10,000 children aged 10 to 17.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Case, CharField, Count, F, OuterRef, Q, Subquery, Value, When
from django.utils.translation import gettext_lazy as _

from yjs.justice.models import Offence, Outcome
from yjs.justice.vocabularies import OffenceCategory, Stage
from yjs.performance.kpis.order_types import CODES, OrderType
from yjs.performance.periods import Window
from yjs.performance.sql import MonthKey, months

CATEGORIES = (OffenceCategory.DRUGS, OffenceCategory.ROBBERY, OffenceCategory.VIOLENCE_AGAINST_THE_PERSON)
SERIOUSNESS = (5, 8)
OTHER_COURT = "other_court_sentence"
# The outcome types KPI 9 reports under: the return's order types, without the non-statutory ones
# (not a caution or sentence), and with the court's other sentences (discharge, fine) beside them.
GROUPS = (
    OrderType.YOUTH_CAUTION.value,
    OrderType.YCC.value,
    OrderType.REFERRAL_ORDER.value,
    OrderType.YRO.value,
    OrderType.CUSTODY.value,
    OTHER_COURT,
)
LABELS = {
    OrderType.YOUTH_CAUTION.value: _("Youth caution"),
    OTHER_COURT: _("Other court sentence (discharge, fine)"),
}
UNIT_KEYS = {"service": "service_id", "local_authority": "child__local_authority_id"}


def _group() -> Case:
    whens = [When(outcome_type__custodial=True, then=Value(OrderType.CUSTODY.value))]
    whens += [When(outcome_type__code__in=codes, then=Value(kind.value)) for kind, codes in CODES.items()]
    whens.append(When(outcome_type__stage=Stage.COURT, then=Value(OTHER_COURT)))
    return Case(*whens, default=None, output_field=CharField())


def serious_violence(
    window: Window, *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, dict[str, int]]:
    """Offences per service (or local authority) and outcome group: {unit id: {group: offences}}."""
    in_quarter = Outcome.objects.filter(
        Q(outcome_type__code__in=["YC", "YCC"]) | Q(outcome_type__stage=Stage.COURT),
        archived_at__isnull=True,
        outcome_date__gte=window.start,
        outcome_date__lte=window.end,
    )
    disposals = (
        in_quarter.filter(offences=OuterRef("pk"))
        .annotate(group=_group())
        .order_by("-outcome_type__severity_rank", "-outcome_date", "-pk")
        .values("group")[:1]
    )
    # Only offences disposed of in the quarter, found from the quarter's outcomes by date: the most
    # serious disposal is then looked up for those alone, not for every serious offence ever recorded.
    offences = Offence.objects.filter(
        pk__in=in_quarter.values("offences"),
        archived_at__isnull=True,
        child__archived_at__isnull=True,
        category__in=CATEGORIES,
        seriousness__gte=SERIOUSNESS[0],
        seriousness__lte=SERIOUSNESS[1],
    ).alias(committed=MonthKey(F("offence_date")), born=MonthKey(F("child__date_of_birth")))
    offences = offences.filter(committed__gte=F("born") + months(120), committed__lt=F("born") + months(216))
    if services is not None:
        offences = offences.filter(service_id__in=list(services))
    rows = (
        offences.annotate(unit=F(UNIT_KEYS[by]), group=Subquery(disposals))
        .values("unit", "group")
        .annotate(offences=Count("pk"))
        .order_by()
    )
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for row in rows:
        # No group: no caution or sentence in the quarter (left out here, not in SQL, which would work
        # out the most serious disposal a second time for every offence).
        if row["group"] is not None:
            counts[row["unit"]][row["group"]] = row["offences"]
    return dict(counts)
