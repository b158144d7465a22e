"""A page with one field of each kind, served only to the browser tests, so axe sees the form markup."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.urls import include, path

from yjs.core.forms import GovukDateField, GovukForm


class GalleryForm(GovukForm):
    name = forms.CharField(label="Full name", help_text="As it appears on their birth certificate")
    notes = forms.CharField(label="Notes", widget=forms.Textarea, required=False)
    team = forms.ChoiceField(label="Team", choices=[("", "Choose a team"), ("north", "North"), ("south", "South")])
    risk = forms.ChoiceField(
        label="Risk of serious harm",
        choices=[("low", "Low"), ("medium", "Medium"), ("high", "High")],
        widget=forms.RadioSelect,
    )
    needs = forms.MultipleChoiceField(
        label="Needs", choices=[("edu", "Education"), ("health", "Health")], widget=forms.CheckboxSelectMultiple
    )
    consent = forms.BooleanField(label="The child agreed to the referral", help_text="Ask them in person")
    date_of_birth = GovukDateField(label="Date of birth", past=True, help_text="For example, 27 3 2009")


PAGE = engines["django"].from_string(
    """{% extends "base.html" %}
{% block title %}Refer a child{% endblock %}
{% block content %}
{% include "includes/error_summary.html" %}
<h1 class="govuk-heading-l">Refer a child</h1>
<form method="post" novalidate>{% csrf_token %}{{ form }}
<button type="submit" class="govuk-button" data-module="govuk-button">Save</button></form>
{% endblock %}"""
)


def gallery(request: HttpRequest) -> HttpResponse:
    form = GalleryForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        return HttpResponse("saved", content_type="text/plain")
    return HttpResponse(PAGE.render({"form": form}, request))


urlpatterns = [
    path("form-gallery/", gallery),
    path("", include("yjs.config.urls")),
]
