from __future__ import annotations

from django.urls import path

from yjs.core.placeholder import not_built_yet

app_name = "justice"
# Placeholders: each is replaced by its real view; the names are the contract other apps link to.
urlpatterns = [
    path("children/<int:child_pk>/offences/new/", not_built_yet, name="offence_new"),
    path("children/<int:child_pk>/outcomes/new/", not_built_yet, name="outcome_new"),
]
