"""The performance dashboard of the reader's own service."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_GET

from yjs.lib.suppression import FEWER_THAN_FIVE, WITHHELD
from yjs.performance import access
from yjs.performance.dashboard import dashboard as build_dashboard
from yjs.performance.forms import PeriodForm
from yjs.performance.panels import period_label


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not access.may_read_performance(user):  # type: ignore[arg-type]
        raise PermissionDenied
    form = PeriodForm(request.GET or None, today=timezone.localdate())
    quarter = form.quarter()
    protect = not access.sees_small_counts(user)  # type: ignore[arg-type]
    context = {
        "form": form,
        "quarter": quarter,
        "period": period_label(quarter),
        "sections": build_dashboard(user.service, quarter, protect=protect),  # type: ignore[union-attr]
        "protect": protect,
        "fewer_than_five": FEWER_THAN_FIVE,
        "withheld": WITHHELD,
    }
    return render(request, "performance/dashboard.html", context)


urlpatterns = [path("", dashboard, name="dashboard")]
