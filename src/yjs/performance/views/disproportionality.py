"""The disproportionality page of the reader's own service: shares and relative rates at each stage."""

from __future__ import annotations

from django.urls import path

from yjs.performance.disproportionality_page import disproportionality_page
from yjs.performance.views.pages import performance_page


def disproportionality(request):  # type: ignore[no-untyped-def]
    return performance_page(
        request,
        "performance/disproportionality.html",
        lambda service, quarter, protect: disproportionality_page(service, quarter, protect=protect),
    )


urlpatterns = [path("disproportionality/", disproportionality, name="disproportionality")]
