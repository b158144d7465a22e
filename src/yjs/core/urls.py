from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import path

from yjs.core import views

urlpatterns = [
    path("", views.home, name="home"),
    path("sign-in/", views.SignInView.as_view(), name="login"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("health/", views.healthcheck, name="health"),
]
