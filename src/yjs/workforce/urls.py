from __future__ import annotations

from django.urls import path

from yjs.workforce import views

app_name = "workforce"

urlpatterns = [
    path("", views.staff, name="staff"),
    path("supervision/overdue/", views.overdue, name="overdue"),
    path("training/", views.training, name="training"),
    path("training/courses/new/", views.course_new, name="course_new"),
    path("training/courses/<int:pk>/edit/", views.course_edit, name="course_edit"),
    path("surveys/", views.surveys, name="surveys"),
    path("surveys/new/", views.survey_new, name="survey_new"),
    path("surveys/<int:pk>/edit/", views.survey_edit, name="survey_edit"),
    path("surveys/<int:pk>/results/new/", views.survey_result_new, name="survey_result_new"),
    path("surveys/<int:pk>/results/<int:result_pk>/edit/", views.survey_result_edit, name="survey_result_edit"),
    path("staff/<int:pk>/", views.member, name="member"),
    path("staff/<int:pk>/supervision/new/", views.supervision_new, name="supervision_new"),
    path("staff/<int:pk>/training/new/", views.training_new, name="training_new"),
    path("staff/<int:pk>/supervision/<int:record_pk>/edit/", views.supervision_edit, name="supervision_edit"),
    path("staff/<int:pk>/supervision/<int:record_pk>/remove/", views.supervision_remove, name="supervision_remove"),
    path("staff/<int:pk>/training/<int:record_pk>/edit/", views.training_edit, name="training_edit"),
    path("staff/<int:pk>/training/<int:record_pk>/remove/", views.training_remove, name="training_remove"),
]
