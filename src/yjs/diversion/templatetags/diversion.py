"""Template helpers for the out-of-court pages, and the brief assessments section of a case manager's caseload."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from yjs.diversion import access
from yjs.diversion.models import Notification, ScreeningRequest
from yjs.diversion.selectors import brief_assessments_of
from yjs.diversion.services.proposal import may_allocate_assessment, may_record_assessment, proposal_refusal
from yjs.diversion.services.screening import may_respond

register = template.Library()


@register.filter
def screening_overdue(request: ScreeningRequest) -> bool:
    return not request.is_answered and request.due_on < timezone.localdate()


@register.filter
def may_answer(request: ScreeningRequest, user: Any) -> bool:
    return may_respond(user, request)


@register.simple_tag
def why_not_propose(notification: Notification) -> str:
    """Empty when the police may propose now; otherwise why not, for the page to say."""
    return proposal_refusal(notification) or ""


@register.simple_tag
def assessment_permissions(assessment: Any, user: Any) -> dict[str, bool]:
    if assessment is None:
        return {"allocate": False, "record": False}
    return {
        "allocate": may_allocate_assessment(user, assessment) and assessment.completed_on is None,
        "record": may_record_assessment(user, assessment),
    }


@register.inclusion_tag("diversion/pipeline/_my_brief_assessments_list.html", takes_context=True)
def my_brief_assessments(context: template.Context) -> dict[str, Any]:
    """The brief assessments allocated to the signed-in case manager, for their caseload page."""
    user = context.get("user")
    if user is None or not access.may_read_pipeline(user):
        return {"items": []}
    return {"items": list(brief_assessments_of(user)), "today": timezone.localdate()}


@register.simple_tag(takes_context=True)
def out_of_court_links(context: dict[str, Any]) -> list[tuple[str, str]]:
    """The out-of-court pages a user may open, for the links at the top of the out-of-court list."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    user = context["request"].user
    links: list[tuple[str, str]] = []
    if access.may_work_pipeline(user):
        links += [
            (_("Record a notification"), reverse("diversion:notify")),
            (_("Match review"), reverse("diversion:matches")),
            (_("Panels"), reverse("diversion:panels")),
            (_("Escalations"), reverse("diversion:escalations")),
        ]
    if access.may_read_pipeline(user):
        links += [
            (_("Screening requests"), reverse("diversion:screening_requests")),
            (_("Follow-up"), reverse("diversion:follow_ups")),
            (_("Timeliness"), reverse("diversion:timeliness")),
        ]
    if access.may_scrutinise(user):
        links.append((_("Scrutiny"), reverse("diversion:scrutiny")))
    if access.may_configure_agencies(user):
        links.append((_("Partner agencies"), reverse("diversion:agencies")))
    return links
