"""Every page needs a login; the API answers 401/403 itself (DRF denies by default)."""

from __future__ import annotations

from django.contrib.auth.middleware import LoginRequiredMiddleware as DjangoLoginRequired
from django.http import HttpRequest


class LoginRequiredMiddleware(DjangoLoginRequired):
    open_prefixes = ("/api/", "/static/")

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):  # type: ignore[no-untyped-def]
        if request.path.startswith(self.open_prefixes):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)
