"""The kept serious violence disposals (kpis/serious_violence.py) follow every change to the records KPI 9 reads.

Each test changes a record the way the product does, then reads the count, which works out the marked children
first, and compares it with the same count made straight from the offences and outcomes, the most serious
disposal of each offence looked up in SQL.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from django.db.models import Count, F, OuterRef, Subquery
from django.utils import timezone

from tests.factories import LocalAuthorityFactory, OffenceFactory, OutcomeFactory, ServiceFactory
from tests.performance.kpi_builders import QUARTER, child_of
from yjs.children.models import Child
from yjs.justice.models import Offence, Outcome, OutcomeType
from yjs.performance.follow_ups import recount
from yjs.performance.kpis.serious_violence import DISPOSAL, _group, serious_offences, serious_violence
from yjs.performance.models import SeriousViolenceDisposal
from yjs.performance.periods import Window

pytestmark = pytest.mark.django_db


def from_the_records(window: Window, by: str = "service") -> dict[int, dict[str, int]]:
    """Each serious offence disposed of in the window, under its most serious disposal there, looked up in SQL."""
    in_window = Outcome.objects.filter(DISPOSAL, archived_at__isnull=True, outcome_date__range=(window.start, window.end))
    most_serious = (
        in_window.filter(offences=OuterRef("pk"))
        .annotate(group=_group())
        .order_by("-outcome_type__severity_rank", "-outcome_date", "-pk")
        .values("group")[:1]
    )
    offences = serious_offences(Child.objects.values("pk")).filter(pk__in=in_window.values("offences"))
    rows = (
        offences.annotate(unit=F(f"child__{by}_id"), group=Subquery(most_serious))
        .values("unit", "group")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for row in rows:
        counts[row["unit"]][row["group"]] = row["n"]
    return dict(counts)


def offence(child: Child, category: str = "ROBBERY", seriousness: int = 6, day: date = date(2024, 12, 1)) -> Offence:
    return OffenceFactory(child=child, category=category, seriousness=seriousness, offence_date=day)


def disposed(child: Child, offences: list[Offence], code: str, day: date = date(2025, 2, 1)) -> Outcome:
    return OutcomeFactory(child=child, outcome_type=OutcomeType.objects.get(code=code), outcome_date=day, offences=offences)


@pytest.fixture
def robbery() -> Offence:
    """A robbery sentenced twice in the quarter (a YRO, then custody), beside a theft in the same outcome."""
    child = child_of(ServiceFactory())
    robbery = offence(child)
    disposed(child, [robbery, offence(child, "THEFT_AND_HANDLING")], "YRO")
    disposed(child, [robbery], "DTO", date(2025, 3, 1))
    disposed(child, [offence(child, "DRUGS", 5)], "YC")
    return robbery


def test_the_kept_count_is_the_count_of_the_records(robbery: Offence) -> None:
    assert serious_violence(QUARTER.window) == from_the_records(QUARTER.window)
    assert serious_violence(QUARTER.window) == {robbery.service_id: {"custodial_sentence": 1, "youth_caution": 1}}
    assert serious_violence(QUARTER.window, by="local_authority") == from_the_records(QUARTER.window, "local_authority")


def test_archiving_the_most_serious_disposal_counts_the_offence_under_the_next(robbery: Offence) -> None:
    custody = robbery.outcomes.get(outcome_type__code="DTO")
    custody.archived_at = timezone.now()
    custody.save()
    assert serious_violence(QUARTER.window)[robbery.service_id] == {"youth_rehabilitation_order": 1, "youth_caution": 1}
    assert serious_violence(QUARTER.window) == from_the_records(QUARTER.window)


def test_a_seriousness_corrected_below_5_or_an_offence_archived_stops_counting(robbery: Offence) -> None:
    robbery.seriousness = 4
    robbery.save()
    drugs = Offence.objects.get(child=robbery.child, category="DRUGS")
    drugs.archived_at = timezone.now()
    drugs.save()
    assert serious_violence(QUARTER.window) == {}
    assert from_the_records(QUARTER.window) == {}


def test_an_offence_added_to_an_outcome_and_a_move_to_another_area_count_at_once(robbery: Offence) -> None:
    child = robbery.child
    violence = offence(child, "VIOLENCE_AGAINST_THE_PERSON", 8)
    robbery.outcomes.get(outcome_type__code="YRO").offences.add(violence)
    child.local_authority = LocalAuthorityFactory(service=child.service)
    child.save()
    by_area = serious_violence(QUARTER.window, by="local_authority")
    expected = {"custodial_sentence": 1, "youth_caution": 1, "youth_rehabilitation_order": 1}
    assert by_area == {child.local_authority_id: expected}
    assert by_area == from_the_records(QUARTER.window, "local_authority")


def test_a_fresh_count_changes_nothing(robbery: Offence) -> None:
    def kept() -> list[tuple[int, int, str, int]]:
        fields = ("offence_id", "outcome_id", "order_group", "severity_rank")
        return sorted(SeriousViolenceDisposal.objects.values_list(*fields))

    serious_violence(QUARTER.window)
    rows = kept()
    assert len(rows) == 3
    recount(Child.objects.values_list("pk", flat=True))
    assert kept() == rows
