"""Each child's possible reoffending follow-ups, kept, and worked out again whenever the child's record changes.

Proven reoffending (reoffending.py) and reoffending after out-of-court disposals (disposals.py) follow children
from an index event: the child's first qualifying event in a period, aged 10 to 17 that day. Which event is
first depends on the period; nothing else about it does. So every outcome that could be an index event is kept
once (models.FollowUp) with the day of the child's qualifying event before it, which makes "first in the
period" a test on the row itself, and with each later offence that could count as a reoffence
(models.FollowUpOffence): how long after the index it was committed and the first day it was proven within the
waiting period. A period's figures are then a grouped count over a date range of one narrow table, not a search
through every child's outcomes and offences (docs/decisions/0037-reoffending-follow-ups-are-kept.md).

Every save of a child, every save or deletion of an offence or an outcome, and every change to an outcome's
offences marks the child (signals.py); the marked children are worked out again, with their kept KPI orders
(kpis/kept_orders.py) and counted outcomes (counted_outcomes.py), before the figures are next read. Writers that
bypass saves (the synthetic data generator, the history import) work out their children themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from typing import Any

from django.db import connection, transaction
from django.db.models import BooleanField, ExpressionWrapper, Q

from yjs.children.models import Child
from yjs.children.vocabularies import EthnicGroup, Ethnicity, ethnic_group
from yjs.justice.models import Offence, Outcome
from yjs.justice.vocabularies import OffenceCategory, Stage
from yjs.performance import counted_outcomes, open_cases, period_counts
from yjs.performance.ages import aged_10_to_17_on
from yjs.performance.kpis import kept_orders, serious_violence
from yjs.performance.models import ChildToRecount, FollowUp, FollowUpOffence
from yjs.performance.sql import month_key, months

# A caution, a conditional caution or any court outcome proves an offence (the sentence date, for custody).
PROVING = Q(outcome_type__stage=Stage.COURT) | Q(outcome_type__stage=Stage.PRE_COURT, outcome_type__statutory=True)
# The official measure's index events: the same outcomes, except that custody starts the follow-up at release.
INDEX_EVENT = (
    Q(outcome_type__stage=Stage.PRE_COURT, outcome_type__statutory=True)
    | Q(outcome_type__stage=Stage.COURT, outcome_type__custodial=False)
    | Q(outcome_type__custodial=True, release_date__isnull=False)
)
# Out-of-court disposals: no further action is not a disposal; every other pre-court outcome in the registry is.
OUT_OF_COURT_DISPOSAL = Q(outcome_type__stage=Stage.PRE_COURT) & ~Q(outcome_type__code="NFA")

KINDS = {FollowUp.OFFICIAL: "official", FollowUp.OUT_OF_COURT: "out_of_court"}
FOLLOW_UP_MONTHS = 12
PROOF_MONTHS = 18
YOUNGER, OLDER = "10-14", "15-17"
CHUNK = 2_000
# Held for the length of a recount's transaction on PostgreSQL (pg_advisory_xact_lock): any number, the same each time.
RECOUNT_LOCK = 7_956_339


def _chunks(ids: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
    it = iter(ids)
    while chunk := list(islice(it, size)):
        yield chunk


def mark(child_ids: Iterable[int]) -> None:
    """Note that these children's records changed: their follow-ups are worked out before figures are read."""
    for chunk in _chunks({pk for pk in child_ids if pk is not None}, 10_000):
        ChildToRecount.objects.bulk_create([ChildToRecount(child_id=pk) for pk in chunk])


def recount_marked(progress: Any = None) -> int:
    """Work out again the follow-ups of every marked child; how many children that was.

    Marks are taken a chunk of children at a time, every mark of those children with them (a child marked by
    two changes far apart is worked out once), and removed by id once done, so a mark made meanwhile (by a
    change saved while this runs) stays for the next time rather than being lost.
    """
    done = 0
    while True:
        first = list(ChildToRecount.objects.order_by("pk").values_list("child_id", flat=True)[:CHUNK])
        if not first:
            return done
        children = sorted(set(first))
        # Read before the records are: each mark read here stands for a change the recount below will see.
        taken = list(ChildToRecount.objects.filter(child_id__in=children).values_list("pk", flat=True))
        with transaction.atomic():
            recount(children)
            for batch in _chunks(taken, 10_000):
                ChildToRecount.objects.filter(pk__in=batch).delete()
        done += len(children)
        if progress is not None:
            progress(len(children))


def recount(child_ids: Iterable[int]) -> None:
    """Replace these children's kept follow-ups, KPI orders, counted outcomes, open cases and serious violence
    disposals with ones worked out afresh from their records, and forget the period counts made from them."""
    for chunk in _chunks(sorted(set(child_ids))):
        with transaction.atomic():
            one_recount_at_a_time()
            before = period_counts.spans(chunk)
            FollowUpOffence.objects.filter(child_id__in=chunk).delete()
            FollowUp.objects.filter(child_id__in=chunk).delete()
            worked_out = work_out(chunk)
            FollowUp.objects.bulk_create([follow_up for follow_up, _offences in worked_out])
            FollowUpOffence.objects.bulk_create(
                [
                    FollowUpOffence(follow_up_id=follow_up.pk, **offence)
                    for follow_up, offences in worked_out
                    for offence in offences
                ]
            )
            kept_orders.replace(chunk)
            counted_outcomes.replace(chunk)
            open_cases.replace(chunk)
            serious_violence.replace(chunk)
            period_counts.forget(before, period_counts.spans(chunk))


