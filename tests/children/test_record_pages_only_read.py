from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import Cast
from yjs.core.models import AccessLog


@pytest.mark.parametrize("name", ["record", "timeline", "history", "access_log"])
def test_a_post_to_a_record_page_is_refused_and_logs_nothing(client, cast: Cast, name: str) -> None:  # type: ignore[no-untyped-def]
    client.force_login(cast.team_manager)
    assert client.post(reverse(f"children:{name}", args=[cast.child.pk])).status_code == 405
    assert not AccessLog.objects.filter(child_id=cast.child.pk).exists()
