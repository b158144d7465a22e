"""Every page, every role: the exact answer each role gets, as one table.

A row is (what the page is for, its URL name, how to build its URL, the method, the status each role gets,
and for a form what a browser would post). POSTs send a complete, valid form, so a role that may use it
gets the redirect that follows a save (302) and something is saved; a refused role gets 403, one out of
scope 404, and nothing is saved. A page that answers only POST (or only GET) answers 405 to the other.

A page added to one of the URL configurations below without a row here fails
test_every_page_has_a_row_in_the_matrix: each new page needs an access decision written down.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, resolve, reverse

from tests.access_matrix import Row, saved, statuses, table_sizes
from tests.casework.case_records import CaseRecords, case_records_for
from tests.children.forms_data import carer_form_data, child_form_data
from tests.conftest import ROLE_NAMES, Cast
from tests.factories import CarerFactory
from yjs.casework import urls as casework_urls
from yjs.children import urls as children_urls
from yjs.children.models import Carer, Child
from yjs.core import urls as core_urls
from yjs.core.models import LocalAuthority, User
from yjs.justice import urls as justice_urls

URLCONFS: list[ModuleType] = [core_urls, children_urls, justice_urls, casework_urls]
# The apps whose tables a form may write to: a refused POST must leave every one of them as it was.
CASE_APPS = ("children", "justice", "casework")

Url = Callable[[CaseRecords], str]
Data = Callable[[CaseRecords, User], dict[str, Any]]

# Who may do what with the cast's child, who is on a North team case (see tests/conftest.py).
READ_RECORD = statuses(
    200,
    other_team_case_manager=404,
    police_officer=404,  # police see children with an out-of-court outcome; this child's was in court
    partner_screener=403,
    board_member=403,
    administrator=403,
    other_service_manager=404,
)
CHANGE_RECORD = statuses(
    200,
    other_team_case_manager=404,
    police_officer=403,
    health_worker=403,
    partner_screener=403,
    board_member=403,
    auditor=403,
    administrator=403,
    other_service_manager=404,
)
# The same for a child whose case followed an out-of-court outcome: the police read it, and change nothing.
READ_OUT_OF_COURT = READ_RECORD | {"police_officer": 200}
MANAGERS_ONLY = statuses(403, team_manager=200, service_manager=200, other_service_manager=404)
SEARCH = statuses(200, partner_screener=403, board_member=403, administrator=403)
CASEWORKERS = statuses(
    403,
    case_manager=200,
    other_team_case_manager=200,
    team_manager=200,
    service_manager=200,
    other_service_manager=200,
)
MANAGERS = statuses(403, team_manager=200, service_manager=200, other_service_manager=200)
# Allocating is a manager's decision: the case manager holding the case may not reallocate it.
ALLOCATE = statuses(403, team_manager=200, service_manager=200, other_team_case_manager=404, other_service_manager=404)
# Management oversight: a manager of the case's team or of the service, who did not submit the record.
# Readers in scope who are not such a manager are refused (403); those who cannot see the case get 404.
COUNTERSIGN = statuses(
    403,
    team_manager=302,
    service_manager=302,
    other_team_case_manager=404,
    police_officer=404,
    other_service_manager=404,
)
# Caseworkers start on their caseload, police on the out-of-court list, screeners on their requests and
# record readers on the search, the board on the partnership board; administrators have a holding page.
HOME = statuses(302, administrator=200)


def everyone(status: int) -> dict[str, int]:
    return statuses(status)


def child_url(name: str) -> Url:
    return lambda records: reverse(name, args=[records.cast.child.pk])


def case_url(name: str) -> Url:
    return lambda records: reverse(name, args=[records.cast.intervention.pk])


def out_of_court_child_url(name: str) -> Url:
    return lambda records: reverse(name, args=[records.out_of_court_case.child_id])


def out_of_court_case_url(name: str) -> Url:
    return lambda records: reverse(name, args=[records.out_of_court_case.pk])


PARENT = "Pat Testcase"


def carer_of(records: CaseRecords) -> Carer:
    """The parent the records fixture gives the cast's child."""
    return records.cast.child.carers.get(name=PARENT)


def carer_url(name: str) -> Url:
    return lambda records: reverse(name, args=[records.cast.child.pk, carer_of(records).pk])


def record_url(name: str, record: str) -> Url:
    return lambda records: reverse(name, args=[getattr(records, record).pk])


def version_of(record: Any) -> int:
    """The version as saved now: what a browser that had just opened the page would send back."""
    return type(record).objects.get(pk=record.pk).version


# What a browser posts for each form, complete and valid.


