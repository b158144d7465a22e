"""The partnership board's pages: each view module lists its own routes."""

from __future__ import annotations

app_name = "governance"

urlpatterns: list = []
