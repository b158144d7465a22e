"""A second auditor agrees with each answer or changes it with a reason; changes are listed and counted."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.quality.conftest import Audit
from tests.quality.factories import answer, finish, question
from yjs.quality import services
from yjs.quality.results import round_results


@pytest.fixture
def audited(audit: Audit):  # type: ignore[no-untyped-def]
    audit_case = audit.case_of(audit.south_court)
    for area in ("desistance", "safety_of_child", "safety_of_others"):
        for code in ("2.1", "2.2", "2.3", "2.4"):
            answer(audit_case, code, area, "yes", audit.cast.auditor)
    return finish(audit_case)


def test_the_auditor_cannot_moderate_their_own_case(audit: Audit, audited) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        services.moderate_case(audit.cast.auditor, audited, {})


def test_a_change_needs_a_reason_and_a_different_answer(audit: Audit, audited) -> None:  # type: ignore[no-untyped-def]
    kq = question(audit.round, "2.1", "safety_of_others")
    with pytest.raises(ValidationError) as refused:
        services.moderate_case(audit.cast.service_manager, audited, {kq.pk: services.Moderated(False, "yes", "")})
    assert set(refused.value.message_dict) == {f"changed_{kq.pk}", f"why_{kq.pk}"}


def test_a_changed_answer_is_kept_beside_the_original_and_counts_in_the_results(audit: Audit, audited, client) -> None:  # type: ignore[no-untyped-def]
    kq = question(audit.round, "2.1", "safety_of_others")
    services.moderate_case(
        audit.cast.service_manager,
        audited,
        {kq.pk: services.Moderated(False, "no", "Who is at risk is not analysed")},
    )
    changed = audited.answers.get(key_question=kq)
    assert (changed.answer, changed.moderated_answer, changed.final, changed.disagreed) == ("yes", "no", "no", True)
    others = audited.answers.exclude(key_question=kq)
    assert all(a.moderated_answer == "" and a.final == "yes" for a in others)
    audited.refresh_from_db()
    assert audited.moderated_by == audit.cast.service_manager

    result = round_results(audit.round).standard("2.1").question("safety_of_others")
    assert (result.tally.yes, result.tally.no) == (0, 1)

    client.force_login(audit.cast.team_manager)
    page = client.get(f"/quality/rounds/{audit.round.pk}/moderation/").content.decode()
    assert "Who is at risk is not analysed" in page


def test_the_moderation_page_saves_agreement_and_change(audit: Audit, audited, client) -> None:  # type: ignore[no-untyped-def]
    kq = question(audit.round, "2.4", "desistance")
    data = {f"agree_{a.key_question_id}": "agree" for a in audited.answers.all()}
    data |= {f"agree_{kq.pk}": "change", f"changed_{kq.pk}": "not_applicable", f"why_{kq.pk}": "No review was due yet"}
    client.force_login(audit.south_manager)  # a manager of the case's own team (South) may not moderate it
    assert client.post(f"/quality/cases/{audited.pk}/moderate/", data).status_code == 403
    client.force_login(audit.cast.service_manager)
    response = client.post(f"/quality/cases/{audited.pk}/moderate/", data)
    assert response.status_code == 302
    assert audited.answers.get(key_question=kq).final == "not_applicable"
