"""Every No is explained: the service refuses a No without a reason, and the page keeps what was typed."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from tests.quality.conftest import Audit
from tests.quality.factories import question
from yjs.quality import services
from yjs.quality.models import AuditAnswer


def test_a_no_without_a_reason_is_refused_and_nothing_is_saved(audit: Audit) -> None:
    audit_case = audit.case_of(audit.north_court)
    kq = question(audit.round, "2.1", "safety_of_others")
    with pytest.raises(ValidationError) as refused:
        services.answer_case(audit.cast.auditor, audit_case, {kq.pk: services.Given("no", "  ")}, "yes")
    assert f"reason_{kq.pk}" in refused.value.message_dict
    assert not AuditAnswer.objects.filter(audit_case=audit_case).exists()


def test_a_no_with_a_reason_is_saved(audit: Audit) -> None:
    audit_case = audit.case_of(audit.north_court)
    kq = question(audit.round, "2.1", "safety_of_others")
    services.answer_case(audit.cast.auditor, audit_case, {kq.pk: services.Given("no", "Who is at risk is not named")}, "")
    saved = AuditAnswer.objects.get(audit_case=audit_case)
    assert (saved.answer, saved.reason, saved.answered_by) == ("no", "Who is at risk is not named", audit.cast.auditor)


def test_oversight_that_did_not_meet_the_needs_of_the_case_needs_a_reason_too(audit: Audit) -> None:
    audit_case = audit.case_of(audit.north_court)
    with pytest.raises(ValidationError) as refused:
        services.answer_case(audit.cast.auditor, audit_case, {}, "no", "")
    assert "oversight_reason" in refused.value.message_dict


def test_finishing_needs_every_question_answered(audit: Audit) -> None:
    audit_case = audit.case_of(audit.north_court)
    with pytest.raises(ValidationError) as refused:
        services.answer_case(audit.cast.auditor, audit_case, {}, "yes", finish=True)
    # A court case is asked 2.1-2.4: twelve key questions.
    assert len([k for k in refused.value.message_dict if k.startswith("answer_")]) == 12


def test_the_page_refuses_a_no_without_a_reason_and_keeps_the_answers(audit: Audit, client) -> None:  # type: ignore[no-untyped-def]
    audit_case = audit.case_of(audit.north_court)
    kq = question(audit.round, "2.2", "desistance")
    other = question(audit.round, "2.2", "safety_of_child")
    client.force_login(audit.cast.auditor)
    response = client.post(
        f"/quality/cases/{audit_case.pk}/", {f"answer_{kq.pk}": "no", f"answer_{other.pk}": "yes", "save": "1"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Give the reason for No" in page
    assert f'name="answer_{other.pk}" value="yes" class="govuk-radios__input" id="id_answer_{other.pk}_0" checked' in page
    assert not AuditAnswer.objects.filter(audit_case=audit_case).exists()