def new_child(records: CaseRecords, user: User) -> dict[str, Any]:
    own_authority = LocalAuthority.objects.filter(service_id=user.service_id).first()
    return {
        "first_name": "Riley",
        "last_name": "Newcase",
        "date_of_birth": "2010-02-14",
        "sex": "F",
        "ethnicity": "NOT_STATED",
        "local_authority": (own_authority or records.cast.child.local_authority).pk,
        "care_status": "none",
        "send_status": "not_known",
    }


def edited(child_pk: Callable[[CaseRecords], int]) -> Data:
    def data(records: CaseRecords, user: User) -> dict[str, Any]:
        return child_form_data(Child.objects.get(pk=child_pk(records)), address="12 Harbour Road, Poole")

    return data


edited_child = edited(lambda records: records.cast.child.pk)
edited_out_of_court_child = edited(lambda records: records.out_of_court_case.child_id)


def new_carer(records: CaseRecords, user: User) -> dict[str, Any]:
    return {"name": "Sam Carer", "relationship": "Grandmother", "parental_responsibility": "on"}


def edited_carer(records: CaseRecords, user: User) -> dict[str, Any]:
    return carer_form_data(Carer.objects.get(pk=carer_of(records).pk), phone="01202 000000")


def carer_removal(records: CaseRecords, user: User) -> dict[str, Any]:
    return {"reason": "Recorded in error"}


def new_offence(records: CaseRecords, user: User) -> dict[str, Any]:
    return {
        "offence_date": "2025-06-01",
        "description": "Criminal damage to a bus shelter",
        "category": "CRIMINAL_DAMAGE",
        "seriousness": "3",
        "gravity": "",
        "police_reference": "DP-2025-0001",
    }


def new_outcome(records: CaseRecords, user: User) -> dict[str, Any]:
    return {
        "outcome_type": "YRO",
        "offences": [records.offence_without_outcome.pk],
        "outcome_date": "2025-06-10",
        "court": "Poole Youth Court",
        "start_date": "2025-06-10",
        "end_date": "2026-06-09",
        "length_months": "12",
        "release_date": "",
    }


def new_intervention(records: CaseRecords, user: User) -> dict[str, Any]:
    return {"team": records.cast.intervention.team_id, "start_date": "2025-06-02", "level": "standard"}


def allocation(records: CaseRecords, user: User) -> dict[str, Any]:
    return {"case_manager": records.cast.team_manager.pk, "version": version_of(records.cast.intervention)}


def closing(records: CaseRecords, user: User) -> dict[str, Any]:
    return {
        "end_date": "2025-10-01",
        "ending": "completed",
        "reason": "Order completed",
        "version": version_of(records.cast.intervention),
    }


def new_assessment(records: CaseRecords, user: User) -> dict[str, Any]:
    return {"action": "draft", "motivation": "Wants an apprenticeship"}


def edited_assessment(records: CaseRecords, user: User) -> dict[str, Any]:
    return new_assessment(records, user) | {"version": version_of(records.draft_assessment)}


def new_plan(records: CaseRecords, user: User) -> dict[str, Any]:
    return {"action": "draft", "desistance_objectives": "College three days a week"}


def edited_plan(records: CaseRecords, user: User) -> dict[str, Any]:
    return new_plan(records, user) | {"version": version_of(records.draft_plan)}


def countersigning(record: str) -> Data:
    def data(records: CaseRecords, user: User) -> dict[str, Any]:
        return {
            "decision": "countersign",
            "note": "Meets the needs of the case",
            "version": version_of(getattr(records, record)),
        }

    return data


def review(records: CaseRecords, user: User) -> dict[str, Any]:
    return {"review_date": "2025-07-01", "reason": "scheduled", "progress": "Attending well"}


def significant_change(records: CaseRecords, user: User) -> dict[str, Any]:
    return {"occurred_on": "2025-05-02", "description": "Moved into foster care"}


def new_contact(records: CaseRecords, user: User) -> dict[str, Any]:
    return {"day": "2025-04-07", "time": "15:30", "contact_type": "home_visit"}


def contact_outcome(records: CaseRecords, user: User) -> dict[str, Any]:
    return {"status": "attended", "note": "Talked about college", "version": version_of(records.contact)}


def form_rows(name: str, url_name: str, url: Url, expected: dict[str, int], data: Data) -> list[Row]:
    """A form page: GET opens it, POST saves it, with the same decision about who may."""
    return [Row(name, url_name, url, "get", expected), Row(name, url_name, url, "post", saved(expected), data)]


def post_only(name: str, url_name: str, url: Url, expected: dict[str, int], data: Data) -> list[Row]:
    return [Row(name, url_name, url, "get", everyone(405)), Row(name, url_name, url, "post", expected, data)]


