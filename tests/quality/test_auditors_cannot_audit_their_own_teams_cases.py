"""Auditors are independent of the case: nobody audits their own team's case, and case managers never audit."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from tests.quality.conftest import Audit
from yjs.quality import services


def test_the_lead_cannot_assign_a_team_manager_to_their_own_teams_case(audit: Audit) -> None:
    north_case = audit.case_of(audit.north_court)
    with pytest.raises(ValidationError) as refused:
        services.assign_auditor(audit.cast.service_manager, north_case, audit.cast.team_manager)
    assert "in the team that holds case 1" in str(refused.value)
    north_case.refresh_from_db()
    assert north_case.auditor == audit.cast.auditor


def test_a_manager_from_another_team_may_audit_the_case(audit: Audit) -> None:
    north_case = audit.case_of(audit.north_court)
    services.assign_auditor(audit.cast.service_manager, north_case, audit.south_manager)
    north_case.refresh_from_db()
    assert north_case.auditor == audit.south_manager


def test_a_case_manager_never_audits(audit: Audit) -> None:
    south_case = audit.case_of(audit.south_court)
    with pytest.raises(ValidationError, match="does not audit cases"):
        services.assign_auditor(audit.cast.service_manager, south_case, audit.cast.case_manager)


def test_sharing_evenly_gives_no_manager_their_own_teams_case(audit: Audit) -> None:
    audit.round.cases.update(auditor=None)
    managers = [audit.cast.team_manager, audit.south_manager]
    assigned = services.assign_evenly(audit.cast.service_manager, audit.round, managers)
    assert assigned == 4
    for audit_case in audit.round.cases.select_related("intervention"):
        assert audit_case.auditor.team_id != audit_case.intervention.team_id
    counts = sorted(audit.round.cases.filter(auditor=m).count() for m in managers)
    assert counts == [2, 2]


def test_the_assignment_page_shows_the_refusal_beside_the_case(audit: Audit, client) -> None:  # type: ignore[no-untyped-def]
    client.force_login(audit.cast.service_manager)
    north_case = audit.case_of(audit.north_court)
    response = client.post(
        f"/quality/rounds/{audit.round.pk}/auditors/", {f"auditor_{north_case.pk}": audit.cast.team_manager.pk}
    )
    assert response.status_code == 200
    assert "in the team that holds case 1" in response.content.decode()
    north_case.refresh_from_db()
    assert north_case.auditor == audit.cast.auditor


def test_an_assigned_team_manager_from_the_cases_own_team_cannot_open_it(audit: Audit, client) -> None:  # type: ignore[no-untyped-def]
    # Even if the team manager was assigned before they joined the case's team, the audit page refuses them.
    north_case = audit.case_of(audit.north_court)
    north_case.auditor = audit.cast.team_manager
    north_case.save()
    client.force_login(audit.cast.team_manager)
    assert client.post(f"/quality/cases/{north_case.pk}/", {"oversight_met": "yes"}).status_code == 403
