from __future__ import annotations

from django.urls import reverse

from tests.casework.conftest import submitted_assessment
from tests.conftest import Cast
from yjs.casework.models import Assessment
from yjs.casework.services import save_assessment


def _new(cast: Cast) -> str:
    return reverse("casework:assessment_new", args=[cast.intervention.pk])


def test_submitting_without_who_is_at_risk_names_it_and_keeps_what_was_typed(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    response = client.post(
        _new(cast),
        {
            "action": "submit",
            "factors_for_desistance": "Plays for a local football team",
            "safety_rating": "low",
            "rosh_rating": "medium",
            "reoffending_likelihood": "medium",
            "nature_of_risk": "Violence when provoked",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "govuk-error-summary" in page
    assert '<a href="#id_who_is_at_risk">Enter who is at risk' in page
    assert "Plays for a local football team" in page
    assert "Violence when provoked" in page
    assert not Assessment.objects.exists()


def test_save_as_draft_keeps_an_incomplete_assessment(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.case_manager)
    response = client.post(_new(cast), {"action": "draft", "motivation": "Wants an apprenticeship"})
    draft = Assessment.objects.get()
    assert response.status_code == 302
    assert response.url == draft.get_absolute_url()
    assert draft.is_draft
    assert draft.motivation == "Wants an apprenticeship"


def test_a_complete_assessment_is_submitted_from_the_page(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    draft = save_assessment(cast.case_manager, cast.intervention, {"motivation": "Some"})
    client.force_login(cast.case_manager)
    client.post(
        draft.get_absolute_url(),
        {
            "action": "submit",
            "version": draft.version,
            "factors_for_desistance": "Supportive grandmother",
            "safety_rating": "low",
            "rosh_rating": "low",
            "reoffending_likelihood": "low",
        },
    )
    draft.refresh_from_db()
    assert draft.status == "submitted"


def test_an_edit_from_a_stale_page_is_refused_keeping_what_was_typed(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    draft = save_assessment(cast.case_manager, cast.intervention, {"motivation": "First"})
    opened_at = draft.version
    save_assessment(cast.team_manager, cast.intervention, {"motivation": "Manager's view"}, draft, opened_at)
    client.force_login(cast.case_manager)
    response = client.post(draft.get_absolute_url(), {"action": "draft", "version": opened_at, "motivation": "Mine"})
    page = response.content.decode()
    assert "Someone else changed this assessment" in page
    assert "Mine</textarea>" in page
    assert "Manager&#x27;s view" in page  # the latest saved version, shown beside the form
    draft.refresh_from_db()
    assert draft.motivation == "Manager's view"
    assert f'name="version" value="{draft.version}"' in page


def test_the_team_manager_countersigns_from_the_page(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    assessment = submitted_assessment(cast.intervention, cast.case_manager)
    client.force_login(cast.team_manager)
    page = client.get(assessment.get_absolute_url()).content.decode()
    assert "Countersign" in page
    client.post(
        reverse("casework:assessment_countersign", args=[assessment.pk]),
        {"decision": "countersign", "note": "Meets the needs of the case", "version": assessment.version},
    )
    assessment.refresh_from_db()
    assert assessment.status == "countersigned"


def test_returning_without_a_note_shows_the_error(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    assessment = submitted_assessment(cast.intervention, cast.case_manager)
    client.force_login(cast.team_manager)
    response = client.post(
        reverse("casework:assessment_countersign", args=[assessment.pk]), {"decision": "return", "note": ""}
    )
    assert "Enter what needs to change" in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.status == "submitted"


def test_the_case_manager_who_submitted_sees_no_countersign_button(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    assessment = submitted_assessment(cast.intervention, cast.case_manager)
    client.force_login(cast.case_manager)
    page = client.get(assessment.get_absolute_url()).content.decode()
    assert 'value="countersign"' not in page
    response = client.post(reverse("casework:assessment_countersign", args=[assessment.pk]), {"decision": "countersign"})
    assert response.status_code == 403


def test_an_auditor_reads_the_assessment_but_may_not_post_to_it(client, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    draft = save_assessment(cast.case_manager, cast.intervention, {"motivation": "Wants an apprenticeship"})
    client.force_login(cast.auditor)
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "Wants an apprenticeship" in page
    assert "<textarea" not in page
    assert 'value="submit"' not in page
    response = client.post(draft.get_absolute_url(), {"action": "draft", "motivation": "Audited"})
    assert response.status_code == 403
