"""Once a second auditor has moderated a case, its auditor can no longer change the answers: the service
refuses with a clear message, and the case's page shows the answers read-only with that message."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from tests.quality.conftest import Audit
from tests.quality.factories import answer, finish, question
from yjs.quality import services
from yjs.quality.models import AuditAnswer, AuditCase


@pytest.fixture
def audited(audit: Audit) -> AuditCase:
    audit_case = audit.case_of(audit.south_court)
    for area in ("desistance", "safety_of_child", "safety_of_others"):
        for code in ("2.1", "2.2", "2.3", "2.4"):
            answer(audit_case, code, area, "yes", audit.cast.auditor)
    return finish(audit_case)


def _answers(audit_case: AuditCase) -> list[tuple[int, str, str]]:
    return list(AuditAnswer.objects.filter(audit_case=audit_case).order_by("pk").values_list("pk", "answer", "reason"))


def test_before_moderation_the_auditor_may_still_change_an_answer(audit: Audit, audited: AuditCase) -> None:
    kq = question(audit.round, "2.1", "desistance")
    services.answer_case(audit.cast.auditor, audited, {kq.pk: services.Given("no", "No plan")}, "yes")
    assert audited.answers.get(key_question=kq).answer == "no"


def test_the_service_refuses_a_change_to_a_moderated_case(audit: Audit, audited: AuditCase) -> None:
    services.moderate_case(audit.cast.service_manager, audited, {})
    before = _answers(audited)
    kq = question(audit.round, "2.1", "desistance")

    with pytest.raises(ValidationError) as refused:
        services.answer_case(audit.cast.auditor, audited, {kq.pk: services.Given("no", "No plan")}, "yes")

    assert refused.value.messages == [
        f"Case {audited.position} has been moderated, so its answers can no longer be changed. "
        "Ask the quality lead if an answer needs correcting."
    ]
    assert _answers(audited) == before
    audited.refresh_from_db()
    assert audited.oversight_met == "yes"


def test_the_page_shows_a_moderated_cases_answers_read_only_with_why(
    audit: Audit, audited: AuditCase, client: Client
) -> None:
    services.moderate_case(audit.cast.service_manager, audited, {})
    before = _answers(audited)
    url = reverse("quality:audit_case", args=[audited.pk])
    client.force_login(audit.cast.auditor)

    page = client.get(url).content.decode()
    assert "has been moderated, so its answers can no longer be changed" in page
    assert "Finish the audit" not in page
    assert 'name="answer_' not in page

    kq = question(audit.round, "2.1", "desistance")
    response = client.post(url, {f"answer_{kq.pk}": "no", f"reason_{kq.pk}": "No plan", "oversight_met": "yes", "save": "1"})
    assert response.status_code == 302
    assert _answers(audited) == before


def test_an_unmoderated_case_shows_the_form_without_the_notice(audit: Audit, audited: AuditCase, client: Client) -> None:
    client.force_login(audit.cast.auditor)
    page = client.get(reverse("quality:audit_case", args=[audited.pk])).content.decode()
    assert "Finish the audit" in page
    assert "has been moderated" not in page