def page(name: str, url_name: str, url: Url, expected: dict[str, int]) -> Row:
    return Row(name, url_name, url, "get", expected)


def named(url_name: str) -> Url:
    return lambda records: reverse(url_name)


ROWS = [
    # Core
    page("home", "home", named("home"), HOME),
    page("sign in when signed in already", "login", named("login"), everyone(302)),
    page("health check", "health", named("health"), everyone(200)),
    page(
        "practice areas",
        "practice_areas",
        named("practice_areas"),
        statuses(
            403,
            case_manager=200,
            other_team_case_manager=200,
            team_manager=200,
            service_manager=200,
            other_service_manager=200,
        ),
    ),
    page("sign out by a link", "logout", named("logout"), everyone(405)),
    Row("sign out", "logout", named("logout"), "post", everyone(302)),
    # Children
    page("find a child", "children:search", lambda records: reverse("children:search") + "?q=Testcase", SEARCH),
    *form_rows("record a new child", "children:new", named("children:new"), CASEWORKERS, new_child),
    page("child record", "children:record", child_url("children:record"), READ_RECORD),
    page("timeline", "children:timeline", child_url("children:timeline"), READ_RECORD),
    page("history", "children:history", child_url("children:history"), READ_RECORD),
    page("viewed by", "children:access_log", child_url("children:access_log"), MANAGERS_ONLY),
    *form_rows("edit a child", "children:edit", child_url("children:edit"), CHANGE_RECORD, edited_child),
    *form_rows("add a carer", "children:carer_new", child_url("children:carer_new"), CHANGE_RECORD, new_carer),
    *form_rows("change a carer", "children:carer_edit", carer_url("children:carer_edit"), CHANGE_RECORD, edited_carer),
    *form_rows(
        "remove a carer", "children:carer_archive", carer_url("children:carer_archive"), CHANGE_RECORD, carer_removal
    ),
    # Justice
    *form_rows("record an offence", "justice:offence_new", child_url("justice:offence_new"), CHANGE_RECORD, new_offence),
    *form_rows("record an outcome", "justice:outcome_new", child_url("justice:outcome_new"), CHANGE_RECORD, new_outcome),
    # Casework
    page("my caseload", "casework:caseload", named("casework:caseload"), CASEWORKERS),
    page("team cases", "casework:team_cases", named("casework:team_cases"), MANAGERS),
    *form_rows(
        "start an intervention",
        "casework:intervention_new",
        lambda records: reverse("casework:intervention_new", args=[records.outcome_without_intervention.pk]),
        CHANGE_RECORD,
        new_intervention,
    ),
    page("intervention", "casework:intervention", case_url("casework:intervention"), READ_RECORD),
    *form_rows("allocate", "casework:allocate", case_url("casework:allocate"), ALLOCATE, allocation),
    *form_rows(
        "close an intervention",
        "casework:intervention_close",
        case_url("casework:intervention_close"),
        CHANGE_RECORD,
        closing,
    ),
    *form_rows(
        "start an assessment", "casework:assessment_new", case_url("casework:assessment_new"), CHANGE_RECORD, new_assessment
    ),
    page(
        "read a submitted assessment",
        "casework:assessment",
        record_url("casework:assessment", "submitted_assessment"),
        READ_RECORD,
    ),
    page(
        "open a draft assessment", "casework:assessment", record_url("casework:assessment", "draft_assessment"), READ_RECORD
    ),
    Row(
        "edit a draft assessment",
        "casework:assessment",
        record_url("casework:assessment", "draft_assessment"),
        "post",
        saved(CHANGE_RECORD),
        edited_assessment,
    ),
    *post_only(
        "countersign an assessment",
        "casework:assessment_countersign",
        record_url("casework:assessment_countersign", "submitted_assessment"),
        COUNTERSIGN,
        countersigning("submitted_assessment"),
    ),
    *form_rows("start a plan", "casework:plan_new", case_url("casework:plan_new"), CHANGE_RECORD, new_plan),
    page("read a submitted plan", "casework:plan", record_url("casework:plan", "submitted_plan"), READ_RECORD),
    page("open a draft plan", "casework:plan", record_url("casework:plan", "draft_plan"), READ_RECORD),
    Row(
        "edit a draft plan",
        "casework:plan",
        record_url("casework:plan", "draft_plan"),
        "post",
        saved(CHANGE_RECORD),
        edited_plan,
    ),
    *post_only(
        "countersign a plan",
        "casework:plan_countersign",
        record_url("casework:plan_countersign", "submitted_plan"),
        COUNTERSIGN,
        countersigning("submitted_plan"),
    ),
    *form_rows("record a review", "casework:review_new", case_url("casework:review_new"), CHANGE_RECORD, review),
    *form_rows(
        "record a significant change",
        "casework:significant_change_new",
        case_url("casework:significant_change_new"),
        CHANGE_RECORD,
        significant_change,
    ),
    *form_rows("plan a contact", "casework:contact_new", case_url("casework:contact_new"), CHANGE_RECORD, new_contact),
    *form_rows(
        "record what happened at a contact",
        "casework:contact_update",
        record_url("casework:contact_update", "contact"),
        CHANGE_RECORD,
        contact_outcome,
    ),
    # The out-of-court case: the police's scope. Reading is theirs; every form stays a caseworker's.
    page("child record (out of court)", "children:record", out_of_court_child_url("children:record"), READ_OUT_OF_COURT),
    page("timeline (out of court)", "children:timeline", out_of_court_child_url("children:timeline"), READ_OUT_OF_COURT),
    page("history (out of court)", "children:history", out_of_court_child_url("children:history"), READ_OUT_OF_COURT),
    page("viewed by (out of court)", "children:access_log", out_of_court_child_url("children:access_log"), MANAGERS_ONLY),
    page(
        "intervention (out of court)",
        "casework:intervention",
        out_of_court_case_url("casework:intervention"),
        READ_OUT_OF_COURT,
    ),
    *form_rows(
        "edit a child (out of court)",
        "children:edit",
        out_of_court_child_url("children:edit"),
        CHANGE_RECORD,
        edited_out_of_court_child,
    ),
    *form_rows(
        "record an offence (out of court)",
        "justice:offence_new",
        out_of_court_child_url("justice:offence_new"),
        CHANGE_RECORD,
        new_offence,
    ),
    *form_rows(
        "plan a contact (out of court)",
        "casework:contact_new",
        out_of_court_case_url("casework:contact_new"),
        CHANGE_RECORD,
        new_contact,
    ),
    *form_rows(
        "start an assessment (out of court)",
        "casework:assessment_new",
        out_of_court_case_url("casework:assessment_new"),
        CHANGE_RECORD,
        new_assessment,
    ),
]

CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.fixture
def records(cast: Cast) -> CaseRecords:
    CarerFactory(child=cast.child, name=PARENT)  # what the pages changing or removing a carer need
    return case_records_for(cast)


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_page(
    records: CaseRecords, client: Client, row: Row, role: str
) -> None:
    user = records.cast.user(role)
    client.force_login(user)
    url = row.url(records)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    data = row.data(records, user) if row.data else {}
    before = table_sizes(CASE_APPS)
    response = client.post(url, data)
    assert response.status_code == row.expected[role]
    if row.data is None:
        return
    if response.status_code == 302:
        assert table_sizes(CASE_APPS) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(CASE_APPS) == before, "a refused POST must save nothing"


def url_names(urlconf: ModuleType) -> set[str]:
    prefix = f"{urlconf.app_name}:" if hasattr(urlconf, "app_name") else ""
    return {f"{prefix}{pattern.name}" for pattern in urlconf.urlpatterns if isinstance(pattern, URLPattern) and pattern.name}


def test_every_page_has_a_row_in_the_matrix() -> None:
    pages = set().union(*(url_names(urlconf) for urlconf in URLCONFS))
    undecided = pages - {row.url_name for row in ROWS}
    assert not undecided, f"add rows to ROWS saying what each role gets from {sorted(undecided)}"


def test_every_row_builds_the_url_of_the_page_it_names(records: CaseRecords) -> None:
    for row in ROWS:
        assert resolve(row.url(records).split("?")[0]).view_name == row.url_name, row.name


# Forms that save nothing when empty. A draft assessment or plan may be saved incomplete, and an oversight
# note is optional, so those pages are left out.
DRAFTS_AND_OVERSIGHT = {
    "casework:assessment_new",
    "casework:assessment",
    "casework:assessment_countersign",
    "casework:plan_new",
    "casework:plan",
    "casework:plan_countersign",
}
EMPTY_FORMS = [
    pytest.param(row, id=row.name)
    for row in ROWS
    if row.method == "post" and row.data is not None and row.url_name not in DRAFTS_AND_OVERSIGHT
]


@pytest.mark.parametrize("row", EMPTY_FORMS)
def test_an_empty_form_comes_back_with_its_errors_and_saves_nothing(records: CaseRecords, client: Client, row: Row) -> None:
    client.force_login(records.cast.service_manager)
    before = table_sizes(CASE_APPS)
    # A browser's empty form still carries the CSRF token; the test client does not check it.
    response = client.post(row.url(records), {"csrfmiddlewaretoken": "unchecked"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert table_sizes(CASE_APPS) == before
