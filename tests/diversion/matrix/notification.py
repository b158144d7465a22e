"""The notification page's rows of the out-of-court access matrix."""

from __future__ import annotations

from django.urls import reverse

from tests.diversion.matrix import READ_PIPELINE, Row

ROWS: list[Row] = [
    Row(
        "a notification's history",
        "diversion:history",
        lambda p: reverse("diversion:history", args=[p.escalated.pk]),
        "get",
        READ_PIPELINE,
    ),
    Row(
        "a notification's page",
        "diversion:notification",
        lambda p: reverse("diversion:notification", args=[p.screening.pk]),
        "get",
        READ_PIPELINE,
    ),
    Row(
        "another service's notification",
        "diversion:notification",
        lambda p: reverse("diversion:notification", args=[p.other_service.pk]),
        "get",
        # Its own service's manager reads it; everyone in the cast's service is out of scope.
        {**{role: 403 if status == 403 else 404 for role, status in READ_PIPELINE.items()}, "other_service_manager": 200},
    ),
]
