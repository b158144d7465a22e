"""The demo fills the education and health pages with examples of each kind, and KPIs 2, 4 and 5 with figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from django.core.management import call_command
from django.db import transaction

from yjs.education.models import EducationPlacement, Exclusion
from yjs.health.models import HealthIntervention
from yjs.performance.kpis.quarterly_return import kpi_return
from yjs.performance.periods import last_complete_quarter

AS_OF = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("demo", children=400, as_of=AS_OF, verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def test_every_kind_of_placement_and_exclusion_appears(demo, db) -> None:  # type: ignore[no-untyped-def]
    kinds = set(EducationPlacement.objects.values_list("kind", flat=True))
    assert {"school", "alternative_provision", "college", "none"} <= kinds
    assert set(Exclusion.objects.values_list("kind", flat=True)) == {"fixed_term", "permanent"}
    assert EducationPlacement.objects.filter(kind="school", hours_offered__lt=25).exists()  # part-time timetables
    for placement in EducationPlacement.objects.all():
        placement.full_clean()


def test_health_interventions_are_attended_declined_and_awaited(demo, db) -> None:  # type: ignore[no-untyped-def]
    assert set(HealthIntervention.objects.values_list("need", flat=True)) == {"mental_health", "substance_misuse"}
    assert {"attended", "declined"} <= set(HealthIntervention.objects.values_list("response", flat=True))
    for record in HealthIntervention.objects.all():
        record.full_clean()


def test_the_kpi_return_shows_figures_for_kpis_2_4_and_5(demo, db) -> None:  # type: ignore[no-untyped-def]
    rows = next(iter(kpi_return(last_complete_quarter(AS_OF).window).values()))
    totals = {r.measure: (r.numerator, r.denominator) for r in rows if r.order_type == "all"}
    for measure in ("ete_suitable_end", "ete_suitable_start", "mental_health_offered", "substance_misuse_attended"):
        numerator, denominator = totals[measure]
        assert 0 < numerator < denominator, measure


def test_running_the_demo_again_adds_nothing(demo, db) -> None:  # type: ignore[no-untyped-def]
    counts = (EducationPlacement.objects.count(), Exclusion.objects.count(), HealthIntervention.objects.count())
    call_command("demo", children=400, as_of=AS_OF, verbosity=0)
    assert (EducationPlacement.objects.count(), Exclusion.objects.count(), HealthIntervention.objects.count()) == counts
