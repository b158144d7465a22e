from __future__ import annotations

from django.urls import path

from yjs.workforce import views

app_name = "workforce"

urlpatterns = [
    path("", views.staff, name="staff"),
    path("supervision/overdue/", views.overdue, name="overdue"),
    path("training/", views.training, name="training"),
    path("training/courses/new/", views.course_new, name="course_new"),
    path("surveys/", views.surveys, name="surveys"),
    path("surveys/new/", views.survey_new, name="survey_new"),
    path("surveys/<int:pk>/results/new/", views.survey_result_new, name="survey_result_new"),
    path("staff/<int:pk>/", views.member, name="member"),
    path("staff/<int:pk>/supervision/new/", views.supervision_new, name="supervision_new"),
    path("staff/<int:pk>/training/new/", views.training_new, name="training_new"),
]
