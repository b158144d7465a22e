from __future__ import annotations

from django.urls import path

from yjs.justice import views

app_name = "justice"
# Other apps link to these names: keep them and their paths stable.
urlpatterns = [
    path("children/<int:child_pk>/offences/new/", views.offence_new, name="offence_new"),
    path("children/<int:child_pk>/outcomes/new/", views.outcome_new, name="outcome_new"),
]
