from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt


# Exempt so that a write to a wrong address is told 404, not refused for a missing CSRF cookie.
@csrf_exempt
def not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    """A JSON 404 for any address under /api/ that names no endpoint, instead of the site's HTML page."""
    return JsonResponse({"detail": _("There is no API endpoint at this address.")}, status=404)
