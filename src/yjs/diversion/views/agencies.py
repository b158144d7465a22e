"""The partner agencies a service asks to screen: listed, added, renamed and retired by its managers."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.models import PartnerAgency, User
from yjs.core.refusals import add_service_errors
from yjs.diversion import access
from yjs.diversion.forms_screening import AgencyForm
from yjs.diversion.services.screening import add_agency, change_agency


def _configurer(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_configure_agencies(user):
        raise PermissionDenied
    return user


@require_GET
def agencies(request: HttpRequest) -> HttpResponse:
    user = _configurer(request)
    items = PartnerAgency.objects.filter(service_id=user.service_id).order_by("-active", "name")
    return render(request, "diversion/agencies/list.html", {"agencies": items})


@require_http_methods(["GET", "POST"])
def agency_new(request: HttpRequest) -> HttpResponse:
    user = _configurer(request)
    form = AgencyForm(posted(request), initial={"screens_out_of_court": True})
    if request.method == "POST" and form.is_valid():
        try:
            agency = add_agency(user, form.cleaned_data["name"], form.cleaned_data["screens_out_of_court"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s added") % {"name": agency.name})
            return redirect("diversion:agencies")
    return render(request, "diversion/agencies/form.html", {"form": form, "title": _("Add a partner agency")})


@require_http_methods(["GET", "POST"])
def agency_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _configurer(request)
    agency = get_object_or_404(PartnerAgency, pk=pk, service_id=user.service_id)
    form = AgencyForm(posted(request), instance=PartnerAgency.objects.get(pk=agency.pk))
    if request.method == "POST" and form.is_valid():
        try:
            change_agency(user, agency, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s saved") % {"name": agency.name})
            return redirect("diversion:agencies")
    title = _("Change %(name)s") % {"name": agency.name}
    return render(request, "diversion/agencies/form.html", {"form": form, "title": title, "agency": agency})


urlpatterns = [
    path("agencies/", agencies, name="agencies"),
    path("agencies/new/", agency_new, name="agency_new"),
    path("agencies/<int:pk>/", agency_edit, name="agency_edit"),
]
