from __future__ import annotations

from django.urls import path

from yjs.core.placeholder import not_built_yet

app_name = "quality"

urlpatterns = [
    path("", not_built_yet, name="index"),
]
