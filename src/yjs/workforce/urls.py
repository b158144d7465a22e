from __future__ import annotations

from django.urls import path

from yjs.workforce import views

app_name = "workforce"

urlpatterns = [
    path("", views.staff, name="staff"),
    path("supervision/overdue/", views.overdue, name="overdue"),
    path("training/", views.training, name="training"),
    path("surveys/", views.surveys, name="surveys"),
    path("staff/<int:pk>/", views.member, name="member"),
    path("staff/<int:pk>/supervision/new/", views.supervision_new, name="supervision_new"),
    path("staff/<int:pk>/training/new/", views.training_new, name="training_new"),
]
