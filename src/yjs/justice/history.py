"""The changes to the child's offences and outcomes, for the History tab of the child's record.

The legal facts are read by everyone who may open the child's record, as the overview and the timeline show
them; so are their changes, and which offences each outcome was given for. One query per kind of record,
whatever the number of records or changes.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.utils.translation import gettext as _

from yjs.children.history import Change, changes_of, long_date, versions_of
from yjs.children.models import Child
from yjs.core.models import User
from yjs.justice.models import Offence, Outcome, OutcomeType


def offence_label(row: Any) -> str:
    return _("Offence of %(day)s: %(description)s") % {"day": long_date(row.offence_date), "description": row.description}


def _offences_of_versions(outcomes: Any, offences: dict[int, Any]) -> dict[int, str]:
    """The offences each version of the outcomes was given for (history id -> their names, one a line, oldest
    first), as simple-history kept them beside the version: one query for every version. `offences` are the
    child's, each as it reads now (its latest version)."""
    links = Outcome.history.model.offences.model  # type: ignore[attr-defined]
    given_for: dict[int, list[Any]] = defaultdict(list)
    for history_id, offence_id in links.objects.filter(history__id__in=outcomes.values("pk")).values_list(
        "history_id", "offence_id"
    ):
        if offence_id in offences:
            given_for[history_id].append(offences[offence_id])
    return {
        history_id: "\n".join(offence_label(row) for row in sorted(rows, key=lambda row: (row.offence_date, row.id)))
        for history_id, rows in given_for.items()
    }


def child_history(user: User, child: Child) -> list[Change]:
    offences = versions_of(Offence.objects.filter(child_id=child.pk))
    changes = changes_of(Offence, offences, offence_label)

    records = Outcome.objects.filter(child_id=child.pk)
    outcomes = versions_of(records)
    names = dict(OutcomeType.objects.filter(code__in={row.outcome_type_id for row in outcomes}).values_list("code", "name"))
    given_for = _offences_of_versions(records, {row.id: row for row in offences})
    changes += changes_of(
        Outcome,
        outcomes,
        lambda row: _("%(outcome)s given on %(day)s")
        % {"outcome": names.get(row.outcome_type_id, row.outcome_type_id), "day": long_date(row.outcome_date)},
        linked={_("Offences"): lambda row: given_for.get(row.history_id, "")},
    )
    return changes
