from __future__ import annotations

from datetime import date

import pytest
from django.utils import timezone

from tests.factories import (
    ChildFactory,
    InterventionFactory,
    LocalAuthorityFactory,
    OutcomeFactory,
    ServiceFactory,
)
from yjs.justice.models import OutcomeType
from yjs.performance.caseload_profile import caseload_profile

pytestmark = pytest.mark.django_db


def _open(child, code: str, **fields):  # type: ignore[no-untyped-def]
    outcome = OutcomeFactory(child=child, service=child.service, outcome_type=OutcomeType.objects.get(code=code))
    return InterventionFactory(outcome=outcome, child=child, service=child.service, **fields)


@pytest.fixture
def caseload():  # type: ignore[no-untyped-def]
    """Dorset: four children on five open interventions, and what does not count; Elsewhere: one child."""
    dorset = ServiceFactory(code="dorset")
    poole = LocalAuthorityFactory(service=dorset, code="E06000058")
    rural = LocalAuthorityFactory(service=dorset, code="E06000059")
    girl = ChildFactory(service=dorset, local_authority=poole, sex="F", substance_misuse=True, send_status="ehcp")
    _open(girl, "RO")
    _open(girl, "YC")  # the same girl twice: two interventions, one child
    boy = ChildFactory(service=dorset, local_authority=poole, mental_health_concern=True, care_status="looked_after")
    _open(boy, "YRO")
    carer = ChildFactory(service=dorset, local_authority=rural, send_status="sen_support", care_status="care_leaver")
    _open(carer, "YCC")
    plain = ChildFactory(service=dorset, local_authority=rural, send_status="not_known", care_status="child_in_need")
    _open(plain, "RO")
    # Not open: ended, archived, or the child archived.
    ended = ChildFactory(service=dorset, local_authority=rural, sex="F")
    _open(ended, "RO", end_date=date(2025, 6, 1))
    _open(ChildFactory(service=dorset, local_authority=rural, sex="F"), "RO", archived_at=timezone.now())
    _open(ChildFactory(service=dorset, local_authority=rural, sex="F", archived_at=timezone.now()), "RO")
    elsewhere = ServiceFactory(code="elsewhere")
    _open(ChildFactory(service=elsewhere, sex="F"), "YC")
    return dorset, poole, rural, elsewhere


def test_open_interventions_are_counted_by_type_and_by_court_or_out_of_court(caseload) -> None:  # type: ignore[no-untyped-def]
    dorset, _poole, _rural, _elsewhere = caseload
    profile = caseload_profile(services=[dorset.id])[dorset.id]
    assert {row.code: row.interventions for row in profile.by_type} == {"RO": 2, "YRO": 1, "YC": 1, "YCC": 1}
    assert profile.interventions == 5
    assert (profile.court, profile.out_of_court) == (3, 2)


def test_each_need_counts_each_child_once(caseload) -> None:  # type: ignore[no-untyped-def]
    dorset, _poole, _rural, _elsewhere = caseload
    profile = caseload_profile(services=[dorset.id])[dorset.id]
    assert profile.children == 4
    assert profile.needs == {
        "substance_misuse": 1,
        "mental_health": 1,
        "send": 2,  # the EHCP and the SEN support; "not known" is not a need
        "care_experienced": 2,  # looked after and care leaver; a child in need is not care-experienced
        "girls": 1,
    }


def test_every_service_comes_from_one_call_and_a_limit_leaves_the_others_out(caseload) -> None:  # type: ignore[no-untyped-def]
    dorset, _poole, _rural, elsewhere = caseload
    every = caseload_profile()
    assert every[elsewhere.id].children == 1
    assert every[elsewhere.id].needs["girls"] == 1
    assert every[dorset.id].children == 4
    assert elsewhere.id not in caseload_profile(services=[dorset.id])


def test_by_local_authority_the_child_s_authority_decides(caseload) -> None:  # type: ignore[no-untyped-def]
    _dorset, poole, rural, _elsewhere = caseload
    profiles = caseload_profile(by="local_authority")
    assert (profiles[poole.id].children, profiles[poole.id].interventions) == (2, 3)
    assert (profiles[rural.id].children, profiles[rural.id].interventions) == (2, 2)
    assert profiles[rural.id].needs["girls"] == 0


def test_a_service_with_no_open_interventions_is_absent() -> None:
    quiet = ServiceFactory(code="quiet")
    assert caseload_profile(services=[quiet.id]) == {}
