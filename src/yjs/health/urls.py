from __future__ import annotations

from django.urls import path

from yjs.health import views

app_name = "health"

urlpatterns = [
    path("children/<int:pk>/", views.child, name="child"),
    path("children/<int:pk>/interventions/new/", views.intervention_new, name="intervention_new"),
    path("children/<int:pk>/interventions/<int:intervention_pk>/edit/", views.intervention_edit, name="intervention_edit"),
    path(
        "children/<int:pk>/interventions/<int:intervention_pk>/remove/",
        views.intervention_remove,
        name="intervention_remove",
    ),
]
