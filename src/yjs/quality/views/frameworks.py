"""The inspection framework's pages: the versions, one version's standards, and correcting its wording."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.refusals import add_service_errors
from yjs.quality import framework_services, selectors
from yjs.quality.forms import KeyQuestionForm, StandardNameForm
from yjs.quality.framework_data import DOMAINS
from yjs.quality.models import KeyQuestion, Standard
from yjs.quality.permissions import framework_keeper, framework_reader, may_keep_framework

# Earlier wordings shown beside the edit form; the full history stays in the database.
EARLIER_SHOWN = 10


@require_GET
def framework_list(request: HttpRequest) -> HttpResponse:
    framework_reader(request)
    return render(request, "quality/frameworks.html", {"frameworks": selectors.frameworks()})


@require_GET
def framework_detail(request: HttpRequest, version: str) -> HttpResponse:
    user = framework_reader(request)
    framework = selectors.framework_with_questions(version)
    if framework is None:
        raise Http404
    domains: dict[int, list[Standard]] = {}
    for standard in framework.standards.all():
        domains.setdefault(standard.domain, []).append(standard)
    context = {
        "framework": framework,
        "domains": [(number, DOMAINS.get(number, ""), standards) for number, standards in domains.items()],
        "may_keep": may_keep_framework(user),
    }
    return render(request, "quality/framework.html", context)


def _earlier(record: Standard | KeyQuestion) -> list:  # type: ignore[type-arg]
    return list(record.history.select_related("history_user").order_by("-history_date")[:EARLIER_SHOWN])  # type: ignore[attr-defined]


@require_http_methods(["GET", "POST"])
def standard_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = framework_keeper(request)
    standard = get_object_or_404(Standard.objects.select_related("framework"), pk=pk)
    form = StandardNameForm(posted(request), initial={"name": standard.name, "headline": standard.headline})
    if request.method == "POST" and form.is_valid():
        try:
            framework_services.rename_standard(user, standard, form.cleaned_data["name"], form.cleaned_data["headline"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Standard %(code)s saved") % {"code": standard.code})
            return redirect("quality:framework", version=standard.framework.version)
    context = {"form": form, "standard": standard, "framework": standard.framework, "earlier": _earlier(standard)}
    return render(request, "quality/standard_form.html", context)


@require_http_methods(["GET", "POST"])
def key_question_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = framework_keeper(request)
    question = get_object_or_404(KeyQuestion.objects.select_related("standard__framework"), pk=pk)
    prompts = "\n".join(question.prompts.order_by("order").values_list("text", flat=True))
    form = KeyQuestionForm(posted(request), initial={"text": question.text, "prompts": prompts})
    if request.method == "POST" and form.is_valid():
        try:
            framework_services.reword_key_question(user, question, form.cleaned_data["text"], form.cleaned_data["prompts"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Key question saved"))
            return redirect("quality:framework", version=question.standard.framework.version)
    context = {
        "form": form,
        "question": question,
        "standard": question.standard,
        "framework": question.standard.framework,
        "earlier": _earlier(question),
    }
    return render(request, "quality/key_question_form.html", context)


urlpatterns = [
    path("frameworks/", framework_list, name="frameworks"),
    path("frameworks/<str:version>/", framework_detail, name="framework"),
    path("frameworks/standards/<int:pk>/", standard_edit, name="standard_edit"),
    path("frameworks/key-questions/<int:pk>/", key_question_edit, name="key_question_edit"),
]
