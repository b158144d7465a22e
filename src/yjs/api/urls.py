from __future__ import annotations

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from yjs.api.views.auth import TokenView
from yjs.api.views.casework import (
    AssessmentViewSet,
    ContactViewSet,
    InterventionViewSet,
    PlanViewSet,
    ReviewViewSet,
    SignificantChangeViewSet,
)
from yjs.api.views.children import ChildViewSet
from yjs.api.views.diversion import NotificationViewSet
from yjs.api.views.justice import OffenceViewSet, OutcomeViewSet
from yjs.api.views.not_found import not_found
from yjs.api.views.screening import ScreeningRequestViewSet

app_name = "api"

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("children", ChildViewSet, basename="child")
router.register("offences", OffenceViewSet, basename="offence")
router.register("outcomes", OutcomeViewSet, basename="outcome")
router.register("interventions", InterventionViewSet, basename="intervention")
router.register("assessments", AssessmentViewSet, basename="assessment")
router.register("plans", PlanViewSet, basename="plan")
router.register("reviews", ReviewViewSet, basename="review")
router.register("significant-changes", SignificantChangeViewSet, basename="significant-change")
router.register("contacts", ContactViewSet, basename="contact")
router.register("notifications", NotificationViewSet, basename="notification")
router.register("screening-requests", ScreeningRequestViewSet, basename="screening-request")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("v1/auth/token/", TokenView.as_view(), name="token"),
    path("v1/", include(router.urls)),
    re_path(r"^(?P<path>.*)$", not_found),
]
