"""Who may see and change the partnership board, decided once here for pages and navigation.

The board's pages name partners and never a child. Service managers and administrators keep the board's
membership and meetings; the board itself, team managers and auditors read them. Case managers, police,
health workers and partner screeners have no part in the board's business and are refused (403). Every
record is looked up within the user's own service, so another service's board answers 404.

The improvement plan follows the same rule, with one addition: a board member may record progress on a
recommendation the inspectors addressed to the board (docs/improvement-plan.md), since the board answers for
it; recommendations, actions and their dates stay with the service's managers.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from yjs.core.models import User
from yjs.core.roles import Role
from yjs.governance.models import Action, BoardMeeting, BoardMember, Recommendation
from yjs.governance.vocabularies import PlanOwner

BOARD_KEEPERS = frozenset({Role.SERVICE_MANAGER, Role.ADMINISTRATOR})
BOARD_READERS = BOARD_KEEPERS | {Role.BOARD_MEMBER, Role.TEAM_MANAGER, Role.AUDITOR}


def _in_service(user: User) -> bool:
    return user.is_authenticated and user.service_id is not None


def may_read_board(user: User) -> bool:
    return _in_service(user) and user.role in BOARD_READERS


def may_keep_board(user: User) -> bool:
    return _in_service(user) and user.role in BOARD_KEEPERS


def members_visible_to(user: User) -> QuerySet[BoardMember]:
    if not may_read_board(user):
        return BoardMember.objects.none()
    return BoardMember.objects.filter(service_id=user.service_id)


def meetings_visible_to(user: User) -> QuerySet[BoardMeeting]:
    if not may_read_board(user):
        return BoardMeeting.objects.none()
    return BoardMeeting.objects.filter(service_id=user.service_id)


def get_member_for_user(user: User, pk: int) -> BoardMember:
    member = members_visible_to(user).filter(pk=pk).first()
    if member is None:
        raise Http404
    return member


def get_meeting_for_user(user: User, pk: int) -> BoardMeeting:
    meeting = meetings_visible_to(user).filter(pk=pk).first()
    if meeting is None:
        raise Http404
    return meeting


def may_record_progress(user: User, recommendation: Recommendation) -> bool:
    if may_keep_board(user):
        return recommendation.service_id == user.service_id
    return (
        _in_service(user)
        and user.role == Role.BOARD_MEMBER
        and recommendation.service_id == user.service_id
        and recommendation.owner == PlanOwner.BOARD
    )


def recommendations_visible_to(user: User) -> QuerySet[Recommendation]:
    if not may_read_board(user):
        return Recommendation.objects.none()
    return Recommendation.objects.filter(service_id=user.service_id)


def get_recommendation_for_user(user: User, pk: int) -> Recommendation:
    recommendation = recommendations_visible_to(user).filter(pk=pk).first()
    if recommendation is None:
        raise Http404
    return recommendation


def get_action_for_user(user: User, pk: int) -> Action:
    action = Action.objects.filter(pk=pk, recommendation__in=recommendations_visible_to(user)).select_related(
        "recommendation"
    )
    found = action.first()
    if found is None:
        raise Http404
    return found
