from __future__ import annotations

from django.urls import path

from yjs.casework import views

app_name = "casework"
# Other apps link to these names: keep each name and path.
urlpatterns = [
    path("", views.caseload, name="caseload"),
    path("team/", views.team_cases, name="team_cases"),
    path("outcomes/<int:outcome_pk>/intervention/new/", views.intervention_new, name="intervention_new"),
    path("interventions/<int:pk>/", views.intervention, name="intervention"),
    path("interventions/<int:pk>/allocate/", views.allocate, name="allocate"),
    path("interventions/<int:pk>/close/", views.intervention_close, name="intervention_close"),
    path("interventions/<int:pk>/assessments/new/", views.assessment_new, name="assessment_new"),
    path("assessments/<int:pk>/", views.assessment, name="assessment"),
    path("assessments/<int:pk>/oversight/", views.assessment_countersign, name="assessment_countersign"),
    path("interventions/<int:pk>/plans/new/", views.plan_new, name="plan_new"),
    path("plans/<int:pk>/", views.plan, name="plan"),
    path("plans/<int:pk>/oversight/", views.plan_countersign, name="plan_countersign"),
    path("interventions/<int:pk>/reviews/new/", views.review_new, name="review_new"),
    path("interventions/<int:pk>/changes/new/", views.significant_change_new, name="significant_change_new"),
    path("interventions/<int:pk>/contacts/new/", views.contact_new, name="contact_new"),
    path("contacts/<int:pk>/", views.contact_update, name="contact_update"),
]
