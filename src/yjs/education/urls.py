from __future__ import annotations

from django.urls import path

from yjs.education import views

app_name = "education"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("children/<int:pk>/", views.child, name="child"),
    path("children/<int:pk>/placements/new/", views.placement_new, name="placement_new"),
    path("children/<int:pk>/placements/<int:placement_pk>/edit/", views.placement_edit, name="placement_edit"),
    path("children/<int:pk>/placements/<int:placement_pk>/remove/", views.placement_remove, name="placement_remove"),
    path("children/<int:pk>/exclusions/new/", views.exclusion_new, name="exclusion_new"),
    path("children/<int:pk>/exclusions/<int:exclusion_pk>/edit/", views.exclusion_edit, name="exclusion_edit"),
    path("children/<int:pk>/exclusions/<int:exclusion_pk>/remove/", views.exclusion_remove, name="exclusion_remove"),
]
