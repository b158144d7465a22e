"""A child's timeline: offences, outcomes, interventions, assessments, plans, reviews and contacts, newest first.

One query per kind of event, each cut to the newest `limit` rows, then merged: the page costs seven
queries however long the child's history is, and "show more" raises the limit up to MAX_LIMIT.
The casework is that of the interventions the user may read on the intervention page
(casework.queries.interventions_of_child_for: a police officer reads out-of-court work only), so the
timeline shows nothing its links would refuse. Offences and outcomes show to every reader of the record, as
the overview does (decision 27).
Justice and casework models are imported inside the functions: those apps build on this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from heapq import merge
from itertools import islice
from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.children.models import Child
from yjs.core.models import User

PAGE = 50
MAX_LIMIT = 1000


@dataclass(frozen=True)
class Event:
    when: date | datetime
    kind: str
    title: str
    text: str = ""
    href: str = ""
    by: str = ""

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


def _by(record: Any) -> str:
    return str(record.created_by) if record.created_by_id else ""


def _labels(model: Any, field: str) -> dict[Any, str]:
    """A field's choice labels, worked out once per page: get_FOO_display rebuilds the choices and translates
    the label on every call, which was about a quarter of the page's time for fifty events."""
    return {value: str(label) for value, label in model._meta.get_field(field).flatchoices}


def _offences(child: Child, take: int) -> list[Event]:
    from yjs.justice.models import Offence

    rows = Offence.objects.filter(child=child, archived_at__isnull=True).select_related("created_by")
    categories = _labels(Offence, "category")
    return [
        Event(
            o.offence_date,
            "offence",
            _("Offence: %(description)s") % {"description": o.description},
            _("%(category)s, seriousness %(score)s")
            % {"category": categories.get(o.category, o.category), "score": o.seriousness},
            by=_by(o),
        )
        for o in rows.order_by("-offence_date", "-pk")[:take]
    ]


def _outcomes(child: Child, take: int) -> list[Event]:
    from yjs.justice.models import Outcome

    rows = Outcome.objects.filter(child=child, archived_at__isnull=True).select_related("outcome_type", "created_by")
    return [
        Event(
            o.outcome_date,
            "outcome",
            _("Outcome: %(name)s") % {"name": o.outcome_type.name},
            _("%(months)s months") % {"months": o.length_months} if o.length_months else "",
            by=_by(o),
        )
        for o in rows.order_by("-outcome_date", "-pk")[:take]
    ]


def _readable_interventions(user: User, child: Child) -> QuerySet[Any]:
    """The child's live interventions `user` may read: the casework app's one rule, not a copy of it."""
    from yjs.casework.queries import interventions_of_child_for

    return interventions_of_child_for(user, child).filter(archived_at__isnull=True)


def _interventions(cases: QuerySet[Any], take: int) -> list[Event]:
    """A start for each intervention and a close for each ended one."""
    rows = cases.select_related("outcome__outcome_type", "team", "created_by")
    events: list[Event] = []
    for i in rows.order_by("-start_date", "-pk")[:take]:
        href = reverse("casework:intervention", args=[i.pk])
        name = i.outcome.outcome_type.name
        started = _("Intervention started: %(name)s") % {"name": name}
        events.append(Event(i.start_date, "intervention", started, str(i.team), href, _by(i)))
        if i.end_date:
            closed = _("Intervention closed: %(name)s") % {"name": name}
            events.append(Event(i.end_date, "intervention", closed, i.closure_reason, href))
    return sorted(events, key=lambda e: e.sort_key, reverse=True)


def _casework(cases: QuerySet[Any], take: int) -> list[list[Event]]:
    """Assessments, plans, reviews and contacts of `cases`: one query each."""
    from yjs.casework.models import Assessment, Contact, Plan, Review

    mine = {"intervention__in": cases, "archived_at__isnull": True}
    assessments = Assessment.objects.filter(**mine).select_related("created_by").order_by("-created_at", "-pk")[:take]
    plans = Plan.objects.filter(**mine).select_related("created_by").order_by("-created_at", "-pk")[:take]
    reviews = Review.objects.filter(**mine).select_related("created_by").order_by("-review_date", "-pk")[:take]
    contacts = Contact.objects.filter(**mine).select_related("created_by").order_by("-scheduled_at", "-pk")[:take]

    def intervention(record: Any) -> str:
        return reverse("casework:intervention", args=[record.intervention_id])

    assessment_status, plan_status = _labels(Assessment, "status"), _labels(Plan, "status")
    reasons = _labels(Review, "reason")
    contact_types, contact_status = _labels(Contact, "contact_type"), _labels(Contact, "status")

    return [
        [
            Event(
                a.created_at,
                "assessment",
                _("Assessment"),
                assessment_status.get(a.status, a.status),
                reverse("casework:assessment", args=[a.pk]),
                _by(a),
            )
            for a in assessments
        ],
        [
            Event(
                p.created_at,
                "plan",
                _("Plan"),
                plan_status.get(p.status, p.status),
                reverse("casework:plan", args=[p.pk]),
                _by(p),
            )
            for p in plans
        ],
        [
            Event(
                r.review_date,
                "review",
                _("Review: %(reason)s") % {"reason": reasons.get(r.reason, r.reason)},
                r.progress,
                intervention(r),
                _by(r),
            )
            for r in reviews
        ],
        [
            Event(
                c.scheduled_at,
                "contact",
                _("Contact: %(type)s") % {"type": contact_types.get(c.contact_type, c.contact_type)},
                contact_status.get(c.status, c.status),
                intervention(c),
                _by(c),
            )
            for c in contacts
        ],
    ]


def child_timeline(user: User, child: Child, limit: int = PAGE) -> Timeline:
    """`child`'s timeline as `user` may read it; the child is fetched and authorised already."""
    limit = max(1, min(limit, MAX_LIMIT))
    take = limit + 1  # one more than shown tells whether there is more
    cases = _readable_interventions(user, child)
    streams = [_offences(child, take), _outcomes(child, take), _interventions(cases, take), *_casework(cases, take)]
    merged = list(islice(merge(*streams, key=lambda e: e.sort_key, reverse=True), take))
    return Timeline(events=merged[:limit], has_more=len(merged) > limit, limit=limit)
