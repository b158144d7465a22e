"""Sign in, sign out, and the home page that sends each role to its own start page."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from yjs.core.context_processors import PRACTICE_AREA_MENUS
from yjs.core.login_form import SignInForm
from yjs.core.start_pages import start_page_for


@method_decorator(login_not_required, name="dispatch")
class SignInView(auth_views.LoginView):
    """Django's LoginView already follows `next` only when it is a local URL on an allowed host."""

    form_class = SignInForm
    redirect_authenticated_user = True


@method_decorator(login_not_required, name="dispatch")
class SignOutView(auth_views.LogoutView):
    """Sign-out is a POST only (Django refuses GET), so a link or prefetch cannot end a session."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        was_signed_in = request.user.is_authenticated
        response = super().post(request, *args, **kwargs)
        if was_signed_in:
            messages.success(request, _("You have signed out."))
        return response


def home(request: HttpRequest) -> HttpResponse:
    start = start_page_for(request.user)
    if start.url_name:
        return redirect(start.url_name)
    return render(request, "core/home.html", {"start": start})


# What each practice area's lists are for, shown beside their links on the hub.
_AREA_PURPOSES = {
    "yjs.safety.access": _lazy("Risk panels and their actions, MAPPA, exploitation and contingency plans to review."),
    "yjs.victims.access": _lazy("Victims awaiting contact, consent and restorative justice."),
    "yjs.education.access": _lazy(
        "Children not in full-time education, and 16 and 17 year olds not in education, employment or training."
    ),
    "yjs.health.access": _lazy("Health interventions offered and attended."),
    "yjs.resettlement.access": _lazy("Children in custody and their release plans, and children turning 18."),
    "yjs.parenting.access": _lazy("Parenting work, and what children and parents tell us."),
}


def practice_areas(request: HttpRequest) -> HttpResponse:
    """The service-wide lists of every practice area the user works in, behind the menu's one item."""
    areas = [
        {"text": text, "href": href, "purpose": _AREA_PURPOSES.get(module, "")}
        for module, _prefix in PRACTICE_AREA_MENUS
        for text, href in import_module(module).nav_items(request.user)
    ]
    if not areas:
        raise PermissionDenied
    return render(request, "core/practice_areas.html", {"areas": areas})


@login_not_required
def healthcheck(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})
