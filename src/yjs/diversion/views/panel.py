"""Placeholder: this area's pages are added here, each listed in urlpatterns."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
