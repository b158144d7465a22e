"""Sign in, sign out, and the home page that sends each role to its own start page."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _

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


@login_not_required
def healthcheck(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})
