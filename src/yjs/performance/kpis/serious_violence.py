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
from datetime import date
from operator import add

from django.db.models import Case, CharField, Q, QuerySet, Value, When
from django.utils.translation import gettext_lazy as _

from yjs.justice.models import Offence, Outcome
from yjs.justice.vocabularies import OffenceCategory, Stage
from yjs.performance import period_counts
from yjs.performance.ages import aged_10_to_17
from yjs.performance.kpis.order_types import CODES, OrderType
from yjs.performance.models import SeriousViolenceDisposal
from yjs.performance.periods import Window

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
# The outcomes that dispose of an offence for KPI 9: a youth caution, a youth conditional caution, a court outcome.
DISPOSAL = Q(outcome_type__code__in=["YC", "YCC"]) | Q(outcome_type__stage=Stage.COURT)


def _group() -> Case:
    whens = [When(outcome_type__custodial=True, then=Value(OrderType.CUSTODY.value))]
    whens += [When(outcome_type__code__in=codes, then=Value(kind.value)) for kind, codes in CODES.items()]
    whens.append(When(outcome_type__stage=Stage.COURT, then=Value(OTHER_COURT)))
    return Case(*whens, default=None, output_field=CharField())


def serious_offences(child_ids: Iterable[int]) -> QuerySet[Offence]:
    """The children's offences KPI 9 counts when disposed of: live, in its categories and seriousness, committed
    by a live child aged 10 to 17 that day."""
    return Offence.objects.filter(
        aged_10_to_17("offence_date"),
        child_id__in=child_ids,
        archived_at__isnull=True,
        child__archived_at__isnull=True,
        category__in=CATEGORIES,
        seriousness__gte=SERIOUSNESS[0],
        seriousness__lte=SERIOUSNESS[1],
    )


def work_out(child_ids: list[int]) -> list[SeriousViolenceDisposal]:
    """The children's kept disposals (unsaved): each serious offence with each live caution or court outcome."""
    serious = {
        pk: (service_id, authority_id)
        for pk, service_id, authority_id in serious_offences(child_ids).values_list(
            "pk", "child__service_id", "child__local_authority_id"
        )
    }
    disposals = (
        Outcome.objects.filter(DISPOSAL, child_id__in=child_ids, archived_at__isnull=True)
        .annotate(group=_group())
        .values_list("pk", "child_id", "outcome_date", "outcome_type__severity_rank", "group", "offences")
    )
    return [
        SeriousViolenceDisposal(
            offence_id=offence_id,
            outcome_id=pk,
            child_id=child_id,
            service_id=serious[offence_id][0],
            local_authority_id=serious[offence_id][1],
            outcome_date=day,
            severity_rank=rank,
            order_group=group,
        )
        for pk, child_id, day, rank, group, offence_id in disposals
        if offence_id in serious and group is not None
    ]


def replace(child_ids: list[int]) -> None:
    """Replace these children's kept disposals with ones worked out afresh (inside the caller's transaction)."""
    SeriousViolenceDisposal.objects.filter(child_id__in=child_ids).delete()
    SeriousViolenceDisposal.objects.bulk_create(work_out(child_ids))


def serious_violence(
    window: Window, *, by: str = "service", services: Iterable[int] | None = None
) -> dict[int, dict[str, int]]:
    """Offences per service (or local authority) and outcome group: {unit id: {group: offences}}. Kept per
    service and local authority for a period of whole quarters (period_counts.py)."""
    [kept] = period_counts.kept_counts("serious_violence", [window], services, _offences)
    joined = period_counts.folded(kept, by, lambda first, second: period_counts.merged(first, second, add))
    return {unit: dict(sorted(groups.items())) for unit, groups in joined.items()}


def _offences(window: Window, services: list[int] | None) -> period_counts.Counts:
    """{group: offences} per service and local authority, read from the disposals kept per child: each offence
    with a disposal in the quarter once, under its most serious (by rank, then the latest, then the last
    recorded)."""
    disposals = SeriousViolenceDisposal.objects.filter(outcome_date__gte=window.start, outcome_date__lte=window.end)
    if services is not None:
        disposals = disposals.filter(service_id__in=list(services))
    rows = disposals.values_list(
        "offence_id", "severity_rank", "outcome_date", "outcome_id", "order_group", "service_id", "local_authority_id"
    )
    most_serious: dict[int, tuple[tuple[int, date, int], str, tuple[int, int | None]]] = {}
    for offence_id, rank, day, outcome_id, group, service, authority in rows:
        order = (rank, day, outcome_id)
        if offence_id not in most_serious or order > most_serious[offence_id][0]:
            most_serious[offence_id] = (order, group, (service, authority))
    counts: dict[tuple[int, int | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for _order, group, where in most_serious.values():
        counts[where][group] += 1
    return period_counts.nested((service, authority, dict(groups)) for (service, authority), groups in counts.items())

