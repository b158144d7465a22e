from __future__ import annotations

from django.urls import path

from yjs.core.placeholder import not_built_yet

app_name = "parenting"

urlpatterns = [
    path("children/<int:pk>/", not_built_yet, name="child"),
]
