"""Recording a meeting and who came, on one form with a row for each member on the board that day."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.governance.conftest import Board
from yjs.governance.models import Attendance, BoardMeeting


def _everyone(board: Board, presence: str = "attended") -> dict[str, str]:
    return {f"presence_{member.pk}": presence for member in board.members.values()}


def _post(client: Client, board: Board, data: dict[str, str]):  # type: ignore[no-untyped-def]
    client.force_login(board.cast.service_manager)
    return client.post(reverse("governance:meeting_new"), data)


def test_a_meeting_is_saved_with_a_row_for_each_member_and_its_kpi_figure_shown(board: Board, client: Client) -> None:
    day = timezone.localdate() - timedelta(days=10)
    data = {"held_on": day.isoformat(), "kind": "ordinary", "notes": "Youth justice plan agreed"} | _everyone(board)
    police = board.members["police"]
    data |= {
        f"presence_{police.pk}": "deputy",
        f"deputy_name_{police.pk}": "Inspector Ash Stand",
        f"deputy_seniority_{police.pk}": "deputy",
    }

    response = _post(client, board, data)

    meeting = BoardMeeting.objects.get(service=board.cast.service, held_on=day)
    assert response["Location"] == reverse("governance:meeting", args=[meeting.pk])
    assert meeting.attendances.count() == 6
    deputy = Attendance.objects.get(meeting=meeting, member=police)
    assert (deputy.attended, deputy.deputy_name, deputy.deputy_seniority) == (False, "Inspector Ash Stand", "deputy")
    # Children's social care, education, probation and health came in person; police sent a deputy who is not senior.
    page = unescape(client.get(response["Location"]).content.decode())
    assert "KPI 8: 4 of 5 sectors had a senior partner there" in page
    assert "Inspector Ash Stand (deputy or delegate)" in page


def test_the_form_keeps_what_was_typed_and_names_the_member_with_no_answer(board: Board, client: Client) -> None:
    day = timezone.localdate() - timedelta(days=10)
    health, education = board.members["health"], board.members["education"]
    data = {"held_on": day.isoformat(), "kind": "extraordinary", "notes": "Serious incident review"} | _everyone(board)
    del data[f"presence_{health.pk}"]
    data |= {f"presence_{education.pk}": "deputy", f"deputy_name_{education.pk}": "Robin Stand-in"}

    response = _post(client, board, data)
    html = unescape(response.content.decode())

    assert response.status_code == 200
    assert "Select whether Harper Health came to the meeting" in html
    assert "Select the seniority of Eden School's deputy" in html
    assert "Serious incident review" in html
    assert 'value="Robin Stand-in"' in html
    assert re.search(r'<input[^>]*value="extraordinary"[^>]*checked', html)
    assert not BoardMeeting.objects.filter(held_on=day).exists()


def test_a_member_who_has_left_is_not_offered_for_a_meeting_after_they_left(board: Board, client: Client) -> None:
    client.force_login(board.cast.service_manager)

    html = client.get(reverse("governance:meeting_new")).content.decode()

    assert f"presence_{board.members['csc'].pk}" in html
    assert f"presence_{board.left.pk}" not in html


def test_a_meeting_from_before_a_member_left_asks_about_them_too(board: Board, client: Client) -> None:
    day = board.left.active_to - timedelta(days=30)  # type: ignore[operator]
    data = {"held_on": day.isoformat(), "kind": "ordinary", "notes": ""} | _everyone(board)

    response = _post(client, board, data)

    assert response.status_code == 200
    assert "Select whether Lee Former came to the meeting" in unescape(response.content.decode())
    response = _post(client, board, data | {f"presence_{board.left.pk}": "absent"})
    assert response.status_code == 302
    assert Attendance.objects.filter(meeting__held_on=day, member=board.left, attended=False).exists()


def test_a_planned_meeting_is_saved_without_attendance_and_refuses_answers(board: Board, client: Client) -> None:
    day = timezone.localdate() + timedelta(days=60)
    response = _post(client, board, {"held_on": day.isoformat(), "kind": "ordinary", "notes": ""})
    assert response.status_code == 302
    assert BoardMeeting.objects.get(held_on=day).attendances.count() == 0

    later = day + timedelta(days=7)
    response = _post(client, board, {"held_on": later.isoformat(), "kind": "ordinary"} | _everyone(board))
    assert response.status_code == 200
    assert "Attendance can be recorded once the meeting has taken place" in response.content.decode()
    assert not BoardMeeting.objects.filter(held_on=later).exists()


def test_changing_a_meeting_changes_who_came(board: Board, client: Client) -> None:
    client.force_login(board.cast.administrator)
    url = reverse("governance:meeting_edit", args=[board.past.pk])
    form = client.get(url).context["form"]
    assert form[f"presence_{board.members['education'].pk}"].value() == "deputy"
    assert form[f"deputy_name_{board.members['education'].pk}"].value() == "Dana Deputy"

    data = {"held_on": board.past.held_on.isoformat(), "kind": "ordinary", "notes": ""} | _everyone(board)
    data[f"presence_{board.left.pk}"] = "absent"
    assert client.post(url, data).status_code == 302

    education = Attendance.objects.get(meeting=board.past, member=board.members["education"])
    assert (education.attended, education.deputy_name) == (True, "")
    assert Attendance.history.filter(id=education.pk).count() == 2
