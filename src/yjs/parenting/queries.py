"""Parenting referrals and feedback a user may see: scoped by the children casework lets them see."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404

from yjs.casework.models import Intervention
from yjs.children.models import Carer, Child
from yjs.children.queries import children_visible_to
from yjs.core.models import User
from yjs.parenting import access
from yjs.parenting.models import FeedbackResponse, ParentingProgramme, ParentingReferral
from yjs.parenting.vocabularies import ReferralStatus

REFERRAL_SORTS = {"referred_on": "referred_on", "status": "status", "child": "child__last_name"}


def referrals_visible_to(user: User) -> QuerySet[ParentingReferral]:
    if not access.may_read_referrals(user):
        return ParentingReferral.objects.none()
    return ParentingReferral.objects.filter(
        service_id=user.service_id, archived_at__isnull=True, child__in=children_visible_to(user)
    ).select_related("child", "carer", "programme", "referred_by")


def feedback_visible_to(user: User) -> QuerySet[FeedbackResponse]:
    if not access.may_read_child_area(user) and not access.sees_comments(user):
        return FeedbackResponse.objects.none()
    return FeedbackResponse.objects.filter(
        service_id=user.service_id, archived_at__isnull=True, child__in=children_visible_to(user)
    ).select_related("intervention__outcome__outcome_type", "carer")


def get_referral_for_user(user: User, pk: int, write: bool = False) -> ParentingReferral:
    """Fetch and authorise in one step: 403 for a role with no part in it, 404 for one out of scope."""
    if not access.may_read_referrals(user) or (write and not access.may_record(user)):
        raise PermissionDenied
    return get_object_or_404(referrals_visible_to(user), pk=pk)


def get_feedback_for_user(user: User, pk: int) -> FeedbackResponse:
    """Fetch and authorise a response to change or remove: 403 for a role that records none, 404 out of scope."""
    if not access.may_record(user):
        raise PermissionDenied
    return get_object_or_404(feedback_visible_to(user), pk=pk)


def get_programme_for_user(user: User, pk: int) -> ParentingProgramme:
    if not access.may_keep_programmes(user):
        raise PermissionDenied
    return get_object_or_404(ParentingProgramme.objects.filter(service_id=user.service_id), pk=pk)


def carers_of(child: Child) -> QuerySet[Carer]:
    return child.carers.filter(archived_at__isnull=True).order_by("name")


def interventions_of(child: Child) -> QuerySet[Intervention]:
    return child.interventions.filter(archived_at__isnull=True).select_related("outcome__outcome_type")


def programmes_of(service_id: int, current: int | None = None) -> QuerySet[ParentingProgramme]:
    """The programmes offered now, and the one a referral already names even if it is no longer offered."""
    return ParentingProgramme.objects.filter(service_id=service_id).filter(Q(in_use=True) | Q(pk=current))


def referral_counts(user: User) -> list[tuple[str, str, int]]:
    """How many of the referrals the user may see are in each status: (status, its name, count)."""
    found = dict(referrals_visible_to(user).order_by().values_list("status").annotate(n=Count("pk")))
    return [(value, str(label), found.get(value, 0)) for value, label in ReferralStatus.choices]


def with_comments(responses: QuerySet[FeedbackResponse]) -> QuerySet[FeedbackResponse]:
    """Responses that say something in words, newest first."""
    return responses.exclude(went_well="", could_be_better="").order_by("-given_on", "-pk")
