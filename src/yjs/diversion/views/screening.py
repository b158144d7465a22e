"""Screening pages: the requests addressed to a partner agency, and the page where it answers one.

A partner screener sees only their own agency's requests, and of the child only what they need to
search their own records: name, date of birth and address. Never the offence, the victim, another
agency's answer, or a link to the child's record. Those who work the pipeline see every request
of the service, and may record an answer on an agency's behalf (given by telephone, say).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.models import User
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.core.roles import Role
from yjs.diversion import access, selectors
from yjs.diversion.forms_screening import ScreeningAnswerForm, ScreeningFilterForm
from yjs.diversion.services.screening import may_respond, respond_to_screening


def _may_list(user: User) -> bool:
    return user.role == Role.PARTNER_SCREENER or access.may_read_pipeline(user)


@require_GET
def screening_requests(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if not user.is_authenticated or user.service_id is None or not _may_list(user):
        raise PermissionDenied
    screener = user.role == Role.PARTNER_SCREENER
    answered = request.GET.get("show") == "answered"
    filters = None
    agency_id, overdue = None, False
    if not screener:
        filters = ScreeningFilterForm(request.GET or None, service_id=user.service_id)
        if filters.is_valid():
            agency = filters.cleaned_data.get("agency")
            agency_id, overdue = (agency.pk if agency else None), bool(filters.cleaned_data.get("overdue"))
    requests = selectors.screening_requests_for(
        user, answered=answered if screener else None, agency_id=agency_id, overdue=overdue
    )
    context = {
        "screener": screener,
        "answered": answered,
        "filters": filters,
        "page": paginate(request, requests),
    }
    return render(request, "diversion/screening/list.html", context)


@require_http_methods(["GET", "POST"])
def screening_respond(request: HttpRequest, pk: int) -> HttpResponse:
    """Answer a screening request, or change an answer given.

    The agency's screener answers for it; someone who works the pipeline may record the answer on its
    behalf. Another agency's request is 404 to a screener: it is not theirs to know about.
    """
    user: User = request.user  # type: ignore[assignment]
    if not (user.role == Role.PARTNER_SCREENER or access.may_work_pipeline(user)):
        raise PermissionDenied
    queryset = access.screening_requests_visible_to(user).select_related("agency", "notification", "responded_by")
    item = get_object_or_404(queryset, pk=pk)
    if not may_respond(user, item):
        raise PermissionDenied
    notification = item.notification
    changing = item.is_answered and request.GET.get("change") == "1" or request.method == "POST"
    form = ScreeningAnswerForm(posted(request), instance=item)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data.get(name) for name in ("child_known", "family_known", "information")}
        try:
            respond_to_screening(user, item, data, form.cleaned_data.get("version"))
        except StaleRecordError as error:
            item = get_object_or_404(queryset, pk=pk)
            form.add_error(None, str(error))
            form.data = form.data.copy()
            form.data["version"] = str(item.version)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Screening answer saved for %(agency)s") % {"agency": item.agency})
            return redirect("diversion:screening_requests")
    if request.method == "GET" and notification.child_id:
        record_view(user, notification.child_id, f"Screening request ({item.agency})")
    context = {
        "item": item,
        "notification": notification,
        "form": form if (not item.is_answered or changing) else None,
        "screener": user.role == Role.PARTNER_SCREENER,
    }
    return render(request, "diversion/screening/respond.html", context)


urlpatterns = [
    path("screening/", screening_requests, name="screening_requests"),
    path("screening/<int:pk>/", screening_respond, name="screening_respond"),
]
