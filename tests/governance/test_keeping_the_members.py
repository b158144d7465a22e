"""Adding, changing and retiring members, and the board page that lists them and the meetings."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.governance.conftest import Board
from yjs.governance.models import BoardMember


def test_the_add_form_keeps_what_was_typed_when_it_is_refused(board: Board, client: Client) -> None:
    client.force_login(board.cast.service_manager)

    response = client.post(
        reverse("governance:member_new"),
        {"name": "Quinn Newmember", "organisation": "Budmouth Youth Trust", "seniority": "adviser", "active_from": ""},
    )
    html = unescape(response.content.decode())

    assert response.status_code == 200
    assert "Select sector" in html
    assert "Enter member from" in html
    assert 'value="Quinn Newmember"' in html
    assert 'value="Budmouth Youth Trust"' in html
    assert re.search(r'<input[^>]*value="adviser"[^>]*checked', html)
    assert not BoardMember.objects.filter(name="Quinn Newmember").exists()


def test_a_member_is_added_with_their_account(board: Board, client: Client) -> None:
    client.force_login(board.cast.administrator)

    client.post(
        reverse("governance:member_new"),
        {
            "name": "Quinn Newmember",
            "organisation": "Budmouth Youth Trust",
            "sector": "voluntary_sector",
            "seniority": "senior_partner",
            "senior_partner": "on",
            "active_from": "2025-04-01",
            "user": board.cast.board_member.pk,
        },
    )

    member = BoardMember.objects.get(name="Quinn Newmember")
    assert (member.service, member.user, member.senior_partner) == (board.cast.service, board.cast.board_member, True)
    assert member.history.get().history_user == board.cast.administrator


def test_retiring_asks_first_and_changes_nothing_until_confirmed(board: Board, client: Client) -> None:
    client.force_login(board.cast.service_manager)
    police = board.members["police"]
    url = reverse("governance:member_retire", args=[police.pk])

    html = unescape(client.get(url).content.decode())

    assert "Retire Pat Constable from the board" in html
    assert "Their attendance at past meetings is kept." in html
    assert BoardMember.objects.get(pk=police.pk).active_to is None

    last_day = timezone.localdate() - timedelta(days=1)
    assert client.post(url, {"last_day": last_day.isoformat()}).status_code == 302
    assert BoardMember.objects.get(pk=police.pk).active_to == last_day
    board_page = unescape(client.get(reverse("governance:board")).content.decode())
    assert f"Left {last_day:%-d %b %Y}" in board_page


def test_a_member_cannot_be_retired_before_a_meeting_they_came_to(board: Board, client: Client) -> None:
    client.force_login(board.cast.service_manager)
    police = board.members["police"]
    before = board.past.held_on - timedelta(days=1)

    response = client.post(reverse("governance:member_retire", args=[police.pk]), {"last_day": before.isoformat()})

    assert response.status_code == 200
    assert f"Pat Constable has a place recorded at the meeting on {board.past.held_on:%-d %B %Y}" in unescape(
        response.content.decode()
    )
    assert BoardMember.objects.get(pk=police.pk).active_to is None


def test_the_board_page_lists_members_and_meetings_with_their_kpi_figure(board: Board, client: Client) -> None:
    client.force_login(board.cast.board_member)

    html = " ".join(unescape(client.get(reverse("governance:board")).content.decode()).split())

    assert "Morgan Chair" in html
    assert "Local authority chief executive's office" in html
    assert "Children's social care" in html
    assert "Senior partner (decision-maker)" in html
    assert "Lee Former" in html
    assert f"Left {board.left.active_to:%-d %b %Y}" in html
    assert f"{board.planned.held_on:%-d %B %Y}" in html
    # The past meeting: every sector in person except education's deputy, who is not senior: 4 of 5.
    assert "4 of 5" in html
    # A board member reads the board and changes nothing.
    assert reverse("governance:member_new") not in html
    assert "Retire" not in html


def test_the_attendance_page_shows_each_meetings_figure_and_the_quarters(board: Board, client: Client) -> None:
    client.force_login(board.cast.auditor)

    response = client.get(reverse("governance:attendance"))
    html = " ".join(unescape(response.content.decode()).split())

    past_quarter = next(q for q in response.context["quarters"] if q.meetings)
    assert f"{past_quarter.quarter.financial_year_label()}: 4.0 of 5 on average" in html
    assert "The board did not meet in this quarter." in html
