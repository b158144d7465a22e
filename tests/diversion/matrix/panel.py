"""The panel, escalation, outcome and follow-up rows of the out-of-court access matrix."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from tests.diversion.matrix import READ_PIPELINE, WORK_PIPELINE, Row, saved, statuses

# A list shows the user's own service: another service's manager gets their own (empty) list.
READ_LIST = {**READ_PIPELINE, "other_service_manager": 200}
WORK_LIST = {**WORK_PIPELINE, "other_service_manager": 200}
# The named manager (the cast's team manager) or any service manager of the service.
RESOLVE = statuses(403, team_manager=200, service_manager=200, other_service_manager=404)


def _today() -> str:
    return timezone.localdate().isoformat()


ROWS: list[Row] = [
    Row("the panels", "diversion:panels", lambda p: reverse("diversion:panels"), "get", READ_LIST),
    Row("arranging a panel", "diversion:panel_new", lambda p: reverse("diversion:panel_new"), "get", WORK_LIST),
    Row(
        "arranging a panel",
        "diversion:panel_new",
        lambda p: reverse("diversion:panel_new"),
        "post",
        saved(WORK_LIST),
        data=lambda p, user: {
            "meeting_date": (timezone.localdate() + timedelta(days=1)).isoformat(),
            "police_attendees": "Sgt Example",
            "yjs_attendees": "Team manager",
        },
    ),
    Row("a panel", "diversion:panel", lambda p: reverse("diversion:panel", args=[p.meeting.pk]), "get", READ_PIPELINE),
    Row(
        "recording a decision",
        "diversion:decide",
        lambda p: reverse("diversion:decide", args=[p.meeting.pk, p.panel.pk]),
        "get",
        WORK_PIPELINE,
    ),
    Row(
        "recording a decision",
        "diversion:decide",
        lambda p: reverse("diversion:decide", args=[p.meeting.pk, p.panel.pk]),
        "post",
        saved(WORK_PIPELINE),
        data=lambda p, user: {
            "police_position": "CR",
            "yjs_position": "CR",
            "agreed": "yes",
            "decision": "CR",
            "rationale": "Gravity 2, admitted, no previous outcomes; the victim accepts a community resolution.",
        },
    ),
    Row("the escalations", "diversion:escalations", lambda p: reverse("diversion:escalations"), "get", WORK_LIST),
    Row(
        "resolving an escalation",
        "diversion:resolve",
        lambda p: reverse("diversion:resolve", args=[p.escalation.pk]),
        "get",
        RESOLVE,
    ),
    Row(
        "resolving an escalation",
        "diversion:resolve",
        lambda p: reverse("diversion:resolve", args=[p.escalation.pk]),
        "post",
        saved(RESOLVE),
        data=lambda p, user: {"final_decision": "YC", "resolution": "Discussed with both; a caution is proportionate."},
    ),
    Row(
        "recording the outcome",
        "diversion:deliver",
        lambda p: reverse("diversion:deliver", args=[p.decided.pk]),
        "get",
        WORK_PIPELINE,
    ),
    Row(
        "recording the outcome",
        "diversion:deliver",
        lambda p: reverse("diversion:deliver", args=[p.decided.pk]),
        "post",
        saved(WORK_PIPELINE),
        data=lambda p, user: {"delivered_on": _today()},
    ),
    Row(
        "following up a child",
        "diversion:follow_up",
        lambda p: reverse("diversion:follow_up", args=[p.decided.pk]),
        "get",
        WORK_PIPELINE,
    ),
    Row(
        "following up a child",
        "diversion:follow_up",
        lambda p: reverse("diversion:follow_up", args=[p.decided.pk]),
        "post",
        saved(WORK_PIPELINE),
        data=lambda p, user: {"note": "Missed two appointments to receive the caution."},
    ),
    Row("children needing follow-up", "diversion:follow_ups", lambda p: reverse("diversion:follow_ups"), "get", READ_LIST),
]
