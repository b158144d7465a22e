"""Opening a case to audit is a view of the child's record, logged as any other."""

from __future__ import annotations

from tests.quality.conftest import Audit
from yjs.core.models import AccessLog


def test_opening_a_case_to_audit_writes_the_access_log(audit: Audit, client) -> None:  # type: ignore[no-untyped-def]
    audit_case = audit.case_of(audit.north_court)
    client.force_login(audit.cast.auditor)
    response = client.get(f"/quality/cases/{audit_case.pk}/")
    assert response.status_code == 200
    row = AccessLog.objects.get(child_id=audit.north_court.child_id)
    assert row.user == audit.cast.auditor
    assert "Case audit: Spring audit, case 1" == row.what


def test_the_audit_page_shows_the_prompts_and_the_cases_records(audit: Audit, client) -> None:  # type: ignore[no-untyped-def]
    client.force_login(audit.cast.auditor)
    page = client.get(f"/quality/cases/{audit.case_of(audit.north_court).pk}/").content.decode()
    assert "Does assessment sufficiently analyse how to keep other people safe?" in page
    assert "Risk to younger brother when angry." in page
    assert "Call the duty manager if he goes missing." in page
    assert "Attending football sessions." in page
    assert "Met at the office." in page


def test_court_cases_are_asked_2_1_to_2_4_and_out_of_court_cases_3_1_to_3_3(audit: Audit, client) -> None:  # type: ignore[no-untyped-def]
    client.force_login(audit.cast.auditor)
    court = client.get(f"/quality/cases/{audit.case_of(audit.north_court).pk}/").content.decode()
    out_of_court = client.get(f"/quality/cases/{audit.case_of(audit.north_out_of_court).pk}/").content.decode()
    assert "2.4 Reviewing" in court
    assert "3.1 Assessment" not in court
    assert "3.3 Implementation and delivery" in out_of_court
    assert "2.4 Reviewing" not in out_of_court
    assert "3.4" not in out_of_court


def test_in_the_2018_framework_out_of_court_cases_are_also_asked_3_4_joint_working(audit: Audit) -> None:
    from tests.quality.factories import audit_round
    from yjs.quality.audit_selectors import questions_for

    earlier = audit_round(audit.cast.service, [audit.north_out_of_court], version="2018", title="2018 audit")
    codes = [group.standard.code for group in questions_for(earlier.cases.get())]
    assert codes == ["3.1", "3.2", "3.3", "3.4"]
