"""The performance pages: each view module lists its own routes."""

from __future__ import annotations

from yjs.performance.views import board_report, dashboard, disproportionality, kpis, reoffending

app_name = "performance"

urlpatterns = [
    *dashboard.urlpatterns,
    *kpis.urlpatterns,
    *board_report.urlpatterns,
    *reoffending.urlpatterns,
    *disproportionality.urlpatterns,
]
