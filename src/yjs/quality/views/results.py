"""A round's results like an inspection report, the cases behind a No, the service's ratings, and the PDF."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.lib.formats import long_date
from yjs.quality import access, services
from yjs.quality.audit_forms import RatingForm
from yjs.quality.audit_selectors import loaded_framework, previous_round
from yjs.quality.audit_vocabularies import RoundStatus
from yjs.quality.models import KeyQuestion, RoundRating
from yjs.quality.results import cases_answered_no, compare, round_results
from yjs.quality.views.rounds import _lead, _reader


@require_GET
def results(request: HttpRequest, pk: int) -> HttpResponse:
    user = _reader(request)
    round_ = access.get_round_for_user(user, pk)
    current = round_results(round_)
    before = previous_round(round_)
    earlier = round_results(before) if before else None
    context = {
        "round": round_,
        "results": current,
        "previous": before,
        "comparison": compare(current, earlier),
        "may_lead": access.may_lead(user),
    }
    return render(request, "quality/results.html", context)


@require_GET
def answered_no(request: HttpRequest, pk: int, question: int) -> HttpResponse:
    user = _reader(request)
    round_ = access.get_round_for_user(user, pk)
    key_question = (
        KeyQuestion.objects.select_related("standard").filter(pk=question, standard__framework=round_.framework_id).first()
    )
    if key_question is None:
        raise Http404
    rows = [
        {"case": c, "answer": a, "may_open": access.may_open_case(user, c)}
        for c, a in cases_answered_no(round_, key_question)
    ]
    return render(request, "quality/answered_no.html", {"round": round_, "key_question": key_question, "rows": rows})


@require_http_methods(["GET", "POST"])
def ratings(request: HttpRequest, pk: int) -> HttpResponse:
    """The service's organisational-delivery judgements with evidence, and any reasoned override of a computed rating."""
    user = _lead(request)
    round_ = access.get_round_for_user(user, pk, lead=True)
    standards = list(loaded_framework(round_.framework_id).standards.all())
    recorded = {r.standard_id: r for r in RoundRating.objects.filter(round=round_)}
    data = request.POST if request.method == "POST" else None
    forms = []
    for standard in standards:
        existing = recorded.get(standard.pk)
        initial = {
            "rating": existing.rating if existing else "",
            "strengths": existing.strengths if existing else "",
            "areas_for_improvement": existing.areas_for_improvement if existing else "",
            "override_reason": existing.override_reason if existing else "",
        }
        forms.append(RatingForm(data, standard=standard, prefix=f"s{standard.pk}", initial=initial))
    if data is not None and all(form.is_valid() for form in forms):
        for form in forms:
            values = form.cleaned_data
            try:
                services.record_rating(
                    user,
                    round_,
                    form.standard,
                    values["rating"],
                    values.get("strengths", ""),
                    values.get("areas_for_improvement", ""),
                    values.get("override_reason", ""),
                )
            except ValidationError as error:
                for field, problems in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, problems)
        if not any(form.errors for form in forms):
            messages.success(request, _("Ratings saved"))
            return redirect("quality:results", round_.pk)
    context = {
        "round": round_,
        "judged": [f for f in forms if not f.standard.is_case_assessed],
        "assessed": [f for f in forms if f.standard.is_case_assessed],
        "errors": [f for f in forms if f.errors],
    }
    return render(request, "quality/ratings_form.html", context)


@require_GET
def results_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    user = _reader(request)
    round_ = access.get_round_for_user(user, pk)
    table = round_results(round_).table
    caption = _("Interventions starting %(start)s to %(end)s; %(status)s") % {
        "start": long_date(round_.window_start),
        "end": long_date(round_.window_end),
        "status": RoundStatus(round_.status).label,
    }
    from yjs.quality.ratings_pdf import render_ratings_pdf  # WeasyPrint loads only for the PDF

    pdf = render_ratings_pdf(table, f"{round_.service.name}: {round_.title}", caption)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="audit-round-{round_.pk}-ratings.pdf"'
    return response


urlpatterns = [
    path("rounds/<int:pk>/results/", results, name="results"),
    path("rounds/<int:pk>/results/no/<int:question>/", answered_no, name="answered_no"),
    path("rounds/<int:pk>/ratings/", ratings, name="ratings"),
    path("rounds/<int:pk>/ratings.pdf", results_pdf, name="results_pdf"),
]
