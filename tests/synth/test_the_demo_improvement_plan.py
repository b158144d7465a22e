"""The demo's improvement plan: the six recommendations of the 2023 inspection, with actions and progress, once."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import Cast
from yjs.governance.models import Action, ProgressUpdate, Recommendation
from yjs.governance.vocabularies import PlanOwner
from yjs.synth.quality import INSPECTION_TITLE, ensure_demo_quality

pytestmark = pytest.mark.django_db

AS_OF = date(2025, 3, 10)


def _users(cast: Cast) -> dict[str, object]:
    return {"service_manager": cast.service_manager, "board_member": cast.board_member}


def test_the_demo_has_the_six_recommendations_four_to_the_board(cast: Cast) -> None:
    ensure_demo_quality(cast.service, AS_OF, 2023, _users(cast))  # type: ignore[arg-type]
    recommendations = Recommendation.objects.filter(service=cast.service).order_by("number")
    assert [r.number for r in recommendations] == [1, 2, 3, 4, 5, 6]
    assert {r.source_title for r in recommendations} == {INSPECTION_TITLE}
    assert [r.owner for r in recommendations] == [PlanOwner.BOARD] * 4 + [PlanOwner.SERVICE_MANAGER] * 2
    assert "independent chair" in recommendations[0].text
    assert "risk of harm" in recommendations[5].text


def test_each_has_two_or_three_actions_some_done_some_open_and_one_overdue(cast: Cast) -> None:
    ensure_demo_quality(cast.service, AS_OF, 2023, _users(cast))  # type: ignore[arg-type]
    for recommendation in Recommendation.objects.filter(service=cast.service):
        assert 2 <= recommendation.actions.count() <= 3
        assert recommendation.progress.exists()
        for action in recommendation.actions.all():
            action.full_clean()  # dates in order, an owner, none done after `as_of`... as of today
    actions = Action.objects.filter(recommendation__service=cast.service)
    assert actions.filter(done_on__isnull=False).exists()
    assert actions.filter(done_on__isnull=True, due_on__gte=AS_OF).exists()
    assert actions.filter(done_on__isnull=True, due_on__lt=AS_OF).exists()
    assert all(update.written_on <= AS_OF for update in ProgressUpdate.objects.all())


def test_running_the_demo_again_changes_nothing(cast: Cast) -> None:
    ensure_demo_quality(cast.service, AS_OF, 2023, _users(cast))  # type: ignore[arg-type]
    counts = (Recommendation.objects.count(), Action.objects.count(), ProgressUpdate.objects.count())
    ensure_demo_quality(cast.service, AS_OF, 2023, _users(cast))  # type: ignore[arg-type]
    assert (Recommendation.objects.count(), Action.objects.count(), ProgressUpdate.objects.count()) == counts
