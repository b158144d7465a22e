"""Pages for recording an offence and an outcome on a child's record."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from yjs.children.record_pages import child_context, open_child, posted
from yjs.core.refusals import add_service_errors
from yjs.justice import services
from yjs.justice.forms import OffenceForm, OutcomeForm


def offence_new(request: HttpRequest, child_pk: int) -> HttpResponse:
    child = open_child(request, child_pk, "record an offence", write=True)
    form = OffenceForm(posted(request), child=child)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_offence(request.user, child, form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The offence has been recorded."))
            return redirect(child)
    return render(request, "justice/offence_form.html", child_context(request, child, "overview", form=form))


def outcome_new(request: HttpRequest, child_pk: int) -> HttpResponse:
    child = open_child(request, child_pk, "record an outcome", write=True)
    form = OutcomeForm(posted(request), child=child)
    if request.method == "POST" and form.is_valid():
        data = {name: value for name, value in form.cleaned_data.items() if name != "offences"}
        try:
            services.record_outcome(request.user, child, data, form.cleaned_data["offences"])  # type: ignore[arg-type]
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("The outcome has been recorded."))
            return redirect(child)
    return render(
        request,
        "justice/outcome_form.html",
        child_context(request, child, "overview", form=form, has_offences=form.fields["offences"].queryset.exists()),  # type: ignore[attr-defined]
    )
