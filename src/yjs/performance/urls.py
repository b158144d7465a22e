"""The performance pages: each view module lists its own routes."""

from __future__ import annotations

app_name = "performance"

urlpatterns: list = []
urlpatterns += __import__("yjs.performance.views.kpis", fromlist=["urlpatterns"]).urlpatterns
