"""The timeliness report: a page of tables, and the same figures as a CSV download (?format=csv)."""

from __future__ import annotations

import csv
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from yjs.core.models import LocalAuthority
from yjs.diversion import access
from yjs.diversion.report_forms import TimelinessFilterForm
from yjs.diversion.timeliness import GROUPING_LABELS, INTERVAL_LABELS, SMALL_GROUP_THRESHOLD, Grouping, Interval
from yjs.diversion.timeliness_queries import Report, default_period, timeliness_report


def _figure(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _fewer_than() -> str:
    return _("fewer than %(threshold)s") % {"threshold": SMALL_GROUP_THRESHOLD}


def _csv(report: Report) -> HttpResponse:
    filename = f"out-of-court-timeliness-{report.notified_from:%Y%m%d}-{report.notified_to:%Y%m%d}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow([_("Group type"), _("Group"), _("Interval"), _("Count"), _("Median days"), _("P90 days")])
    for grouping, groups in report.groups.items():
        for group in groups:
            for interval, figures in group.rows:
                count = _fewer_than() if group.suppressed else figures.count
                writer.writerow(
                    [
                        GROUPING_LABELS[grouping],
                        group.label,
                        INTERVAL_LABELS[interval],
                        count,
                        _figure(figures.median),
                        _figure(figures.p90),
                    ]
                )
    return response


@require_GET
def timeliness(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not access.may_read_timeliness(user):  # type: ignore[arg-type]
        raise PermissionDenied
    authorities = LocalAuthority.objects.filter(service_id=user.service_id)  # type: ignore[union-attr]
    start, end = default_period(timezone.localdate())
    filters = TimelinessFilterForm(
        request.GET or None, authorities=authorities, initial={"notified_from": start, "notified_to": end}
    )
    chosen: dict[str, Any] = {}
    if filters.is_bound:
        # A filter typed wrongly shows its error and is left out; the others still apply.
        filters.is_valid()
        chosen = filters.cleaned_data
    notified_from: date = chosen.get("notified_from") or start
    notified_to: date = chosen.get("notified_to") or end
    if notified_to < notified_from:
        notified_from, notified_to = start, end
    report = timeliness_report(user, notified_from, notified_to, chosen.get("local_authority"))  # type: ignore[arg-type]
    if request.GET.get("format") == "csv":
        return _csv(report)
    query = request.GET.copy()
    query["format"] = "csv"
    context = {
        "filters": filters,
        "report": report,
        "tables": [(GROUPING_LABELS[grouping], report.groups[grouping]) for grouping in Grouping],
        "intervals": [INTERVAL_LABELS[interval] for interval in Interval],
        "csv_query": query.urlencode(),
        "fewer_than": _fewer_than(),
        "threshold": SMALL_GROUP_THRESHOLD,
    }
    return render(request, "diversion/reports/timeliness.html", context)


urlpatterns = [path("timeliness/", timeliness, name="timeliness")]
