"""The read side: a child's resettlement records, the service's children in custody, and those turning 18."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, F, OuterRef, Prefetch, QuerySet, Subquery

from yjs.casework.models import Intervention
from yjs.children.models import Child
from yjs.core.bank_holidays import bank_holidays
from yjs.core.models import User
from yjs.resettlement import access, release_planning
from yjs.resettlement.models import AccommodationRecord, CustodyEpisode, ReleaseMilestone, Transition
from yjs.resettlement.release_planning import ADDRESS_CONFIRMED, AddressConfirmation, MilestoneState
from yjs.resettlement.transitions import birth_dates_turning_18, eighteenth_birthday, turns_18_soon


@dataclass(frozen=True)
class EpisodePlan:
    episode: CustodyEpisode
    milestones: list[MilestoneState]

    @property
    def upcoming(self) -> list[MilestoneState]:
        return release_planning.next_milestones(self.milestones)[:2]

    @property
    def late(self) -> list[MilestoneState]:
        return [m for m in self.milestones if m.state == release_planning.State.OVERDUE]

    @property
    def address_days_before_release(self) -> int | None:
        done = next((m.done_on for m in self.milestones if m.code == ADDRESS_CONFIRMED), None)
        return release_planning.days_before_release(self.episode.release_for_planning, done)


def episode_plan(episode: CustodyEpisode, today: date) -> EpisodePlan:
    done = {m.milestone: m.done_on for m in episode.milestones.all()}
    states = release_planning.plan(
        episode.start_date,
        episode.release_for_planning,
        done,
        today,
        release_planning.configured_rules(),
        bank_holidays(),
    )
    return EpisodePlan(episode, states)


def child_episodes(user: User, child: Child, today: date) -> list[EpisodePlan]:
    episodes = (
        access.episodes_visible_to(user)
        .filter(child=child)
        .select_related("outcome__outcome_type", "resettlement_worker")
        .prefetch_related("milestones")
    )
    return [episode_plan(episode, today) for episode in episodes]


def child_accommodation(child: Child) -> QuerySet[AccommodationRecord]:
    return AccommodationRecord.objects.live().filter(child=child).select_related("created_by")


def child_transition(child: Child) -> Transition | None:
    return Transition.objects.live().filter(child=child).first()


def in_custody(user: User, today: date) -> list[EpisodePlan]:
    """Every child the user may see who is in custody now, the soonest expected release first.

    Children in custody at once are few (hundreds across England and Wales), so each episode's plan is
    worked out in Python from one query with its milestones prefetched.
    """
    episodes = (
        access.episodes_visible_to(user)
        .filter(release_date__isnull=True, start_date__lte=today)
        .select_related("child", "resettlement_worker", "outcome__outcome_type")
        .prefetch_related(Prefetch("milestones", queryset=ReleaseMilestone.objects.order_by("done_on")))
        .order_by(F("expected_release_date").asc(nulls_last=True), "child__last_name")
    )
    return [episode_plan(episode, today) for episode in episodes]


@dataclass(frozen=True)
class TurningEighteen:
    child: Child
    birthday: date
    transition: Transition | None


def turning_18(user: User, today: date) -> list[TurningEighteen]:
    """Children on an open intervention turning 18 in the next six months, those with no transition record first."""
    earliest, latest = birth_dates_turning_18(today)
    open_intervention = Intervention.objects.open().filter(child=OuterRef("pk"))
    transition = Transition.objects.live().filter(child=OuterRef("pk"))
    children = (
        access.visible_children(user)
        .filter(Exists(open_intervention), date_of_birth__gte=earliest, date_of_birth__lte=latest)
        .annotate(has_transition=Exists(transition), transition_pk=Subquery(transition.values("pk")[:1]))
        .order_by("has_transition", "date_of_birth", "last_name")
    )
    found = [child for child in children if turns_18_soon(child.date_of_birth, today)]
    transitions = Transition.objects.in_bulk([c.transition_pk for c in found if c.transition_pk])  # type: ignore[attr-defined]
    return [
        TurningEighteen(child, eighteenth_birthday(child.date_of_birth), transitions.get(child.transition_pk))  # type: ignore[attr-defined]
        for child in found
    ]


def address_confirmation(service_id: int, start: date, end: date) -> AddressConfirmation:
    """Releases from custody in the period, and how many days before each the release address was confirmed."""
    confirmed = ReleaseMilestone.objects.filter(episode=OuterRef("pk"), milestone=ADDRESS_CONFIRMED).values("done_on")
    rows = (
        CustodyEpisode.objects.live()
        .filter(service_id=service_id, release_date__gte=start, release_date__lte=end, child__archived_at__isnull=True)
        .annotate(confirmed_on=Subquery(confirmed[:1]))
        .values_list("release_date", "confirmed_on")
    )
    target = release_planning.rule_for(ADDRESS_CONFIRMED, release_planning.configured_rules()).days
    return release_planning.address_confirmation(
        (release_planning.days_before_release(release, on) for release, on in rows), target
    )
