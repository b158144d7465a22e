"""The demo's victims: every kind of record, KPI 10 figures in its recent quarters, and running it again
changes nothing."""

from __future__ import annotations

from datetime import date
from io import StringIO

from django.core.management import call_command

from yjs.core.models import Service
from yjs.performance.kpis.victims import victims_engaged
from yjs.performance.periods import Quarter
from yjs.victims.models import Consent, RestorativeJusticeOffer, Victim, VictimContact, VictimFeedback, VictimWorker
from yjs.victims.vocabularies import RestorativeKind

AS_OF = date(2026, 6, 30)


def _demo() -> None:
    call_command("demo", children=400, as_of=AS_OF, stdout=StringIO(), verbosity=0)


def _sizes() -> tuple[int, ...]:
    return tuple(
        m.objects.count() for m in (Victim, VictimContact, Consent, RestorativeJusticeOffer, VictimFeedback, VictimWorker)
    )


def test_the_demo_has_victims_of_every_kind_and_kpi10_figures(db) -> None:  # type: ignore[no-untyped-def]
    _demo()
    service = Service.objects.get()
    assert VictimWorker.objects.filter(service=service).count() == 1
    assert set(Victim.objects.values_list("kind", flat=True)) == {"person", "organisation"}
    assert set(Consent.objects.values_list("answer", flat=True)) == {"given", "refused"}
    assert Consent.objects.filter(withdrawn_on__isnull=False).exists()
    offers = RestorativeJusticeOffer.objects
    assert set(offers.exclude(kind="").values_list("kind", flat=True)) == set(RestorativeKind.values)
    assert set(offers.values_list("response", flat=True)) == {"accepted", "declined", "awaiting"}
    assert offers.filter(completed_on__isnull=False).exists()
    assert VictimFeedback.objects.exists()
    recent = [Quarter.containing(AS_OF).previous(back) for back in (1, 2)]
    for quarter in recent:
        tallies = victims_engaged(quarter.window).get(service.pk, {}).values()
        assert sum(t.denominator for t in tallies) > 0, quarter
        assert 0 < sum(t.numerator for t in tallies) < sum(t.denominator for t in tallies), quarter

    before = _sizes()
    _demo()
    assert _sizes() == before
