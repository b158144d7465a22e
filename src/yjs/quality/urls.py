"""The quality area's pages: each view module lists its own routes."""

from __future__ import annotations

from django.urls import path

from yjs.core.placeholder import not_built_yet
from yjs.quality.views import frameworks, rating

app_name = "quality"

urlpatterns = [
    path("", not_built_yet, name="index"),
    *frameworks.urlpatterns,
    *rating.urlpatterns,
]
