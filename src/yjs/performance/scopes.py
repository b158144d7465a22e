"""What the indicators are asked about: a period and the services or local authorities to report on.

Shared by the command and anything else that reads a period and an area from words a person typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from yjs.core.models import LocalAuthority, Service
from yjs.performance.grouping import LOCAL_AUTHORITY, SERVICE
from yjs.performance.periods import PeriodError, Quarter, Window, last_complete_quarter, year_ending


class ScopeError(ValueError):
    """A period or area that cannot be reported on; its message is for the user."""


@dataclass(frozen=True)
class Scope:
    """One group an indicator is reported for: a service or a local authority."""

    kind: str
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class Request:
    """The groups to report on, and how to ask the calculations for them."""

    by: str
    services: list[int] | None
    scopes: list[Scope]


def read_window(start: str | None, end: str | None, quarter: str | None, today: date) -> Window:
    """--from/--to, or --year-ending, or by default the year ending the last complete quarter."""
    try:
        if quarter and (start or end):
            raise ScopeError(_("Give either --from and --to, or --year-ending, not both."))
        if quarter:
            return year_ending(Quarter.parse(quarter))
        if start or end:
            if not (start and end):
                raise ScopeError(_("Give both --from and --to."))
            return Window(_read_date("--from", start), _read_date("--to", end))
        return year_ending(last_complete_quarter(today))
    except PeriodError as error:
        raise ScopeError(str(error)) from None


def _read_date(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ScopeError(
            _("%(option)s %(text)r is not a date: give it as YYYY-MM-DD.") % {"option": option, "text": text}
        ) from None


def read_scopes(service_code: str | None, authority_code: str | None) -> Request:
    """A local authority, a service, the only service, or else every service."""
    service = _service(service_code) if service_code else None
    if authority_code:
        authority = LocalAuthority.objects.filter(code=authority_code).select_related("service").first()
        if authority is None:
            raise ScopeError(_("No local authority has the code %(code)r.") % {"code": authority_code})
        if service is not None and authority.service_id != service.pk:
            raise ScopeError(_("%(authority)s is not in %(service)s.") % {"authority": authority, "service": service})
        scope = Scope(LOCAL_AUTHORITY, authority.pk, authority.code, authority.name)
        return Request(LOCAL_AUTHORITY, [authority.service_id], [scope])
    if service is not None:
        return Request(SERVICE, [service.pk], [_as_scope(service)])
    services = list(Service.objects.order_by("name"))
    if not services:
        raise ScopeError(_("There is no service to report on yet."))
    return Request(SERVICE, None if len(services) > 1 else [services[0].pk], [_as_scope(s) for s in services])


def _service(code: str) -> Service:
    service = Service.objects.filter(code=code).first()
    if service is None:
        raise ScopeError(_("No service has the code %(code)r.") % {"code": code})
    return service


def _as_scope(service: Service) -> Scope:
    return Scope(SERVICE, service.pk, service.code, service.name)
