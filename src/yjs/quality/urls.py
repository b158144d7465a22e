"""The quality area's pages: each view module lists its own routes."""

from __future__ import annotations

from yjs.quality.views import auditing, frameworks, rating, results, rounds

app_name = "quality"

urlpatterns = [
    *rounds.urlpatterns,
    *auditing.urlpatterns,
    *results.urlpatterns,
    *frameworks.urlpatterns,
    *rating.urlpatterns,
]
