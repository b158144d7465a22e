"""The changes to the child's casework, for the History tab of the child's record: each intervention, who it
was allocated to, and its assessments, plans (with their countersigning), reviews, significant changes and
contacts.

The interventions are those the user may read on the intervention page (queries.interventions_of_child_for:
a police officer reads out-of-court work only), and every record of them shows as that page shows it, a
contact's note included. Removed records stay, so that the tab tells who removed them and why. One query per
kind of record, whatever the number of records or changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.casework.models import Allocation, Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.casework.queries import interventions_of_child_for
from yjs.children.history import Change, changes_of, long_date, versions_of
from yjs.children.models import Child
from yjs.core.models import User


def intervention_label(outcome_name: str, start_date: Any) -> str:
    return _("%(outcome)s starting %(day)s") % {"outcome": outcome_name, "day": long_date(start_date)}


def _local_day(moment: Any) -> Any:
    return timezone.localtime(moment).date()


def child_history(user: User, child: Child) -> list[Change]:
    cases = interventions_of_child_for(user, child)
    current = list(cases.select_related("outcome__outcome_type"))
    if not current:
        return []
    outcome_names = {case.outcome_id: case.outcome.outcome_type.name for case in current}
    case_names = {case.pk: intervention_label(case.outcome.outcome_type.name, case.start_date) for case in current}

    def of_case(text: str, day: Any, row: Any) -> str:
        return text % {"day": long_date(day), "case": case_names.get(row.intervention_id, _("an intervention"))}

    changes = changes_of(
        Intervention,
        versions_of(cases),
        lambda row: intervention_label(outcome_names.get(row.outcome_id, _("Intervention")), row.start_date),
    )
    # Each record of an intervention: its label, and the day the label names it by.
    records: list[tuple[Any, str, Callable[[Any], Any]]] = [
        (Allocation, _("Allocation from %(day)s: %(case)s"), lambda row: row.allocated_on),
        (Assessment, _("Assessment of %(day)s: %(case)s"), lambda row: _local_day(row.created_at)),
        (Plan, _("Plan of %(day)s: %(case)s"), lambda row: _local_day(row.created_at)),
        (Review, _("Review of %(day)s: %(case)s"), lambda row: row.review_date),
        (SignificantChange, _("Significant change of %(day)s: %(case)s"), lambda row: row.occurred_on),
        (Contact, _("Contact on %(day)s: %(case)s"), lambda row: _local_day(row.scheduled_at)),
    ]
    for model, text, day_of in records:
        changes += changes_of(
            model,
            versions_of(model.objects.filter(intervention__in=cases)),
            lambda row, text=text, day_of=day_of: of_case(text, day_of(row), row),
            hidden=("intervention",),
        )
    return changes
