from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.children.case_history import (
    card,
    cards,
    case_with_every_record,
    change_every_record,
    history_page,
)
from tests.conftest import Cast
from yjs.core.archiving import archive

TODAY = "{d.day} {d:%B %Y}"

# (card title, who changed it, field, before, after), with "{today}" for the day the test runs.
EXPECTED = [
    (
        "Changed: Offence of 1 March 2025: Theft of a bicycle",
        "service_manager",
        "Description",
        "Theft from a shop",
        "Theft of a bicycle",
    ),
    ("Changed: Referral order given on 1 April 2025", "service_manager", "Court", "—", "Poole Youth Court"),
    ("Changed: Referral order starting 1 April 2025", "team_manager", "Intervention level", "Standard", "Enhanced"),
    (
        "Created: Allocation from {today}: Referral order starting 1 April 2025",
        "team_manager",
        "Case manager",
        "",
        "{team_manager}",
    ),
    (
        "Changed: Assessment of {today}: Referral order starting 1 April 2025",
        "team_manager",
        "Status",
        "Submitted for countersigning",
        "Countersigned",
    ),
    (
        "Changed: Plan of {today}: Referral order starting 1 April 2025",
        "case_manager",
        "Objectives for desistance",
        "College three days a week",
        "College four days a week",
    ),
    (
        "Changed: Review of 1 July 2025: Referral order starting 1 April 2025",
        "case_manager",
        "Progress against the plan",
        "Attending sessions.",
        "Attending every session",
    ),
    (
        "Changed: Significant change of 9 June 2025: Referral order starting 1 April 2025",
        "case_manager",
        "What changed",
        "Moved to his aunt's",
        "Moved back home",
    ),
    (
        "Changed: Contact on 3 April 2025: Referral order starting 1 April 2025",
        "case_manager",
        "Note",
        "—",
        "Unwell; rearranged for Friday",
    ),
    ("Changed: Police notification BX/0000123/25", "police_officer", "Gravity score", "2", "3"),
    (
        "Changed: Police notification BX/0000123/25: Screening by Health",
        "partner_screener",
        "What your agency knows",
        "—",
        "Known to the school nurse",
    ),
    (
        "Changed: Police notification BX/0000123/25: Police proposal",
        "police_officer",
        "Reasons for the proposal",
        "First offence, admitted, low value; partners know the family through early help.",
        "Second thoughts after screening",
    ),
    (
        "Changed: Police notification BX/0000123/25: YJS brief assessment",
        "case_manager",
        "Assessment summary",
        "—",
        "Needs met by voluntary support",
    ),
    (
        "Changed: Police notification BX/0000123/25: Escalation",
        "team_manager",
        "How it was resolved",
        "—",
        "Agreed a youth caution",
    ),
]


def _filled(text: str, cast: Cast) -> str:
    return text.format(today=TODAY.format(d=timezone.localdate()), team_manager=cast.team_manager)


def test_a_change_to_each_kind_of_case_record_shows_who_made_it_and_the_old_and_new_values(
    cast: Cast, client: Client
) -> None:
    change_every_record(cast, case_with_every_record(cast))
    client.force_login(cast.service_manager)
    page = history_page(client, cast)
    for title, who, field, old, new in EXPECTED:
        shown = card(page, _filled(title, cast), f">{field}</th>")
        assert f"By {cast.user(who)} on" in shown, title
        assert f'<th scope="row" class="govuk-table__header">{field}</th>' in shown, title
        assert f'<td class="govuk-table__cell">{_filled(old, cast) or "—"}</td>' in shown, title
        assert f'<td class="govuk-table__cell">{_filled(new, cast)}</td>' in shown, title


def test_each_change_is_headed_with_the_part_of_the_case_it_belongs_to(cast: Cast, client: Client) -> None:
    change_every_record(cast, case_with_every_record(cast))
    client.force_login(cast.service_manager)
    page = history_page(client, cast)
    heading = '<span class="govuk-caption-m">{}</span>'
    assert heading.format("Offences and outcomes") in card(page, "Changed: Offence of 1 March 2025: Theft of a bicycle")
    assert heading.format("Casework") in card(page, "Changed: Referral order starting 1 April 2025", "Intervention level")
    assert heading.format("Out of court") in card(page, "Changed: Police notification BX/0000123/25: Escalation")


def test_a_countersignature_shows_the_manager_who_gave_it_and_their_note(cast: Cast, client: Client) -> None:
    records = case_with_every_record(cast)
    change_every_record(cast, records)
    client.force_login(cast.team_manager)
    shown = card(history_page(client, cast), _filled(EXPECTED[4][0], cast))
    assert f'<td class="govuk-table__cell">{cast.team_manager}</td>' in shown
    assert "Analysis agreed" in shown


def test_a_removed_record_stays_in_the_history_with_who_removed_it_and_why(cast: Cast, client: Client) -> None:
    records = case_with_every_record(cast)
    archive(records.review, cast.team_manager, "Recorded on the wrong child")
    client.force_login(cast.team_manager)
    shown = card(history_page(client, cast), "Removed: Review of 1 July 2025: Referral order starting 1 April 2025")
    assert f"By {cast.team_manager} on" in shown
    assert "Recorded on the wrong child" in shown


def _seen_by(client: Client, cast: Cast, user_name: str) -> str:
    client.force_login(cast.user(user_name))
    return "\n".join(cards(history_page(client, cast)))


def test_the_police_see_out_of_court_work_and_the_offences_but_not_court_supervision(cast: Cast, client: Client) -> None:
    change_every_record(cast, case_with_every_record(cast))
    page = _seen_by(client, cast, "police_officer")
    assert "Contact on 8 May 2025: Youth conditional caution starting 6 May 2025" in page
    assert "Talked about the caution's conditions" in page
    assert "Police notification BX/0000123/25: Escalation" in page
    assert "Offence of 1 March 2025" in page
    for court_work in ("Referral order starting", "Unwell; rearranged for Friday", "College four days a week"):
        assert court_work not in page


def test_a_health_worker_sees_the_casework_but_not_the_out_of_court_pipeline(cast: Cast, client: Client) -> None:
    change_every_record(cast, case_with_every_record(cast))
    page = _seen_by(client, cast, "health_worker")
    assert "Review of 1 July 2025: Referral order starting 1 April 2025" in page
    assert "Offence of 1 March 2025" in page
    assert "Police notification" not in page
    assert "Known to the school nurse" not in page


@pytest.mark.parametrize("user_name", ["auditor", "case_manager", "team_manager"])
def test_the_case_s_readers_see_every_part_of_it(cast: Cast, client: Client, user_name: str) -> None:
    change_every_record(cast, case_with_every_record(cast))
    page = _seen_by(client, cast, user_name)
    for title, *_rest in EXPECTED:
        assert _filled(title, cast) in page


@pytest.mark.parametrize("user_name", ["partner_screener", "board_member", "administrator"])
def test_roles_that_never_open_a_child_s_record_cannot_open_its_history(cast: Cast, client: Client, user_name: str) -> None:
    change_every_record(cast, case_with_every_record(cast))
    client.force_login(cast.user(user_name))
    assert client.get(reverse("children:history", args=[cast.child.pk])).status_code == 403


def test_the_newest_change_to_the_case_comes_first(cast: Cast, client: Client) -> None:
    records = case_with_every_record(cast)
    records.offence.description = "Older change"
    records.offence.save()
    records.review.progress = "Newer change"
    records.review.save()
    client.force_login(cast.case_manager)
    page = history_page(client, cast)
    assert page.index("Newer change") < page.index("Older change")
