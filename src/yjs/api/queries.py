"""The querysets every API resource starts from, each scoped by `children_visible_to`.

A record is reachable only through a child the user may see, so an out-of-scope record is never
listed and answers 404 when asked for by id. Archived records are left out as they are on pages.
"""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from yjs.casework.models import Assessment, Intervention, Plan
from yjs.children.models import Child
from yjs.children.queries import children_visible_to, may_change_casework
from yjs.core.models import User
from yjs.justice.models import Offence, Outcome


def children_for(user: User) -> QuerySet[Child]:
    return children_visible_to(user).select_related("local_authority").order_by("last_name", "first_name", "pk")


def children_changeable_by(user: User) -> QuerySet[Child]:
    return children_for(user) if may_change_casework(user) else Child.objects.none()


def offences_for(user: User) -> QuerySet[Offence]:
    return Offence.objects.filter(child__in=children_visible_to(user), archived_at__isnull=True).order_by(
        "-offence_date", "-pk"
    )


def outcomes_for(user: User) -> QuerySet[Outcome]:
    return (
        Outcome.objects.filter(child__in=children_visible_to(user), archived_at__isnull=True)
        .select_related("outcome_type")
        .prefetch_related(Prefetch("offences", queryset=Offence.objects.only("pk")))
        .order_by("-outcome_date", "-pk")
    )


def interventions_for(user: User) -> QuerySet[Intervention]:
    return Intervention.objects.filter(child__in=children_visible_to(user), archived_at__isnull=True).order_by(
        "-start_date", "-pk"
    )


def assessments_for(user: User) -> QuerySet[Assessment]:
    return (
        Assessment.objects.filter(intervention__child__in=children_visible_to(user), archived_at__isnull=True)
        .select_related("intervention")
        .order_by("-created_at", "-pk")
    )


def plans_for(user: User) -> QuerySet[Plan]:
    return (
        Plan.objects.filter(intervention__child__in=children_visible_to(user), archived_at__isnull=True)
        .select_related("intervention")
        .order_by("-created_at", "-pk")
    )
