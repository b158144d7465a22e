"""Every page needs a login; the API answers 401/403 itself (DRF denies by default)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.middleware import LoginRequiredMiddleware as DjangoLoginRequired
from django.http import HttpRequest, HttpResponseBase
from django.utils.translation import gettext as _


class LoginRequiredMiddleware(DjangoLoginRequired):
    open_prefixes = ("/api/", "/static/")

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):  # type: ignore[no-untyped-def]
        if request.path.startswith(self.open_prefixes):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)

    def handle_no_permission(self, request: HttpRequest, view_func) -> HttpResponseBase:  # type: ignore[no-untyped-def]
        # A session cookie the server no longer knows means the session ended while the browser was open
        # (sign-out deletes the cookie, closing the browser forgets it): say why, rather than just ask again.
        if request.COOKIES.get(settings.SESSION_COOKIE_NAME):
            messages.info(
                request,
                _("You have been signed out because yjs was not used for %(minutes)s minutes. Sign in again to continue.")
                % {"minutes": settings.SESSION_COOKIE_AGE // 60},
            )
        return super().handle_no_permission(request, view_func)
