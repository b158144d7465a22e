"""The board's records keep their own rules, whichever page or script writes them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from tests.factories import UserFactory
from tests.governance.factories import AttendanceFactory, BoardMeetingFactory, BoardMemberFactory
from yjs.core.roles import Role
from yjs.governance.models import Attendance, BoardMeeting, BoardMember


def _errors(record) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        record.full_clean()
    return caught.value.message_dict


def test_no_attendance_for_a_member_who_had_left_before_the_meeting(cast) -> None:  # type: ignore[no-untyped-def]
    member = BoardMemberFactory(service=cast.service, name="Robin Left", active_to=date(2025, 3, 31))
    meeting = BoardMeetingFactory(service=cast.service, held_on=date(2025, 5, 13))

    errors = _errors(Attendance(meeting=meeting, member=member, attended=True))

    assert errors["member"] == ["Robin Left was not on the board on 13 May 2025"]


def test_no_attendance_for_a_member_who_had_not_yet_joined(cast) -> None:  # type: ignore[no-untyped-def]
    member = BoardMemberFactory(service=cast.service, name="Sam New", active_from=date(2025, 6, 1))
    meeting = BoardMeetingFactory(service=cast.service, held_on=date(2025, 5, 13))

    assert "member" in _errors(Attendance(meeting=meeting, member=member, attended=True))


def test_a_member_of_another_services_board_cannot_be_recorded(cast) -> None:  # type: ignore[no-untyped-def]
    member = BoardMemberFactory(service=cast.other_service)
    meeting = BoardMeetingFactory(service=cast.service)

    assert _errors(Attendance(meeting=meeting, member=member, attended=True))["member"] == [
        "Choose a member of your own service's board"
    ]


def test_one_attendance_per_member_per_meeting(cast) -> None:  # type: ignore[no-untyped-def]
    first = AttendanceFactory(meeting__service=cast.service)
    second = Attendance(meeting=first.meeting, member=first.member, attended=False)

    assert "__all__" in _errors(second)
    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()


def test_a_member_who_came_in_person_sent_no_deputy(cast) -> None:  # type: ignore[no-untyped-def]
    attendance = AttendanceFactory.build(
        meeting=BoardMeetingFactory(service=cast.service),
        member=BoardMemberFactory(service=cast.service),
        attended=True,
        deputy_name="Someone Else",
        deputy_seniority="deputy",
    )

    assert "deputy_name" in _errors(attendance)
    with pytest.raises(IntegrityError), transaction.atomic():
        attendance.save()


def test_a_deputy_needs_a_name_and_a_seniority(cast) -> None:  # type: ignore[no-untyped-def]
    meeting, member = BoardMeetingFactory(service=cast.service), BoardMemberFactory(service=cast.service)

    assert "deputy_seniority" in _errors(Attendance(meeting=meeting, member=member, deputy_name="Alex Stand-in"))
    assert "deputy_name" in _errors(Attendance(meeting=meeting, member=member, deputy_seniority="deputy"))


def test_attendance_waits_until_the_meeting_has_taken_place(cast) -> None:  # type: ignore[no-untyped-def]
    meeting = BoardMeetingFactory(service=cast.service, held_on=timezone.localdate() + timedelta(days=7))
    member = BoardMemberFactory(service=cast.service)

    assert _errors(Attendance(meeting=meeting, member=member))["attended"] == [
        "Attendance can be recorded once the meeting has taken place"
    ]


def test_a_member_cannot_leave_before_they_joined(cast) -> None:  # type: ignore[no-untyped-def]
    member = BoardMemberFactory.build(service=cast.service, active_from=date(2025, 4, 1), active_to=date(2025, 3, 31))

    assert "active_to" in _errors(member)
    with pytest.raises(IntegrityError), transaction.atomic():
        member.save()


@pytest.mark.parametrize("day", [date(1999, 12, 31), date.today() + timedelta(days=366 * 3)])
def test_a_meeting_date_outside_the_boards_years_is_refused(cast, day: date) -> None:  # type: ignore[no-untyped-def]
    assert "held_on" in _errors(BoardMeeting(service=cast.service, held_on=day, kind="ordinary"))


def test_a_linked_account_must_be_a_board_member_of_the_same_service(cast) -> None:  # type: ignore[no-untyped-def]
    member = BoardMemberFactory.build(service=cast.service)
    member.user = cast.case_manager
    assert "Choose an account with the partnership board member role" in _errors(member)["user"]
    member.user = UserFactory(role=Role.BOARD_MEMBER, service=cast.other_service)
    assert _errors(member)["user"] == ["Choose an account in your own service"]
    member.user = cast.board_member
    member.full_clean()


def test_changes_are_kept_in_the_history(cast) -> None:  # type: ignore[no-untyped-def]
    member = BoardMemberFactory(service=cast.service, name="Jo Partner")
    member.organisation = "Sandbourne Council"
    member.save()

    assert [h.organisation for h in BoardMember.history.filter(id=member.pk).order_by("history_date")] == [
        "Casterbridge Council",
        "Sandbourne Council",
    ]
