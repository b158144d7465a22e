"""What the performance pages beside the dashboard share: who may read them, the period chooser, suppression."""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from yjs.core.models import Service, User
from yjs.lib.suppression import FEWER_THAN_FIVE, WITHHELD
from yjs.performance import access
from yjs.performance.forms import PeriodForm
from yjs.performance.page_parts import PageSection
from yjs.performance.panels import period_label
from yjs.performance.periods import Quarter

Build = Callable[[Service, Quarter, bool], list[PageSection]]


@require_GET
def performance_page(request: HttpRequest, template: str, build: Build) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_read_performance(user):
        raise PermissionDenied
    form = PeriodForm(request.GET or None, today=timezone.localdate())
    quarter = form.quarter()
    protect = not access.sees_small_counts(user)
    assert user.service is not None
    context = {
        "form": form,
        "quarter": quarter,
        "period": period_label(quarter),
        "sections": build(user.service, quarter, protect),
        "protect": protect,
        "fewer_than_five": FEWER_THAN_FIVE,
        "withheld": WITHHELD,
    }
    return render(request, template, context)