def one_recount_at_a_time() -> None:
    """Two readings of the figures at once may both work out the same marked child. On PostgreSQL a deletion
    does not see rows another transaction committed after the deletion started, so both sets of new rows would
    stay: the second waits for the first to commit. SQLite already lets one transaction write at a time."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [RECOUNT_LOCK])


def _candidates(child_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The children's live outcomes that could start a follow-up of either kind, by child."""
    as_flag = {"output_field": BooleanField()}
    rows = (
        Outcome.objects.filter(child_id__in=child_ids, archived_at__isnull=True)
        .filter(INDEX_EVENT | OUT_OF_COURT_DISPOSAL)
        .annotate(
            official=ExpressionWrapper(INDEX_EVENT, **as_flag),
            out_of_court=ExpressionWrapper(OUT_OF_COURT_DISPOSAL, **as_flag),
        )
        .values(
            "pk",
            "child_id",
            "outcome_type_id",
            "outcome_date",
            "release_date",
            "official",
            "out_of_court",
            "outcome_type__custodial",
            "outcome_type__severity_rank",
        )
    )
    by_child: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        row["event_date"] = row["release_date"] if row["outcome_type__custodial"] else row["outcome_date"]
        if row["event_date"] is not None:
            by_child[row["child_id"]].append(row)
    return by_child


def _later_offences(child_ids: list[int]) -> dict[int, list[tuple[int, date, list[date]]]]:
    """Each child's live offences other than breaches, with the dates of the live outcomes that prove them."""
    offences = Offence.objects.filter(child_id__in=child_ids, archived_at__isnull=True).exclude(
        category=OffenceCategory.BREACH
    )
    proofs: dict[int, list[date]] = defaultdict(list)
    proving = Outcome.objects.filter(PROVING, archived_at__isnull=True, offences__in=offences)
    for offence_id, day in proving.values_list("offences__id", "outcome_date"):
        proofs[offence_id].append(day)
    by_child: dict[int, list[tuple[int, date, list[date]]]] = defaultdict(list)
    for pk, child_id, committed in offences.values_list("pk", "child_id", "offence_date"):
        if proofs.get(pk):
            by_child[child_id].append((pk, committed, proofs[pk]))
    return by_child


def _group_of(ethnicity: str) -> str:
    return str(ethnic_group(ethnicity) if ethnicity in Ethnicity.values else EthnicGroup.NOT_KNOWN)


def work_out(child_ids: list[int]) -> list[tuple[FollowUp, list[dict[str, Any]]]]:
    """Each of the children's follow-ups (unsaved) with the values of its offences, from their records."""
    candidates = _candidates(child_ids)
    later = _later_offences(child_ids)
    fields = (
        "pk", "date_of_birth", "service_id", "local_authority_id", "sex", "ethnicity", "care_status", "send_status",
        "substance_misuse", "mental_health_concern",
    )  # fmt: skip
    result = []
    for child in Child.objects.filter(pk__in=child_ids, archived_at__isnull=True).values(*fields):
        pk = child["pk"]
        born = month_key(child["date_of_birth"])
        profile = {
            "child_id": pk,
            "service_id": child["service_id"],
            "local_authority_id": child["local_authority_id"],
            "sex": child["sex"],
            "ethnic_group": _group_of(child["ethnicity"]),
            "care_status": child["care_status"],
            "send_status": child["send_status"],
            "substance_misuse": child["substance_misuse"],
            "mental_health_concern": child["mental_health_concern"],
        }
        for kind, flag in KINDS.items():
            # The order the official method ranks a child's events in: earliest, most serious, first recorded.
            events = sorted(
                (row for row in candidates.get(pk, ()) if row[flag]),
                key=lambda row: (row["event_date"], -row["outcome_type__severity_rank"], row["pk"]),
            )
            previous = None
            for row in events:
                day = row["event_date"]
                key = month_key(day)
                if aged_10_to_17_on(born, key):
                    follow_up = FollowUp(
                        kind=kind,
                        outcome_id=row["pk"],
                        event_date=day,
                        previous_date=previous,
                        disposal=row["outcome_type_id"],
                        age_band=YOUNGER if key < born + months(15 * 12) else OLDER,
                        **profile,
                    )
                    result.append((follow_up, _reoffences(pk, day, key, later.get(pk, ()))))
                previous = day
    return result


def _reoffences(
    child_id: int, day: date, key: int, offences: Iterable[tuple[int, date, list[date]]]
) -> list[dict[str, Any]]:
    """The offences committed after `day` and within the follow-up, proven within the waiting period."""
    found = []
    for offence_id, committed, proven in offences:
        after = month_key(committed) - key
        if committed <= day or after > months(FOLLOW_UP_MONTHS):
            continue
        in_time = [proof for proof in proven if month_key(proof) <= key + months(PROOF_MONTHS)]
        if in_time:
            found.append(
                {"child_id": child_id, "offence_id": offence_id, "committed_after": after, "proven_on": min(in_time)}
            )
    return found
