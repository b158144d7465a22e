"""The child's "Parents and feedback" tab, its forms, the service's list of referrals, and the feedback page."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from tests.parenting.conftest import Family
from tests.parenting.factories import FeedbackFactory
from yjs.core.access_log import views_of_child
from yjs.parenting.models import FeedbackResponse

pytestmark = pytest.mark.django_db


def _get(client: Client, family: Family, role: str, url: str) -> str:
    client.force_login(family.cast.user(role))
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_tab_shows_referrals_with_attendance_and_feedback_about_the_child(client: Client, family: Family) -> None:
    family.referral.status = "accepted"
    family.referral.start_date = date(2025, 5, 1)
    family.referral.sessions_offered, family.referral.sessions_attended = 6, 5
    family.referral.save()
    FeedbackFactory(
        intervention=family.cast.intervention, respondent="carer", carer=family.carer, score=9, went_well="Kind staff"
    )
    page = _get(client, family, "case_manager", reverse("parenting:child", args=[family.cast.child.pk]))
    assert "Non-violent resistance" in page
    assert "5 of 6" in page
    assert "Accepted" in page
    assert "Kind staff" in page
    assert "Pat Testcase" in page
    assert 'aria-current="page" href="/parenting/children/' in page
    assert views_of_child(family.cast.child.pk).filter(what="parents and feedback").exists()


def test_an_empty_tab_says_so(client: Client, family: Family) -> None:
    family.referral.delete()
    page = _get(client, family, "auditor", reverse("parenting:child", args=[family.cast.child.pk]))
    assert "No parent or carer of this child has been referred for parenting support." in page
    assert "No feedback has been recorded about this child's interventions." in page
    assert "Record feedback" not in page  # an auditor reads only


def test_a_score_out_of_range_is_refused_on_the_form_keeping_what_was_typed(client: Client, family: Family) -> None:
    client.force_login(family.cast.case_manager)
    url = reverse("parenting:feedback_new", args=[family.cast.child.pk])
    data = {
        "intervention": family.cast.intervention.pk,
        "respondent": "child",
        "given_on": "2025-03-01",
        "score": "11",
        "went_well": "Football on Fridays",
    }
    page = client.post(url, data).content.decode()
    assert "There is a problem" in page
    assert "The score must be a whole number from 0 to 10." in page
    assert "Football on Fridays" in page
    assert not FeedbackResponse.objects.exists()
    page = client.post(url, data | {"score": "8"}).content.decode()
    assert "The date given must be the same as or after the intervention started (1 April 2025)." in page
    assert not FeedbackResponse.objects.exists()
    response = client.post(url, data | {"score": "8", "given_on": "2025-04-02"})
    assert response.status_code == 302
    assert FeedbackResponse.objects.get().went_well == "Football on Fridays"


def test_attendance_above_the_sessions_offered_is_refused(client: Client, family: Family) -> None:
    client.force_login(family.cast.case_manager)
    url = reverse("parenting:referral_progress", args=[family.referral.pk])
    data = {"status": "accepted", "start_date": "2025-05-01", "sessions_offered": "3", "sessions_attended": "4"}
    page = client.post(url, data | {"version": family.referral.version}).content.decode()
    assert "Sessions attended must be no more than sessions offered." in page
    family.referral.refresh_from_db()
    assert family.referral.sessions_attended == 0


def test_the_list_counts_referrals_by_status_and_filters_by_one(client: Client, family: Family) -> None:
    page = _get(client, family, "team_manager", reverse("parenting:referrals"))
    assert "Jordan Testcase" in page
    assert "1 referral" in page
    page = _get(client, family, "team_manager", reverse("parenting:referrals") + "?status=completed")
    assert "Jordan Testcase" not in page
    assert "There are no parenting referrals to show." in page
    # Another team's case manager sees none of North's children.
    page = _get(client, family, "other_team_case_manager", reverse("parenting:referrals"))
    assert "Jordan Testcase" not in page


def test_staff_read_the_comments_without_names_and_the_board_reads_none(client: Client, family: Family) -> None:
    for score in (9, 8, 7, 6, 10):
        FeedbackFactory(intervention=family.cast.intervention, score=score, went_well=f"Scored {score} for the help")
    url = reverse("parenting:feedback") + "?year_ending=2025Q1"
    staff = _get(client, family, "service_manager", url)
    assert "Scored 9 for the help" in staff
    assert "Jordan" not in staff
    assert "Testcase" not in staff
    board = _get(client, family, "board_member", url)
    assert "Scored 9 for the help" not in board
    assert "What they said" not in board
    assert "8.0" in board  # five answers: (9 + 8 + 7 + 6 + 10) / 5, shown to the board too
    south = _get(client, family, "other_team_case_manager", url)
    assert "Scored 9 for the help" not in south  # not a child they may see
    assert "8.0" in south  # the service's figures are aggregate


def test_the_board_sees_fewer_than_five_where_staff_see_the_count(client: Client, family: Family) -> None:
    FeedbackFactory(intervention=family.cast.intervention, score=9)
    url = reverse("parenting:feedback") + "?year_ending=2025Q1"
    staff = _get(client, family, "service_manager", url)
    board = _get(client, family, "board_member", url)
    assert "9.0" in staff
    assert "9.0" not in board
    assert "&lt;5" in board
    assert "means a count from 1 to 4" in board
