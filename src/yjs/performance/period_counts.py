"""What each calculation counted for a service over a period of whole quarters, kept until a child's records change.

Every calculation reads the rows kept per child (follow_ups.py and the modules it names), but a figure for every
service still counts tens of thousands of those rows each time it is read, and the board report, the dashboard,
the quarterly return and the indicators command read the same quarters again and again. So the counts a
calculation makes for a period of whole quarters are kept per service (models.PeriodCount), split by the
children's local authority so that either grouping is answered from them, and read back as they were counted.

When a child is worked out again (follow_ups.recount), the counts of the child's services, before and after,
over every period that holds one of the child's dated kept rows, before or after, are forgotten: they are
counted afresh when next read. A period that is not whole quarters is counted each time, as before
(docs/decisions/0044-period-counts-are-kept.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from django.db import transaction
from django.db.models import Max, Min, OuterRef, Q, Subquery

from yjs.core.models import Service
from yjs.performance import follow_ups
from yjs.performance.grouping import SERVICE, kept_field
from yjs.performance.models import CountedOutcome, FollowUp, KpiOrder, OpenCase, PeriodCount, SeriousViolenceDisposal
from yjs.performance.periods import Quarter, Window

NO_AUTHORITY = ""
# The key of counts of the records as they stand today (the open caseload), not of a period.
NOW = Window(date.min, date.min)
# The kept rows a period count is made from, each with the date that puts it in a period.
DATED = (
    (FollowUp, "event_date"),
    (CountedOutcome, "outcome_date"),
    (KpiOrder, "end_date"),
    (SeriousViolenceDisposal, "outcome_date"),
)

# {service id: {local authority id as text, or NO_AUTHORITY: what was counted}}, as JSON keeps it.
Counts = dict[int, dict[str, Any]]
Counter = Callable[[Window, list[int] | None], Counts]
TogetherCounter = Callable[[list[Window], list[int] | None], list[Counts]]
Part = TypeVar("Part")


def whole_quarters(window: Window) -> bool:
    return Quarter.containing(window.start).start == window.start and Quarter.containing(window.end).end == window.end


def kept_counts(
    calculation: str,
    windows: Sequence[Window],
    services: Iterable[int] | None,
    count: Counter | TogetherCounter,
    *,
    together: bool = False,
) -> list[Counts]:
    """What `count` counts in each window for `services` (None: every service), kept where the window is whole
    quarters or NOW: read from the kept counts where they are there, else counted and kept.

    With `together`, `count` takes a list of windows that do not overlap and answers for each: windows missing
    the same services are counted in one call (one pass over the rows of them all, not one pass each)."""
    follow_ups.recount_marked()
    count_each = count if together else _one_at_a_time(count)
    services = None if services is None else sorted(set(services))
    keepable = [window for window in windows if window == NOW or whole_quarters(window)]
    kept: dict[Window, Counts] = {window: {} for window in keepable}
    missing: dict[Window, list[int]] = {window: [] for window in keepable}
    if keepable:
        # Every service with its kept counts for each window beside it (none where they are not kept), in one query.
        columns = {
            f"kept_{i}": Subquery(
                PeriodCount.objects.filter(
                    service=OuterRef("pk"), calculation=calculation, start=window.start, end=window.end
                ).values("counts")[:1]
            )
            for i, window in enumerate(keepable)
        }
        found = Service.objects.order_by()
        if services is not None:
            found = found.filter(pk__in=services)
        for service, *texts in found.annotate(**columns).values_list("pk", *columns):
            for window, text in zip(keepable, texts, strict=True):
                if text is None:
                    missing[window].append(service)
                else:
                    kept[window][service] = decoded(text)
    for to_count, batch in _batches(missing):
        for window, counts in zip(batch, _count_and_keep(calculation, batch, to_count, count_each), strict=True):
            kept[window].update(counts)
    return [kept[window] if window in kept else _as_kept(count_each([window], services)[0]) for window in windows]


def _one_at_a_time(count: Counter) -> TogetherCounter:
    return lambda windows, services: [count(window, services) for window in windows]


def _batches(missing: dict[Window, list[int]]) -> list[tuple[list[int], list[Window]]]:
    """The windows with services to count, in batches missing the same services whose windows do not overlap."""
    batches: list[tuple[list[int], list[Window]]] = []
    for window, services in missing.items():
        if not services:
            continue
        batch = next(
            (
                windows
                for to_count, windows in batches
                if to_count == services and not any(window.overlaps(other) for other in windows)
            ),
            None,
        )
        if batch is None:
            batches.append((services, [window]))
        else:
            batch.append(window)
    return batches


def _count_and_keep(calculation: str, windows: list[Window], services: list[int], count: TogetherCounter) -> list[Counts]:
    # Counted and kept while no recount can run, so that counts made from rows a recount then replaces are
    # forgotten by it rather than kept after it.
    with transaction.atomic():
        follow_ups.one_recount_at_a_time()
        counted = count(windows, services)
        texts = [{service: json.dumps(counts.get(service, {})) for service in services} for counts in counted]
        PeriodCount.objects.bulk_create(
            [
                PeriodCount(calculation=calculation, start=window.start, end=window.end, service_id=service, counts=text)
                for window, window_texts in zip(windows, texts, strict=True)
                for service, text in window_texts.items()
            ],
            ignore_conflicts=True,
        )
    # Read back as they were kept, so that counts just made and counts kept look the same.
    return [{service: decoded(text) for service, text in window_texts.items()} for window_texts in texts]


@lru_cache(maxsize=4096)
def decoded(text: str) -> Any:
    """Kept counts decoded from their JSON, remembered by their text: the figures read the same few quarters'
    counts again and again, and decoding them was the largest part of reading them. Keyed by the text itself,
    so counts counted afresh are never answered from an earlier reading. What it returns is shared between
    readings, so no reader changes it (every calculation here folds kept parts into new objects)."""
    return json.loads(text)


def _as_kept(counts: Counts) -> Counts:
    """The counts as they read back from the database, so that counts just made and counts kept look the same."""
    return {int(service): parts for service, parts in json.loads(json.dumps(counts)).items()}


def nested(rows: Iterable[tuple[int, int | None, Any]]) -> Counts:
    """{service: {authority: part}} from (service, authority, part) rows, each pair once."""
    counts: Counts = {}
    for service, authority, part in rows:
        counts.setdefault(service, {})[NO_AUTHORITY if authority is None else str(authority)] = part
    return counts


def folded(counts: Counts, by: str, add: Callable[[Part, Part], Part]) -> dict[int | None, Part]:
    """Each service's (or local authority's) part: the parts of its local authorities (or services) added up."""
    kept_field(by)  # refuses an unknown grouping as every calculation does
    units: dict[int | None, Part] = {}
    for service, parts in counts.items():
        for authority, part in parts.items():
            unit = service if by == SERVICE else (int(authority) if authority else None)
            units[unit] = add(units[unit], part) if unit in units else part
    return units


def added(first: list[int], second: list[int]) -> list[int]:
    """Two lists of counts added up place by place."""
    return [a + b for a, b in zip(first, second, strict=True)]


def merged(first: dict[str, Part], second: dict[str, Part], add: Callable[[Part, Part], Part]) -> dict[str, Part]:
    """Two parts keyed alike (by group, value or order type): each key's, added up where both have it."""
    joined = {**second, **first}
    for key in first.keys() & second.keys():
        joined[key] = add(first[key], second[key])
    return joined


def spans(child_ids: list[int]) -> dict[int, list[tuple[date, date]]]:
    """For each service the children's kept rows are in, the first and last day of those rows, and NOW where they
    have open cases."""
    found: dict[int, list[tuple[date, date]]] = {}
    for model, field in DATED:
        rows = (
            model.objects.filter(child_id__in=child_ids)
            .values("service_id")
            .annotate(first=Min(field), last=Max(field))
            .values_list("service_id", "first", "last")
            .order_by()
        )
        for service, first, last in rows:
            if service in found:
                first, last = min(first, found[service][0][0]), max(last, found[service][0][1])
            found[service] = [(first, last)]
    for service in OpenCase.objects.filter(child_id__in=child_ids).values_list("service_id", flat=True).distinct():
        found.setdefault(service, []).append((NOW.start, NOW.end))
    return found


def forget(*found: dict[int, list[tuple[date, date]]]) -> None:
    """Delete the counts of each service over any period that overlaps one of its spans."""
    overlapping = Q()
    for spans_found in found:
        for service, service_spans in spans_found.items():
            for first, last in service_spans:
                overlapping |= Q(service_id=service, start__lte=last, end__gte=first)
    if overlapping:
        PeriodCount.objects.filter(overlapping).delete()
