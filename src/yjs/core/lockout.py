"""What a locked-out sign-in gets back (django-axes' AXES_LOCKOUT_CALLABLE).

Pages get the locked-out page; the API (/api/) gets JSON, so that an integration reads a message and
a retry time instead of an HTML page it cannot parse.
"""

from __future__ import annotations

from typing import Any

from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

LOCKED_OUT = 429


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict[str, Any] | None = None
) -> HttpResponse:
    cool_off = get_cool_off(request)
    if request.path.startswith("/api/"):
        minutes = int(cool_off.total_seconds() // 60) if cool_off else 0
        detail = _("Too many failed attempts to sign in with this user name.")
        if minutes:
            detail += " " + ngettext("Try again in %(minutes)d minute.", "Try again in %(minutes)d minutes.", minutes) % {
                "minutes": minutes
            }
        response = JsonResponse({"detail": detail}, status=LOCKED_OUT)
        if cool_off:
            response["Retry-After"] = str(int(cool_off.total_seconds()))
        return response
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "username": get_client_username(request, credentials) or "",
        "cooloff_timedelta": cool_off,
    }
    return render(request, settings.AXES_LOCKOUT_TEMPLATE, context, status=LOCKED_OUT)
