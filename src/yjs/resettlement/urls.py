from __future__ import annotations

from django.urls import path

from yjs.resettlement import views

app_name = "resettlement"

urlpatterns = [
    path("children/<int:pk>/", views.child, name="child"),
    path("children/<int:pk>/custody/new/", views.episode_new, name="episode_new"),
    path("custody/<int:pk>/edit/", views.episode_edit, name="episode_edit"),
    path("custody/<int:pk>/remove/", views.episode_remove, name="episode_remove"),
    path("custody/<int:pk>/milestones/<slug:code>/", views.milestone, name="milestone"),
    path("children/<int:pk>/accommodation/new/", views.accommodation_new, name="accommodation_new"),
    path("accommodation/<int:pk>/edit/", views.accommodation_edit, name="accommodation_edit"),
    path("accommodation/<int:pk>/remove/", views.accommodation_remove, name="accommodation_remove"),
    path("children/<int:pk>/transition/new/", views.transition_new, name="transition_new"),
    path("transitions/<int:pk>/edit/", views.transition_edit, name="transition_edit"),
    path("transitions/<int:pk>/remove/", views.transition_remove, name="transition_remove"),
    path("custody/", views.custody, name="custody"),
    path("turning-18/", views.turning_18, name="turning_18"),
]
