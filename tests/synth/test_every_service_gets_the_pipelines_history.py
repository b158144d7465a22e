from __future__ import annotations

from datetime import date

import pytest

from tests.synth.conftest import synth_once
from yjs.core.models import DEFAULT_PARTNER_AGENCIES, PartnerAgency, Service
from yjs.diversion.models import Notification
from yjs.diversion.vocabularies import OPEN_STAGES
from yjs.synth.digest import MODELS

built = synth_once(children=300, services=2, seed=5, as_of=date(2026, 6, 30))


@pytest.fixture
def run(built: None, db) -> None:  # type: ignore[no-untyped-def]
    return None


def test_every_service_gets_the_default_partner_agencies(run: None) -> None:
    for service in Service.objects.all():
        names = set(PartnerAgency.objects.filter(service=service).values_list("name", flat=True))
        assert names == set(DEFAULT_PARTNER_AGENCIES)


def test_every_service_has_completed_notifications_behind_its_recent_outcomes(run: None) -> None:
    for service in Service.objects.all():
        assert Notification.objects.filter(service=service, outcome__isnull=False).exists()


def test_only_the_demo_has_notifications_still_on_their_way(run: None) -> None:
    assert not Notification.objects.filter(stage__in=OPEN_STAGES).exists()


def test_the_fingerprint_that_proves_determinism_covers_the_pipeline() -> None:
    assert {"diversion.Notification", "diversion.PanelDecision", "core.PartnerAgency"} <= set(MODELS)
