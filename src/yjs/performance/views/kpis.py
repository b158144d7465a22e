"""The KPI return page for the user's own service, with a quarter chooser and the same figures as CSV."""

from __future__ import annotations

import io
from itertools import groupby

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_GET

from yjs.core.models import User
from yjs.lib.suppression import WITHHELD
from yjs.performance.access import may_read_performance, sees_small_counts
from yjs.performance.kpis.cells import FEWER_THAN_5, return_cells
from yjs.performance.kpis.csv_export import write_return
from yjs.performance.kpis.forms import QuarterForm
from yjs.performance.kpis.quarterly_return import KPI_NAMES, NOT_RECORDED_STATUS, KpiRow, kpi_return, return_rows
from yjs.performance.periods import last_complete_quarter


def _sections(rows: list[KpiRow], aggregates_only: bool) -> list[dict[str, object]]:
    sections = []
    shown = return_cells(rows, aggregates_only=aggregates_only)
    for kpi, in_kpi in groupby(shown, key=lambda pair: pair[0].kpi):
        measures = []
        for _code, in_measure in groupby(in_kpi, key=lambda pair: pair[0].measure):
            found = list(in_measure)
            measures.append(
                {
                    "first": found[0][0],
                    "not_recorded": found[0][0].status == NOT_RECORDED_STATUS,
                    "rows": found,
                }
            )
        sections.append({"kpi": kpi, "name": KPI_NAMES[kpi], "measures": measures})
    return sections


@require_GET
def kpis(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    if not may_read_performance(user):
        raise PermissionDenied
    today = timezone.localdate()
    chooser = QuarterForm(request.GET or None, today=today)
    quarter = chooser.chosen(last_complete_quarter(today))
    service = user.service
    assert service is not None
    rows = kpi_return(quarter.window, services=[service.pk]).get(service.pk) or return_rows(None, {}, None)
    aggregates_only = not sees_small_counts(user)
    if request.GET.get("format") == "csv":
        out = io.StringIO()
        write_return(out, quarter, [(service.code, rows)], aggregates_only=aggregates_only)
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="kpi-return-{service.code}-{quarter}.csv"'
        return response
    context = {
        "chooser": chooser,
        "quarter": quarter,
        "service": service,
        "sections": _sections(rows, aggregates_only),
        "aggregates_only": aggregates_only,
        "fewer_than_5": FEWER_THAN_5,
        "withheld": WITHHELD,
    }
    return render(request, "performance/kpis.html", context)


urlpatterns = [path("kpis/", kpis, name="kpis")]
