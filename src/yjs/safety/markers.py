"""The MAPPA marker: a child managed under MAPPA is marked on every page that shows them.

Being managed under MAPPA is what every reader of the record needs to know before they act (a visit, an
appointment, a referral), so the marker shows to everyone who may see the child; the category, level and
meetings are on the safety tab.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from yjs.safety.models import MappaRecord


def child_markers(user: Any, child_ids: list[int]) -> dict[int, list[str]]:
    managed = MappaRecord.objects.filter(
        child_id__in=child_ids, ended_on__isnull=True, archived_at__isnull=True
    ).values_list("child_id", flat=True)
    return {pk: [_("MAPPA")] for pk in set(managed)}
