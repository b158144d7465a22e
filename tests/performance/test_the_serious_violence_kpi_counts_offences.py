"""KPI 9: serious violence offences cautioned or sentenced in the quarter, each once, and their rate."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import LocalAuthorityFactory, OffenceFactory, OutcomeFactory, ServiceFactory
from tests.performance.kpi_builders import QUARTER, child_of
from yjs.justice.models import OutcomeType
from yjs.performance.kpis.quarterly_return import kpi_return
from yjs.performance.kpis.serious_violence import serious_violence
from yjs.performance.models import PopulationEstimate

pytestmark = pytest.mark.django_db


def offence(child, category="ROBBERY", seriousness=6, day=date(2024, 12, 1)):  # type: ignore[no-untyped-def]
    return OffenceFactory(child=child, category=category, seriousness=seriousness, offence_date=day)


def disposed(child, offences, code, day=date(2025, 2, 1)):  # type: ignore[no-untyped-def]
    return OutcomeFactory(child=child, outcome_type=OutcomeType.objects.get(code=code), outcome_date=day, offences=offences)


def test_serious_offences_with_a_caution_or_sentence_in_the_quarter_count_once_each() -> None:
    service = ServiceFactory()
    child = child_of(service)
    robbery, drugs, violence = offence(child), offence(child, "DRUGS", 5), offence(child, "VIOLENCE_AGAINST_THE_PERSON", 8)
    disposed(child, [robbery, drugs], "YRO")
    disposed(child, [robbery], "DTO", date(2025, 3, 1))  # the same robbery again: once, under custody
    disposed(child, [violence], "YC")
    theft, minor = offence(child, "THEFT_AND_HANDLING", 7), offence(child, "ROBBERY", 4)
    resolved, later = offence(child), offence(child)
    disposed(child, [theft], "YRO")  # not a serious violence category
    disposed(child, [minor], "YRO")  # seriousness under 5
    disposed(child, [resolved], "CR")  # a community resolution is not a caution or sentence
    disposed(child, [later], "RO", date(2025, 4, 1))  # sentenced after the quarter

    counts = serious_violence(QUARTER.window)

    assert counts == {service.pk: {"custodial_sentence": 1, "youth_rehabilitation_order": 1, "youth_caution": 1}}


def test_an_offence_committed_at_18_does_not_count() -> None:
    service = ServiceFactory()
    child = child_of(service, date_of_birth=date(2006, 11, 1))
    disposed(child, [offence(child, day=date(2024, 11, 1))], "FINE")  # 18 that day
    disposed(child, [offence(child, day=date(2024, 10, 31))], "FINE")  # 17

    assert serious_violence(QUARTER.window) == {service.pk: {"other_court_sentence": 1}}


def test_the_rate_is_per_10000_children_aged_10_to_17() -> None:
    service = ServiceFactory()
    authority = LocalAuthorityFactory(service=service, code="E06000999")
    PopulationEstimate.objects.create(area_code=authority.code, year=2025, group="all", count=20_000)
    child = child_of(service, local_authority=authority)
    disposed(child, [offence(child), offence(child)], "RO")
    disposed(child, [offence(child)], "YCC")

    rows = kpi_return(QUARTER.window, services=[service.pk])[service.pk]
    total = next(r for r in rows if r.kpi == 9 and r.order_type == "all")

    # 3 offences / 20,000 children x 10,000 = 1.5
    assert (total.numerator, total.denominator, total.rate_per_10000) == (3, 20_000, pytest.approx(1.5))
