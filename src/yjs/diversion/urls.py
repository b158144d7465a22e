"""The out-of-court pipeline's pages: each view module lists its own routes, in pipeline order."""

from __future__ import annotations

from yjs.diversion.views import (
    agencies,
    intake,
    notification,
    outcome,
    panel,
    pipeline_list,
    proposal,
    reports,
    screening,
    scrutiny,
)

app_name = "diversion"

urlpatterns = [
    *pipeline_list.urlpatterns,
    *notification.urlpatterns,
    *intake.urlpatterns,
    *screening.urlpatterns,
    *proposal.urlpatterns,
    *panel.urlpatterns,
    *outcome.urlpatterns,
    *reports.urlpatterns,
    *scrutiny.urlpatterns,
    *agencies.urlpatterns,
]
