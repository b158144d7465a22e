from __future__ import annotations

from django.urls import path

from yjs.core.views import home

app_name = "children"
# Placeholder so navigation resolves; the search page replaces it.
urlpatterns = [
    path("", home, name="search"),
]
