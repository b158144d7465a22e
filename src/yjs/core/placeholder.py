"""A page that is not built yet: it names itself rather than failing, so links between apps resolve."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse


def not_built_yet(request: HttpRequest, **kwargs: object) -> HttpResponse:
    return HttpResponse("This page is being built.", status=501, content_type="text/plain")
