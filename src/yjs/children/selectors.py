"""Read-side queries for children's pages: search, and what the record's overview shows.

Every query starts from `children_visible_to`, so a child out of the user's scope never appears, and each
is a fixed number of set-based queries whatever the number of rows.

Search uses the indexes on the child: the primary key (yjs id), PNC number, and (service, date of birth).
A name is matched by a case-insensitive partial match within the user's service: the service comes first
in the (service, last_name, first_name) index, so the match reads one service's children (thousands at
most), never the national table. A PostgreSQL trigram index is the way on if that ever becomes slow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from yjs.children.models import Carer, Child, parse_yjs_id
from yjs.children.queries import children_visible_to
from yjs.core.models import User

if TYPE_CHECKING:
    from yjs.casework.models import Intervention
    from yjs.justice.models import Offence, Outcome

DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d %m %Y")
# A PNC number as the police write it: year, serial number, check letter (for example 09/123456A).
PNC_PATTERN = re.compile(r"^\d{2,4}/\d{1,7}[A-Z]$")


@dataclass(frozen=True)
class SearchKey:
    kind: str  # "yjs_id", "date_of_birth", "pnc_number" or "name"
    value: object


def parse_search(text: str) -> SearchKey | None:
    """What the user typed into the one search box: a yjs id, a date of birth, a PNC number or a name."""
    text = " ".join(text.split())
    if not text:
        return None
    pk = parse_yjs_id(text)
    if pk is not None:
        return SearchKey("yjs_id", pk)
    for fmt in DATE_FORMATS:
        try:
            return SearchKey("date_of_birth", datetime.strptime(text, fmt).date())
        except ValueError:
            continue
    if PNC_PATTERN.match(text.upper()):
        return SearchKey("pnc_number", text.upper())
    return SearchKey("name", tuple(text.split(" ")))


def search_children(user: User, text: str) -> QuerySet[Child]:
    """Children in the user's scope matching the search text; none when nothing was typed."""
    key = parse_search(text)
    visible = children_visible_to(user).select_related("local_authority")
    if key is None:
        return visible.none()
    if key.kind == "yjs_id":
        return visible.filter(pk=key.value)
    if key.kind == "date_of_birth":
        return visible.filter(date_of_birth=key.value)
    if key.kind == "pnc_number":
        return visible.filter(pnc_number=key.value)
    # Every word of a name must match the first or the last name, so "Jordan Test" finds Jordan Testcase.
    words = key.value
    assert isinstance(words, tuple)
    condition = Q()
    for word in words:
        condition &= Q(first_name__icontains=word) | Q(last_name__icontains=word)
    return visible.filter(condition).order_by("last_name", "first_name", "pk")


@dataclass
class ChildOverview:
    carers: list[Carer]
    offences: list[Offence]
    outcomes: list[Outcome]
    open_interventions: list[Intervention]
    closed_interventions: list[Intervention]


def child_overview(user: User, child: Child) -> ChildOverview:
    """Carers, offences with their outcomes, outcomes with their offences, and the interventions `user` may read
    (casework.queries.interventions_of_child_for: a police officer reads out-of-court work only): seven queries.
    Offences and outcomes show to every reader of the record: the police need the child's previous outcomes to
    propose one (decisions 15 and 27)."""
    from yjs.casework.models import Intervention
    from yjs.casework.queries import interventions_of_child_for
    from yjs.justice.models import Offence, Outcome

    carers = list(child.carers.filter(archived_at__isnull=True).order_by("name"))
    live_outcomes = Outcome.objects.filter(archived_at__isnull=True).select_related("outcome_type")
    offences = list(
        Offence.objects.filter(child=child, archived_at__isnull=True)
        .prefetch_related(Prefetch("outcomes", queryset=live_outcomes))
        .order_by("-offence_date", "-pk")
    )
    outcomes = list(
        live_outcomes.filter(child=child)
        .annotate(has_intervention=Exists(Intervention.objects.filter(outcome=OuterRef("pk"))))
        .prefetch_related(Prefetch("offences", queryset=Offence.objects.filter(archived_at__isnull=True)))
        .order_by("-outcome_date", "-pk")
    )
    interventions = list(
        interventions_of_child_for(user, child)
        .filter(archived_at__isnull=True)
        .select_related("outcome__outcome_type", "team", "case_manager")
        .order_by("-start_date", "-pk")
    )
    return ChildOverview(
        carers=carers,
        offences=offences,
        outcomes=outcomes,
        open_interventions=[i for i in interventions if i.end_date is None],
        closed_interventions=[i for i in interventions if i.end_date is not None],
    )
