from __future__ import annotations

from django.urls import reverse

from tests.casework.conftest import submitted_assessment
from tests.conftest import Cast
from yjs.casework.models import Plan

OBJECTIVES = {
    "desistance_objectives": "College three days a week",
    "child_safety_objectives": "Safety plan with mother",
    "others_safety_objectives": "No contact with the victim",
}


def test_the_page_asks_for_contingency_when_a_safety_rating_is_raised(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    submitted_assessment(cast.intervention, cast.case_manager, safety_rating="high")
    client.force_login(cast.case_manager)
    url = reverse("casework:plan_new", args=[cast.intervention.pk])
    assert "needs contingency arrangements" in client.get(url).content.decode()
    response = client.post(url, {"action": "submit", **OBJECTIVES})
    page = response.content.decode()
    assert '<a href="#id_contingency">Enter the contingency arrangements' in page
    assert "No contact with the victim" in page
    assert not Plan.objects.exists()


def test_a_plan_with_its_contingency_is_submitted(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    submitted_assessment(cast.intervention, cast.case_manager, safety_rating="high")
    client.force_login(cast.case_manager)
    url = reverse("casework:plan_new", args=[cast.intervention.pk])
    response = client.post(url, {"action": "submit", **OBJECTIVES, "contingency": "Call the duty social worker"})
    plan = Plan.objects.get()
    assert response.status_code == 302
    assert plan.status == "submitted"


def test_the_team_manager_countersigns_the_plan(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    submitted_assessment(cast.intervention, cast.case_manager)
    client.force_login(cast.case_manager)
    client.post(reverse("casework:plan_new", args=[cast.intervention.pk]), {"action": "submit", **OBJECTIVES})
    plan = Plan.objects.get()
    client.force_login(cast.team_manager)
    assert "Countersign" in client.get(plan.get_absolute_url()).content.decode()
    client.post(reverse("casework:plan_countersign", args=[plan.pk]), {"decision": "countersign", "note": ""})
    plan.refresh_from_db()
    assert plan.status == "countersigned"
