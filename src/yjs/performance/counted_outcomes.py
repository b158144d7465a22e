"""Each child's outcomes as the indicators count them, kept, and worked out again whenever the child's record changes.

First-time entrants, use of custody and the disproportionality stages all count the outcomes dated in a period
of children aged 10 to 17 that day, by the child's service or local authority and, for disproportionality, the
child's ethnic group, sex or care status. Reading them from the outcomes meant looking up, for each of a
period's outcomes, its type, its child and, for a first entry, the child's earlier outcomes: rows read at random
from three tables. So each such outcome is kept once (models.CountedOutcome) with the child's ages and groups
applied and what it counts as, and a period's figures are a grouped count over a date range of one narrow table
(docs/decisions/0039-counted-outcomes-are-kept.md).

Marked and worked out again with the follow-ups (follow_ups.recount): every save of a child and every save or
deletion of an outcome, or change to an outcome type, marks the child.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet

from yjs.children.models import Child
from yjs.children.vocabularies import ethnic_group
from yjs.justice.models import Outcome
from yjs.justice.vocabularies import Stage
from yjs.performance import follow_ups
from yjs.performance.ages import aged_10_to_17_on
from yjs.performance.models import CountedOutcome
from yjs.performance.periods import Window
from yjs.performance.sql import month_key

# Any out-of-court outcome but no further action; any court outcome; a custodial sentence (DOMAIN.md section 4).
OUT_OF_COURT = Q(outcome_type__stage=Stage.PRE_COURT) & ~Q(outcome_type__code="NFA")
COURT = Q(outcome_type__stage=Stage.COURT)


def work_out(child_ids: list[int]) -> list[CountedOutcome]:
    """The children's counted outcomes (unsaved), from their live outcomes and their records as now."""
    as_flag = {"output_field": BooleanField()}
    outcomes = (
        Outcome.objects.filter(child_id__in=child_ids, archived_at__isnull=True)
        .annotate(
            at_out_of_court=ExpressionWrapper(OUT_OF_COURT, **as_flag), at_court=ExpressionWrapper(COURT, **as_flag)
        )
        .values_list(
            "pk",
            "child_id",
            "outcome_date",
            "outcome_type__first_time_entry",
            "at_out_of_court",
            "at_court",
            "outcome_type__custodial",
        )
    )
    by_child: dict[int, list[tuple[int, date, bool, bool, bool, bool]]] = defaultdict(list)
    for pk, child_id, day, entry, out_of_court, court, custodial in outcomes:
        by_child[child_id].append((pk, day, bool(entry), bool(out_of_court), bool(court), bool(custodial)))
    fields = ("pk", "date_of_birth", "service_id", "local_authority_id", "ethnicity", "sex", "care_status")
    kept = []
    for child in Child.objects.filter(pk__in=list(by_child), archived_at__isnull=True).values(*fields):
        rows = by_child[child["pk"]]
        # The first entry is the child's first, at any date and any age; it counts only if they were 10 to 17.
        first_day = min((day for _pk, day, entry, *_rest in rows if entry), default=None)
        born = month_key(child["date_of_birth"])
        for pk, day, entry, out_of_court, court, custodial in rows:
            if not aged_10_to_17_on(born, month_key(day)):
                continue
            kept.append(
                CountedOutcome(
                    outcome_id=pk,
                    child_id=child["pk"],
                    service_id=child["service_id"],
                    local_authority_id=child["local_authority_id"],
                    outcome_date=day,
                    first_entry=entry and day == first_day,
                    out_of_court=out_of_court,
                    court=court,
                    custodial=custodial,
                    ethnic_group=str(ethnic_group(child["ethnicity"] or "")),
                    sex=child["sex"],
                    care_status=child["care_status"],
                )
            )
    return kept


def replace(child_ids: list[int]) -> None:
    """Replace these children's counted outcomes with ones worked out afresh (inside the caller's transaction)."""
    CountedOutcome.objects.filter(child_id__in=child_ids).delete()
    CountedOutcome.objects.bulk_create(work_out(child_ids))


def counted_in(window: Window, *, services: Iterable[int] | None = None) -> QuerySet[CountedOutcome]:
    """The counted outcomes dated in `window` (of `services`; None: every service), the marked children's
    worked out first. Group them by `grouping.kept_field`."""
    follow_ups.recount_marked()
    counted = CountedOutcome.objects.filter(outcome_date__gte=window.start, outcome_date__lte=window.end)
    if services is not None:
        counted = counted.filter(service_id__in=list(services))
    return counted
