from __future__ import annotations

from django.urls import path

from yjs.core.placeholder import not_built_yet

app_name = "children"
# Placeholders: each is replaced by its real view; the names are the contract other apps link to.
urlpatterns = [
    path("", not_built_yet, name="search"),
    path("new/", not_built_yet, name="new"),
    path("<int:pk>/", not_built_yet, name="record"),
    path("<int:pk>/edit/", not_built_yet, name="edit"),
    path("<int:pk>/timeline/", not_built_yet, name="timeline"),
    path("<int:pk>/history/", not_built_yet, name="history"),
    path("<int:pk>/viewed-by/", not_built_yet, name="access_log"),
    path("<int:pk>/carers/new/", not_built_yet, name="carer_new"),
]
