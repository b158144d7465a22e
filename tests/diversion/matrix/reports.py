"""The timeliness report's and the scrutiny panel's rows of the out-of-court access matrix.

The board reads the timeliness report (in aggregate); scrutiny is for managers and auditors, who draw
samples and record findings. Another service's manager reads their own service's report and samples
list, and cannot open this service's sample (404).
"""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from tests.diversion.matrix import Row, saved, statuses

READ_TIMELINESS = statuses(200, health_worker=403, partner_screener=403, administrator=403)
SCRUTINISE = statuses(403, team_manager=200, service_manager=200, auditor=200, other_service_manager=200)
SCRUTINISE_THIS_SERVICE = {**SCRUTINISE, "other_service_manager": 404}


def _draw(p, user):  # type: ignore[no-untyped-def]
    today = timezone.localdate()
    start = today - timedelta(days=365)
    return {
        "title": "Matrix sample",
        "decided_from": start.isoformat(),
        "decided_to": today.isoformat(),
        "size": "5",
        "seed": "7",
    }


def _finding(p, user):  # type: ignore[no-untyped-def]
    return {
        "finding": "partly",
        "comment": "Rationale does not mention the victim's view.",
        "version": p.scrutiny_item.version,
    }


ROWS: list[Row] = [
    Row("the timeliness report", "diversion:timeliness", lambda p: reverse("diversion:timeliness"), "get", READ_TIMELINESS),
    Row(
        "the timeliness report as CSV",
        "diversion:timeliness",
        lambda p: reverse("diversion:timeliness") + "?format=csv",
        "get",
        READ_TIMELINESS,
    ),
    Row("the scrutiny samples", "diversion:scrutiny", lambda p: reverse("diversion:scrutiny"), "get", SCRUTINISE),
    Row(
        "drawing a scrutiny sample",
        "diversion:scrutiny_draw",
        lambda p: reverse("diversion:scrutiny_draw"),
        "get",
        SCRUTINISE,
    ),
    Row(
        "drawing a scrutiny sample",
        "diversion:scrutiny_draw",
        lambda p: reverse("diversion:scrutiny_draw"),
        "post",
        # Another service has no finished decisions: the form comes back with the reason, nothing saved.
        {**saved(SCRUTINISE), "other_service_manager": 200},
        data=_draw,
    ),
    Row(
        "a scrutiny sample",
        "diversion:scrutiny_sample",
        lambda p: reverse("diversion:scrutiny_sample", args=[p.sample.pk]),
        "get",
        SCRUTINISE_THIS_SERVICE,
    ),
    Row(
        "a scrutiny finding",
        "diversion:scrutiny_finding",
        lambda p: reverse("diversion:scrutiny_finding", args=[p.scrutiny_item.pk]),
        "get",
        SCRUTINISE_THIS_SERVICE,
    ),
    Row(
        "a scrutiny finding",
        "diversion:scrutiny_finding",
        lambda p: reverse("diversion:scrutiny_finding", args=[p.scrutiny_item.pk]),
        "post",
        saved(SCRUTINISE_THIS_SERVICE),
        data=_finding,
    ),
]
