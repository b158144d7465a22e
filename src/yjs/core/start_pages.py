"""Where each role starts after signing in, and what the holding page tells roles with no start page yet."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from yjs.core.roles import CASEWORKERS, Role


@dataclass(frozen=True)
class StartPage:
    url_name: str = ""
    # For roles without a start page: what the role may do in yjs, shown on the holding page.
    explanation: str | Promise = ""


_RECORD_READERS_OUTSIDE_CASEWORK = frozenset({Role.HEALTH_WORKER})

_HOLDING_EXPLANATIONS: dict[str, Promise] = {
    Role.ADMINISTRATOR: _(
        "Administrators look after staff accounts and the service's settings. "
        "Your role cannot open children's records."
    ),
}


def start_page_for(user: object) -> StartPage:
    role = getattr(user, "role", "")
    if role in CASEWORKERS:
        return StartPage(url_name="casework:caseload")
    if role == Role.POLICE_OFFICER:
        return StartPage(url_name="diversion:pipeline")
    if role == Role.PARTNER_SCREENER:
        return StartPage(url_name="diversion:screening_requests")
    if role == Role.AUDITOR:  # the case audits they are asked to answer
        return StartPage(url_name="quality:index")
    if role == Role.BOARD_MEMBER:
        return StartPage(url_name="governance:board")
    if role in _RECORD_READERS_OUTSIDE_CASEWORK:
        return StartPage(url_name="children:search")
    return StartPage(
        explanation=_HOLDING_EXPLANATIONS.get(role, _("Your role does not give you access to children's records."))
    )
