"""Screening, proposal, brief assessment, partner agencies and the pipeline list: rows of the access matrix."""

from __future__ import annotations

from django.urls import reverse

from tests.diversion.matrix import WORK_PIPELINE, Row, saved, statuses

# Lists are scoped, not refused, for another service's manager: they see their own service's (empty) list.
PIPELINE_LIST = statuses(200, health_worker=403, partner_screener=403, board_member=403, administrator=403)
SCREENING_LIST = statuses(200, health_worker=403, board_member=403, administrator=403)
# The agency's screener answers; pipeline workers may record an answer on its behalf.
RESPOND_OWN = {**WORK_PIPELINE, "partner_screener": 200}
RESPOND_OTHER_AGENCY = {**WORK_PIPELINE, "partner_screener": 404}
AGENCIES = statuses(403, service_manager=200, administrator=200, other_service_manager=200)
AGENCY_EDIT = {**AGENCIES, "other_service_manager": 404}
MANAGERS_ONLY = statuses(403, team_manager=200, service_manager=200, other_service_manager=404)
# The allocated case manager (the cast's) and managers record the brief assessment.
RECORD_ASSESSMENT = {**MANAGERS_ONLY, "case_manager": 200}

ANSWER = {"child_known": "yes", "family_known": "no", "information": "Open to children's social care since May."}

ROWS: list[Row] = [
    Row("the out-of-court list", "diversion:pipeline", lambda p: reverse("diversion:pipeline"), "get", PIPELINE_LIST),
    Row(
        "screening requests",
        "diversion:screening_requests",
        lambda p: reverse("diversion:screening_requests"),
        "get",
        SCREENING_LIST,
    ),
    Row(
        "the screener's own agency's request",
        "diversion:screening_respond",
        lambda p: reverse("diversion:screening_respond", args=[p.social_care_request.pk]),
        "get",
        RESPOND_OWN,
    ),
    Row(
        "answering the screener's own agency's request",
        "diversion:screening_respond",
        lambda p: reverse("diversion:screening_respond", args=[p.social_care_request.pk]),
        "post",
        saved(RESPOND_OWN),
        data=lambda p, user: ANSWER,
    ),
    Row(
        "another agency's request",
        "diversion:screening_respond",
        lambda p: reverse("diversion:screening_respond", args=[p.health_request.pk]),
        "get",
        RESPOND_OTHER_AGENCY,
    ),
    Row(
        "answering another agency's request",
        "diversion:screening_respond",
        lambda p: reverse("diversion:screening_respond", args=[p.health_request.pk]),
        "post",
        saved(RESPOND_OTHER_AGENCY),
        data=lambda p, user: ANSWER,
    ),
    Row(
        "the proposal page",
        "diversion:propose",
        lambda p: reverse("diversion:propose", args=[p.proposal.pk]),
        "get",
        WORK_PIPELINE,
    ),
    Row(
        "proposing an outcome",
        "diversion:propose",
        lambda p: reverse("diversion:propose", args=[p.proposal.pk]),
        "post",
        saved(WORK_PIPELINE),
        data=lambda p, user: {
            "proposed_outcome": "YC",
            "offence_category": "THEFT_AND_HANDLING",
            "seriousness": "2",
            "reasons": "First offence, admitted; partners know the family through early help.",
            "version": str(p.proposal.version),
        },
    ),
    Row(
        "allocating the brief assessment",
        "diversion:assessment_allocate",
        lambda p: reverse("diversion:assessment_allocate", args=[p.assessment.pk]),
        "get",
        MANAGERS_ONLY,
    ),
    Row(
        "allocating the brief assessment (saving)",
        "diversion:assessment_allocate",
        lambda p: reverse("diversion:assessment_allocate", args=[p.assessment.pk]),
        "post",
        saved(MANAGERS_ONLY),
        data=lambda p, user: {
            "case_manager": str(p.cast.other_team_case_manager.pk),
            "version": str(p.brief_assessment.version),
        },
    ),
    Row(
        "the brief assessment",
        "diversion:assessment_record",
        lambda p: reverse("diversion:assessment_record", args=[p.assessment.pk]),
        "get",
        RECORD_ASSESSMENT,
    ),
    Row(
        "completing the brief assessment",
        "diversion:assessment_record",
        lambda p: reverse("diversion:assessment_record", args=[p.assessment.pk]),
        "post",
        saved(RECORD_ASSESSMENT),
        data=lambda p, user: {
            "needs": "Lives with mum; attending school; no previous YJS contact.",
            "summary": "Low risk; would benefit from a short voluntary programme.",
            "recommended_outcome": "CR",
            "action": "complete",
            "version": str(p.brief_assessment.version),
        },
    ),
    Row("partner agencies", "diversion:agencies", lambda p: reverse("diversion:agencies"), "get", AGENCIES),
    Row("adding an agency", "diversion:agency_new", lambda p: reverse("diversion:agency_new"), "get", AGENCIES),
    Row(
        "adding an agency (saving)",
        "diversion:agency_new",
        lambda p: reverse("diversion:agency_new"),
        "post",
        saved(AGENCIES),
        data=lambda p, user: {"name": "Youth housing", "screens_out_of_court": "on"},
    ),
    Row(
        "changing an agency",
        "diversion:agency_edit",
        lambda p: reverse("diversion:agency_edit", args=[p.health.pk]),
        "get",
        AGENCY_EDIT,
    ),
    Row(
        "changing an agency (saving)",
        "diversion:agency_edit",
        lambda p: reverse("diversion:agency_edit", args=[p.health.pk]),
        "post",
        saved(AGENCY_EDIT),
        data=lambda p, user: {"name": "Health (school nursing)", "screens_out_of_court": "on", "active": "on"},
    ),
]
