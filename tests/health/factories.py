from __future__ import annotations

from datetime import date

import factory

from tests.factories import ChildFactory
from yjs.health.models import HealthIntervention


class HealthInterventionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HealthIntervention

    child = factory.SubFactory(ChildFactory)
    service = factory.SelfAttribute("child.service")
    need = "mental_health"
    intervention_type = "getting_help"
    provider = "CAMHS"
    offered_on = date(2024, 10, 1)
    response = "attended"
    started_on = date(2024, 10, 8)
