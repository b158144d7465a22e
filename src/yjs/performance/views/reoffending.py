"""The reoffending page of the reader's own service: the live tracker and out-of-court reoffending."""

from __future__ import annotations

from django.urls import path
from django.utils import timezone

from yjs.performance.reoffending_page import reoffending_page
from yjs.performance.views.pages import performance_page


def reoffending(request):  # type: ignore[no-untyped-def]
    today = timezone.localdate()
    return performance_page(
        request,
        "performance/reoffending.html",
        lambda service, quarter, protect: reoffending_page(service, quarter, today=today, protect=protect),
    )


urlpatterns = [path("reoffending/", reoffending, name="reoffending")]
