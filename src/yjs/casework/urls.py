from __future__ import annotations

from django.urls import path

from yjs.core.views import home

app_name = "casework"
# Placeholders so navigation resolves; the caseload and team pages replace them.
urlpatterns = [
    path("", home, name="caseload"),
    path("team/", home, name="team_cases"),
]
