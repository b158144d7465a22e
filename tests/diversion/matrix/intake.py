"""The intake step's rows of the out-of-court access matrix (see tests/diversion/matrix/__init__.py)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.urls import reverse
from django.utils import timezone

from tests.diversion.conftest import Pipeline
from tests.diversion.matrix import WORK_PIPELINE, Row, saved
from yjs.core.models import LocalAuthority, User

# Pages that are not about one notification: another service's manager works their own service's.
WORK_OWN_SERVICE = {**WORK_PIPELINE, "other_service_manager": 200}


def notification_form(pipeline: Pipeline, user: User) -> dict[str, Any]:
    today = timezone.localdate()
    authority = LocalAuthority.objects.filter(service_id=user.service_id).first()
    return {
        "police_reference": "DP/999001/25",
        "first_name": "Casey",
        "last_name": "Newchild",
        "date_of_birth": (today - timedelta(days=365 * 14)).isoformat(),
        "pnc_number": "",
        "sex": "F",
        "address": "",
        "local_authority": authority.pk if authority else "",
        "offence_date": (today - timedelta(days=3)).isoformat(),
        "offence_description": "Theft from a shop",
        "offence_category": "THEFT_AND_HANDLING",
        "gravity_score": "2",
        "admitted": "yes",
        "officer": "PC 1234 Example",
        "victim_details": "",
        "notified_on": today.isoformat(),
    }


def match_form(pipeline: Pipeline, user: User) -> dict[str, Any]:
    return {"child": str(pipeline.cast.child.pk), "version": str(pipeline.matching.version)}


def withdraw_form(pipeline: Pipeline, user: User) -> dict[str, Any]:
    return {"reason": "Notified in error", "confirm": "on", "version": str(pipeline.screening.version)}


ROWS: list[Row] = [
    Row("the notification form", "diversion:notify", lambda p: reverse("diversion:notify"), "get", WORK_OWN_SERVICE),
    Row(
        "recording a notification",
        "diversion:notify",
        lambda p: reverse("diversion:notify"),
        "post",
        saved(WORK_OWN_SERVICE),
        notification_form,
    ),
    Row("the matches to review", "diversion:matches", lambda p: reverse("diversion:matches"), "get", WORK_OWN_SERVICE),
    Row(
        "reviewing a match",
        "diversion:match",
        lambda p: reverse("diversion:match", args=[p.matching.pk]),
        "get",
        WORK_PIPELINE,
    ),
    Row(
        "choosing the matched child",
        "diversion:match",
        lambda p: reverse("diversion:match", args=[p.matching.pk]),
        "post",
        saved(WORK_PIPELINE),
        match_form,
    ),
    Row(
        "the withdraw page",
        "diversion:withdraw",
        lambda p: reverse("diversion:withdraw", args=[p.screening.pk]),
        "get",
        WORK_PIPELINE,
    ),
    Row(
        "withdrawing a notification",
        "diversion:withdraw",
        lambda p: reverse("diversion:withdraw", args=[p.screening.pk]),
        "post",
        saved(WORK_PIPELINE),
        withdraw_form,
    ),
]
