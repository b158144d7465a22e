from __future__ import annotations

from django.urls import path

from yjs.core import views

urlpatterns = [
    path("", views.home, name="home"),
    path("sign-in/", views.SignInView.as_view(), name="login"),
    path("sign-out/", views.SignOutView.as_view(), name="logout"),
    path("health/", views.healthcheck, name="health"),
    path("practice-areas/", views.practice_areas, name="practice_areas"),
]
