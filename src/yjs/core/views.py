"""Sign in, sign out, and the home page that sends each role to its own start page."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.decorators import method_decorator

from yjs.core.login_form import SignInForm


@method_decorator(login_not_required, name="dispatch")
class SignInView(auth_views.LoginView):
    form_class = SignInForm
    redirect_authenticated_user = True


def home(request: HttpRequest) -> HttpResponse:
    # Each role's start page redirects here until it exists; the home page then explains.
    return render(request, "core/home.html")


@login_not_required
def healthcheck(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})
