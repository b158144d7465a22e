"""The querysets every API resource starts from, each scoped by `children_visible_to`.

A record is reachable only through a child the user may see, so an out-of-scope record is never
listed and answers 404 when asked for by id. Archived records are left out as they are on pages.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Prefetch, QuerySet

from yjs.casework.models import Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.casework.queries import interventions_visible_to
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
    # The casework scope, not only the child's: a police officer reads out-of-court work only.
    return interventions_visible_to(user).order_by("-start_date", "-pk")


def _parts_for(model: type[Model], user: User, *order: str) -> QuerySet[Any]:
    """Records that belong to an intervention the user may see: assessments, plans, reviews, contacts."""
    return (
        model._default_manager.filter(intervention__in=interventions_visible_to(user), archived_at__isnull=True)
        .select_related("intervention")
        .order_by(*order, "-pk")
    )


def assessments_for(user: User) -> QuerySet[Assessment]:
    return _parts_for(Assessment, user, "-created_at")


def plans_for(user: User) -> QuerySet[Plan]:
    return _parts_for(Plan, user, "-created_at")


def reviews_for(user: User) -> QuerySet[Review]:
    return _parts_for(Review, user, "-review_date")


def significant_changes_for(user: User) -> QuerySet[SignificantChange]:
    return _parts_for(SignificantChange, user, "-occurred_on")


def contacts_for(user: User) -> QuerySet[Contact]:
    return _parts_for(Contact, user, "-scheduled_at")
