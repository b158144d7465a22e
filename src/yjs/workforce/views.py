"""The workforce pages: staff with their supervision and training, the overdue list, training by course, the survey."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import BaseForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.models import User
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.workforce import access, queries, services
from yjs.workforce.forms import CourseForm, StaffSortForm, SupervisionForm, SurveyForm, SurveyResultForm, TrainingForm
from yjs.workforce.models import StaffSurvey
from yjs.workforce.supervision import interval_months
from yjs.workforce.training import TrainingState, state


def _reader(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_read_workforce(user):
        raise PermissionDenied
    return user


def _recorder(request: HttpRequest, pk: int) -> tuple[User, User]:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_record(user):
        raise PermissionDenied
    return user, access.get_staff_for_user(user, pk)


def _keeper(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_keep_workforce(user):
        raise PermissionDenied
    return user


def _common(user: User) -> dict[str, Any]:
    return {
        "may_record": access.may_record(user),
        "may_keep": access.may_keep_workforce(user),
        "every_months": interval_months(),
        "today": timezone.localdate(),
    }


@require_GET
def staff(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    chooser = StaffSortForm(request.GET or None)
    sort = chooser.cleaned_data["sort"] if chooser.is_valid() and chooser.cleaned_data["sort"] else "name"
    rows = queries.staff_rows(access.staff_visible_to(user), user.service_id, timezone.localdate())  # type: ignore[arg-type]
    rows.sort(key=queries.SORTS[sort])
    context = {"chooser": chooser, "page": paginate(request, rows), "overdue": sum(r.overdue for r in rows), **_common(user)}
    return render(request, "workforce/staff.html", context)


@require_GET
def overdue(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    rows = queries.staff_rows(access.staff_visible_to(user), user.service_id, timezone.localdate())  # type: ignore[arg-type]
    late = sorted((row for row in rows if row.overdue), key=queries.SORTS["due"])
    return render(request, "workforce/overdue.html", {"rows": late, **_common(user)})


@require_GET
def member(request: HttpRequest, pk: int) -> HttpResponse:
    user = _reader(request)
    person = access.get_staff_for_user(user, pk)
    today = timezone.localdate()
    [row] = queries.staff_rows(access.staff_visible_to(user).filter(pk=person.pk), user.service_id, today)  # type: ignore[arg-type]
    training = [
        (record, state(record.expires_on, today))
        for record in person.training.select_related("course").order_by("course__name", "-completed_on")
    ]
    context = {
        "person": person,
        "row": row,
        "supervisions": person.supervisions.select_related("supervisor")[:24],
        "training": training,
        "may_record_for": access.may_record_for(user, person),
        **_common(user),
    }
    return render(request, "workforce/member.html", context)


def _record(
    request: HttpRequest, pk: int, form_class: type[BaseForm], save: Callable[[User, User, dict[str, Any]], Any], title: str
) -> HttpResponse:
    user, person = _recorder(request, pk)
    form = form_class(posted(request), staff=person, initial={})  # type: ignore[call-arg]
    if request.method == "POST" and form.is_valid():
        try:
            save(user, person, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Saved for %(name)s") % {"name": person.get_full_name() or person.get_username()})
            return redirect("workforce:member", person.pk)
    return render(request, "workforce/form.html", {"form": form, "person": person, "title": title})


@require_http_methods(["GET", "POST"])
def supervision_new(request: HttpRequest, pk: int) -> HttpResponse:
    return _record(request, pk, SupervisionForm, services.record_supervision, _("Record a supervision"))


@require_http_methods(["GET", "POST"])
def training_new(request: HttpRequest, pk: int) -> HttpResponse:
    return _record(request, pk, TrainingForm, services.record_training, _("Record training"))


@require_GET
def training(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    courses = queries.by_course(access.staff_visible_to(user), user.service_id, timezone.localdate())  # type: ignore[arg-type]
    return render(request, "workforce/training.html", {"courses": courses, "states": TrainingState, **_common(user)})


@require_GET
def surveys(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    found = StaffSurvey.objects.filter(service_id=user.service_id).prefetch_related("results")
    return render(request, "workforce/surveys.html", {"surveys": found, **_common(user)})


def _keep(
    request: HttpRequest, form: BaseForm, save: Callable[[], Any], title: str, back: str, done: Callable[[Any], HttpResponse]
) -> HttpResponse:
    if request.method == "POST" and form.is_valid():
        try:
            made = save()
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Saved"))
            return done(made)
    return render(request, "workforce/keep_form.html", {"form": form, "title": title, "back": back})


@require_http_methods(["GET", "POST"])
def course_new(request: HttpRequest) -> HttpResponse:
    user = _keeper(request)
    form = CourseForm(posted(request))
    back = reverse("workforce:training")
    return _keep(
        request,
        form,
        lambda: services.add_course(user, form.cleaned_data),
        _("Add a course"),
        back,
        lambda _c: redirect(back),
    )


@require_http_methods(["GET", "POST"])
def survey_new(request: HttpRequest) -> HttpResponse:
    user = _keeper(request)
    form = SurveyForm(posted(request))
    back = reverse("workforce:surveys")
    return _keep(
        request,
        form,
        lambda: services.record_survey(user, form.cleaned_data),
        _("Record a staff survey"),
        back,
        lambda survey: redirect("workforce:survey_result_new", survey.pk),
    )


@require_http_methods(["GET", "POST"])
def survey_result_new(request: HttpRequest, pk: int) -> HttpResponse:
    user = _keeper(request)
    survey = StaffSurvey.objects.filter(service_id=user.service_id, pk=pk).first()
    if survey is None:
        raise Http404
    form = SurveyResultForm(posted(request))
    title = _("Add a result to %(title)s") % {"title": survey.title}
    back = reverse("workforce:surveys")
    return _keep(
        request,
        form,
        lambda: services.add_survey_result(user, survey, form.cleaned_data),
        title,
        back,
        lambda _r: redirect("workforce:survey_result_new", survey.pk),
    )
