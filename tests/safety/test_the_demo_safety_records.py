"""The demo fills in every safety page, and running it again adds nothing."""

from __future__ import annotations

from datetime import date
from io import StringIO

from django.core.management import call_command

from yjs.core.models import User
from yjs.safety import selectors
from yjs.safety.contingency import OUT_OF_DATE
from yjs.safety.models import ExploitationScreening, MappaRecord, NrmReferral, PanelMeeting, PanelReferral, SafetyAction

AS_OF = date(2026, 6, 30)


def _demo() -> None:
    call_command("demo", children=400, as_of=AS_OF, stdout=StringIO(), verbosity=0)


def _sizes() -> tuple[int, ...]:
    models = (PanelMeeting, PanelReferral, SafetyAction, MappaRecord, ExploitationScreening, NrmReferral)
    return tuple(model.objects.count() for model in models)


def test_the_demo_has_an_example_of_each_and_running_it_again_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    _demo()
    cm = User.objects.get(username="casemanager")
    tm = User.objects.get(username="teammanager")
    assert PanelMeeting.objects.filter(held_on__gt=AS_OF).count() == 1
    assert PanelMeeting.objects.filter(held_on__lt=AS_OF).count() == 2
    assert PanelReferral.objects.filter(decided_on__isnull=True).count() == 1
    assert SafetyAction.objects.filter(owner=cm, completed_on__isnull=True, due_on__lt=AS_OF).count() == 1
    assert MappaRecord.objects.filter(ended_on__isnull=True).count() == 2
    assert set(ExploitationScreening.objects.values_list("risk", flat=True)) == {"low", "medium", "high", "very_high"}
    assert NrmReferral.objects.filter(reasonable_grounds="positive").count() == 1
    # The rating raised after the plan shows on the team manager's contingency list, as it would on the day.
    entries = selectors.contingency_entries(selectors.managed_cases(tm))
    assert any(entry.state == OUT_OF_DATE for entry in entries)

    before = _sizes()
    _demo()
    assert _sizes() == before
