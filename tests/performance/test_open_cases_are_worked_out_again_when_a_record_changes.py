"""The kept open cases (performance.open_cases) follow every change to the records the caseload profile reads.

Each test changes a record the way the product does, then reads the profile, which works out the marked children
first, and compares it with the same profile counted straight from the interventions, their children and their
outcomes' types.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.db.models import Count
from django.utils import timezone

from tests.factories import InterventionFactory
from tests.performance.histories import area, child, outcome
from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.justice.models import OutcomeType
from yjs.performance.caseload_profile import caseload_profile
from yjs.performance.follow_ups import recount
from yjs.performance.models import OpenCase
from yjs.performance.open_cases import NEEDS

pytestmark = pytest.mark.django_db


def from_the_records(by: str = "service") -> dict[int, dict[str, Any]]:
    """The profile the slow way: every open intervention of a live child, joined to its child and outcome type."""
    key = f"child__{by}_id"
    scope = Intervention.objects.open().filter(child__archived_at__isnull=True)
    profile: dict[int, dict[str, Any]] = {}
    for row in scope.values(key, "outcome__outcome_type__code").annotate(n=Count("pk")):
        profile.setdefault(row[key], {"types": {}})["types"][row["outcome__outcome_type__code"]] = row["n"]
    for unit in profile:
        children = scope.filter(**{key: unit})
        profile[unit]["children"] = children.values("child").distinct().count()
        for name, condition in NEEDS.items():
            profile[unit][name] = children.filter(condition).values("child").distinct().count()
    return profile


def kept(by: str = "service") -> dict[int, dict[str, Any]]:
    return {
        unit: {"types": {row.code: row.interventions for row in figures.by_type}, "children": figures.children}
        | figures.needs
        for unit, figures in caseload_profile(by=by).items()
    }


def open_on(someone: Child, code: str, **fields: object) -> Intervention:
    return InterventionFactory(outcome=outcome(someone, code, date(2025, 3, 1)), **fields)


@pytest.fixture
def girl() -> Child:
    someone = child(sex="F", substance_misuse=True, send_status="ehcp")
    open_on(someone, "RO")
    open_on(someone, "YC")
    other = child(authority=area(someone.service), care_status="looked_after", mental_health_concern=True)
    open_on(other, "YRO")
    return someone


def test_the_kept_profile_is_the_profile_of_the_records(girl: Child) -> None:
    service = girl.service_id
    assert kept() == from_the_records()
    assert kept()[service]["types"] == {"RO": 1, "YC": 1, "YRO": 1}
    assert (kept()[service]["children"], kept()[service]["girls"], kept()[service]["send"]) == (2, 1, 1)
    assert kept("local_authority") == from_the_records("local_authority")
    assert len(kept("local_authority")) == 2


def test_an_intervention_ended_or_archived_leaves_the_caseload(girl: Child) -> None:
    order, caution = Intervention.objects.filter(child=girl).order_by("pk")
    order.end_date = date(2025, 6, 30)
    order.save()
    caution.archived_at = timezone.now()
    caution.save()
    assert kept()[girl.service_id]["types"] == {"YRO": 1}
    assert kept() == from_the_records()


def test_a_child_archived_leaves_the_caseload(girl: Child) -> None:
    girl.archived_at = timezone.now()
    girl.save()
    assert kept()[girl.service_id]["girls"] == 0
    assert kept() == from_the_records()


def test_a_need_recorded_or_a_move_to_another_area_counts_at_once(girl: Child) -> None:
    girl.mental_health_concern = True
    girl.send_status = "not_known"
    girl.local_authority = area(girl.service)
    girl.save()
    assert kept()[girl.service_id]["mental_health"] == 2
    assert kept()[girl.service_id]["send"] == 0
    assert kept("local_authority") == from_the_records("local_authority")
    assert len(kept("local_authority")) == 2


def test_an_outcome_changed_to_another_type_moves_its_intervention(girl: Child) -> None:
    caution = Intervention.objects.filter(child=girl, outcome__outcome_type__code="YC").get().outcome
    caution.outcome_type = OutcomeType.objects.get(code="YCC")
    caution.save()
    assert kept()[girl.service_id]["types"] == {"RO": 1, "YCC": 1, "YRO": 1}
    assert kept() == from_the_records()


def test_a_deleted_intervention_leaves_the_caseload_and_a_fresh_count_changes_nothing(girl: Child) -> None:
    Intervention.objects.filter(child=girl, outcome__outcome_type__code="RO").get().delete()
    assert kept() == from_the_records()
    rows = sorted(OpenCase.objects.values_list("intervention_id", "outcome_type_id", "girls", "send"))
    recount(Child.objects.values_list("pk", flat=True))
    assert sorted(OpenCase.objects.values_list("intervention_id", "outcome_type_id", "girls", "send")) == rows
