"""A child's timeline: offences, outcomes, interventions, assessments, plans, reviews and contacts, newest first.

One query per kind of event, each cut to the newest `limit` rows, then merged: the page costs seven
queries however long the child's history is, and "show more" raises the limit up to MAX_LIMIT.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from heapq import merge
from itertools import islice

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.children.models import Child

PAGE = 50
MAX_LIMIT = 1000


@dataclass(frozen=True)
class Event:
    when: date | datetime
    kind: str
    title: str
    text: str = ""
    href: str = ""

    @property
    def sort_key(self) -> datetime:
        if isinstance(self.when, datetime):
            return timezone.localtime(self.when).replace(tzinfo=None)
        return datetime.combine(self.when, time.min)

    @property
    def has_time(self) -> bool:
        return isinstance(self.when, datetime)


@dataclass
class Timeline:
    events: list[Event]
    has_more: bool
    limit: int


def _newest(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: e.sort_key, reverse=True)


def child_timeline(child: Child, limit: int = PAGE) -> Timeline:
    from yjs.casework.models import Assessment, Contact, Intervention, Plan, Review
    from yjs.justice.models import Offence, Outcome

    limit = max(1, min(limit, MAX_LIMIT))
    take = limit + 1  # one more than shown tells whether there is more
    streams: list[list[Event]] = []

    offences = Offence.objects.filter(child=child, archived_at__isnull=True).order_by("-offence_date", "-pk")[:take]
    streams.append(
        [
            Event(
                o.offence_date,
                "offence",
                _("Offence: %(description)s") % {"description": o.description},
                _("%(category)s, seriousness %(score)s") % {"category": o.get_category_display(), "score": o.seriousness},
            )
            for o in offences
        ]
    )
    outcomes = (
        Outcome.objects.filter(child=child, archived_at__isnull=True)
        .select_related("outcome_type")
        .order_by("-outcome_date", "-pk")[:take]
    )
    streams.append(
        [
            Event(
                o.outcome_date,
                "outcome",
                _("Outcome: %(name)s") % {"name": o.outcome_type.name},
                _("%(months)s months") % {"months": o.length_months} if o.length_months else "",
            )
            for o in outcomes
        ]
    )
    interventions = (
        Intervention.objects.filter(child=child, archived_at__isnull=True)
        .select_related("outcome__outcome_type", "team")
        .order_by("-start_date", "-pk")[:take]
    )
    intervention_events: list[Event] = []
    for i in interventions:
        href = reverse("casework:intervention", args=[i.pk])
        name = i.outcome.outcome_type.name
        intervention_events.append(
            Event(i.start_date, "intervention", _("Intervention started: %(name)s") % {"name": name}, str(i.team), href)
        )
        if i.end_date:
            intervention_events.append(
                Event(
                    i.end_date, "intervention", _("Intervention closed: %(name)s") % {"name": name}, i.closure_reason, href
                )
            )
    streams.append(_newest(intervention_events))

    casework = {"intervention__child": child, "archived_at__isnull": True}
    assessments = Assessment.objects.filter(**casework).order_by("-created_at", "-pk")[:take]
    streams.append(
        [
            Event(
                a.created_at,
                "assessment",
                _("Assessment"),
                a.get_status_display(),
                reverse("casework:assessment", args=[a.pk]),
            )
            for a in assessments
        ]
    )
    plans = Plan.objects.filter(**casework).order_by("-created_at", "-pk")[:take]
    streams.append(
        [
            Event(p.created_at, "plan", _("Plan"), p.get_status_display(), reverse("casework:plan", args=[p.pk]))
            for p in plans
        ]
    )
    reviews = Review.objects.filter(**casework).order_by("-review_date", "-pk")[:take]
    streams.append(
        [
            Event(r.review_date, "review", _("Review: %(reason)s") % {"reason": r.get_reason_display()}, r.progress)
            for r in reviews
        ]
    )
    contacts = Contact.objects.filter(**casework).order_by("-scheduled_at", "-pk")[:take]
    streams.append(
        [Event(c.scheduled_at, "contact", c.get_contact_type_display(), c.get_status_display()) for c in contacts]
    )

    merged = list(islice(merge(*streams, key=lambda e: e.sort_key, reverse=True), take))
    return Timeline(events=merged[:limit], has_more=len(merged) > limit, limit=limit)
