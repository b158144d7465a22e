from __future__ import annotations

from django.urls import path

from yjs.core.placeholder import not_built_yet

app_name = "casework"
# Placeholders: each is replaced by its real view; the names are the contract other apps link to.
urlpatterns = [
    path("", not_built_yet, name="caseload"),
    path("team/", not_built_yet, name="team_cases"),
    path("outcomes/<int:outcome_pk>/intervention/new/", not_built_yet, name="intervention_new"),
    path("interventions/<int:pk>/", not_built_yet, name="intervention"),
    path("interventions/<int:pk>/allocate/", not_built_yet, name="allocate"),
    path("interventions/<int:pk>/assessments/new/", not_built_yet, name="assessment_new"),
    path("assessments/<int:pk>/", not_built_yet, name="assessment"),
    path("interventions/<int:pk>/plans/new/", not_built_yet, name="plan_new"),
    path("plans/<int:pk>/", not_built_yet, name="plan"),
    path("interventions/<int:pk>/reviews/new/", not_built_yet, name="review_new"),
    path("interventions/<int:pk>/changes/new/", not_built_yet, name="significant_change_new"),
    path("interventions/<int:pk>/contacts/new/", not_built_yet, name="contact_new"),
]
