"""The demo's resettlement examples: custody with release planning, accommodation for KPI 1, and transitions."""

from __future__ import annotations

from datetime import date

import pytest

from tests.synth.conftest import synth_once
from yjs.core.models import Service, User
from yjs.core.roles import Role
from yjs.performance.kpis.measures import children_counts
from yjs.performance.periods import Quarter
from yjs.resettlement.models import AccommodationRecord, CustodyEpisode, ReleaseMilestone, Transition
from yjs.resettlement.queries import address_confirmation, in_custody, turning_18
from yjs.synth.resettlement import ensure_demo_resettlement

AS_OF = date(2026, 6, 30)
built = synth_once(children=500, services=1, seed=5, as_of=AS_OF)
pytestmark = pytest.mark.usefixtures("built")


def _demo() -> tuple[Service, dict[str, User]]:
    service = Service.objects.get()
    case_manager = (
        User.objects.filter(service=service, role=Role.CASE_MANAGER, caseload__end_date__isnull=True).order_by("pk").first()
    )
    manager = User.objects.filter(service=service, role=Role.SERVICE_MANAGER).first()
    ensure_demo_resettlement(service, AS_OF, 2023, {"case_manager": case_manager, "service_manager": manager})
    return service, {"case_manager": case_manager, "service_manager": manager}


def test_the_demo_has_custody_accommodation_and_transitions_and_running_it_again_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    service, users = _demo()
    sizes = [m.objects.count() for m in (CustodyEpisode, ReleaseMilestone, AccommodationRecord, Transition)]
    _demo()
    assert [m.objects.count() for m in (CustodyEpisode, ReleaseMilestone, AccommodationRecord, Transition)] == sizes

    episodes = CustodyEpisode.objects.filter(service=service)
    assert episodes.filter(kind="sentence", outcome__isnull=False).exists()
    assert episodes.filter(kind="remand", release_date__isnull=True).exists()
    assert episodes.filter(kind="remand", release_date__isnull=False).exists()
    # Someone in custody now has a late milestone, and the case manager sees them.
    assert any(plan.late for plan in in_custody(users["case_manager"], AS_OF))
    # One release address confirmed late (3 days before release) and one never confirmed.
    released = address_confirmation(service.pk, date(2000, 1, 1), AS_OF)
    assert released.fewer_than_target >= 1
    assert released.not_confirmed >= 1

    suitability = set(AccommodationRecord.objects.filter(service=service).values_list("suitability", flat=True))
    assert suitability == {"yes", "no", "unknown"}

    rows = turning_18(users["service_manager"], AS_OF)
    assert any(row.transition for row in rows)
    assert any(row.transition is None for row in rows)


def test_kpi1_has_figures_in_recent_quarters(db) -> None:  # type: ignore[no-untyped-def]
    service, _users = _demo()
    for quarter in (Quarter.containing(AS_OF).previous(1), Quarter.containing(AS_OF).previous(2)):
        counts = children_counts(quarter.window)[service.pk]
        end = sum(t.numerator for t in counts["accommodation_suitable_end"].values())
        children = sum(t.denominator for t in counts["accommodation_suitable_end"].values())
        assert 0 < end < children
