"""The demo's audit rounds: last year's finished, moderated and judged; this year's part-way; made once."""

from __future__ import annotations

from datetime import date
from io import StringIO

from django.core.management import call_command

from yjs.quality.models import AuditAnswer, AuditCase, AuditRound, RoundRating
from yjs.quality.results import round_results


def _demo() -> None:
    call_command("demo", children=400, as_of=date(2026, 6, 30), stdout=StringIO(), verbosity=0)


def _sizes() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in (AuditRound, AuditCase, AuditAnswer, RoundRating))


def test_the_demo_has_a_finished_round_and_one_part_way_and_running_it_again_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    _demo()
    previous = AuditRound.objects.get(title="Audit round: last year")
    current = AuditRound.objects.get(title="Audit round: this year")
    assert previous.status == "closed"
    assert not previous.cases.filter(completed_at__isnull=True).exists()
    assert AuditAnswer.objects.filter(audit_case__round=previous).exclude(moderated_answer="").exists()
    earlier = round_results(previous)
    assert earlier.table.score is not None
    assert earlier.table.overall is not None
    assert 0 < current.cases.filter(completed_at__isnull=False).count() < current.cases.count()
    assert AuditAnswer.objects.filter(audit_case__round=current, audit_case__completed_at__isnull=True).exists()
    for audit_case in AuditCase.objects.select_related("intervention", "auditor"):
        assert audit_case.auditor.team_id != audit_case.intervention.team_id
    before = _sizes()
    _demo()
    assert _sizes() == before
