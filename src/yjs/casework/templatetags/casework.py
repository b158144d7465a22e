"""Badges and tags for ratings and record statuses on casework pages."""

from __future__ import annotations

from django import template

from yjs.casework.vocabularies import RecordStatus, RiskLevel

register = template.Library()

RISK_BADGE = {
    RiskLevel.LOW: "moj-badge--green",
    RiskLevel.MEDIUM: "moj-badge--purple",
    RiskLevel.HIGH: "moj-badge--red",
    RiskLevel.VERY_HIGH: "moj-badge--black",
}
STATUS_TAG = {
    RecordStatus.DRAFT: "govuk-tag--grey",
    RecordStatus.SUBMITTED: "govuk-tag--yellow",
    RecordStatus.COUNTERSIGNED: "govuk-tag--green",
}


@register.filter
def risk_badge_class(level: str | None) -> str:
    return RISK_BADGE.get(level or "", "moj-badge--grey")


@register.filter
def risk_label(level: str | None) -> str:
    return str(RiskLevel(level).label) if level else ""


@register.filter
def status_tag_class(status: str | None) -> str:
    return STATUS_TAG.get(status or "", "govuk-tag--grey")


@register.filter
def status_label(status: str | None) -> str:
    return str(RecordStatus(status).label) if status else ""
