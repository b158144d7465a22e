"""Rating an inspection's results: paste or upload the JSON `yjs rate-inspection` reads, see the table, get a PDF."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from yjs.quality import selectors
from yjs.quality.forms import InspectionResultsForm
from yjs.quality.inspection_input import framework_of, parse_json, rate
from yjs.quality.permissions import rater
from yjs.quality.ratings import RatingError, RatingsTable
from yjs.quality.ratings_pdf import render_ratings_pdf


def _rated(form: InspectionResultsForm) -> RatingsTable | None:
    """The table for a valid form, or None with the reason on the form; the framework's names are the database's."""
    if not form.is_valid():
        return None
    try:
        data = parse_json(form.cleaned_data["text"])
        version = framework_of(data).version
        return rate(data, selectors.framework_spec_for(version))
    except RatingError as error:
        form.add_error("upload" if form.cleaned_data.get("upload") else "results", str(error))
        return None


@require_http_methods(["GET", "POST"])
def rate_inspection(request: HttpRequest) -> HttpResponse:
    rater(request)
    form = InspectionResultsForm(request.POST or None, request.FILES or None)
    table = _rated(form) if request.method == "POST" else None
    text = form.cleaned_data.get("text", "") if table else ""
    return render(request, "quality/rate.html", {"form": form, "table": table, "text": text})


@require_POST
def rate_inspection_pdf(request: HttpRequest) -> HttpResponse:
    user = rater(request)
    form = InspectionResultsForm(request.POST, request.FILES or None)
    table = _rated(form)
    if table is None:
        return render(request, "quality/rate.html", {"form": form, "table": None, "text": ""}, status=400)
    title = _("Inspection ratings: %(service)s") % {"service": user.service.name}
    pdf = render_ratings_pdf(table, title, caption=table.framework.name)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="inspection-ratings-{table.framework.version}.pdf"'
    return response


urlpatterns = [
    path("rate/", rate_inspection, name="rate"),
    path("rate/pdf/", rate_inspection_pdf, name="rate_pdf"),
]
