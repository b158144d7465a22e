"""The workforce pages: staff with their supervision and training, the overdue list, training by course, the survey."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import BaseForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.record_pages import posted
from yjs.core.concurrency import StaleRecordError
from yjs.core.models import User
from yjs.core.pagination import paginate
from yjs.core.record_forms import RemoveForm
from yjs.core.refusals import add_service_errors
from yjs.lib.formats import long_date
from yjs.workforce import access, queries, services
from yjs.workforce.forms import (
    CourseForm,
    StaffSortForm,
    SupervisionForm,
    SurveyForm,
    SurveyResultForm,
    TrainingForm,
)
from yjs.workforce.models import Course, StaffSurvey, SupervisionSession, SurveyResult, TrainingRecord
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
        for record in person.training.filter(archived_at__isnull=True)
        .select_related("course")
        .order_by("course__name", "-completed_on")
    ]
    context = {
        "person": person,
        "row": row,
        "supervisions": person.supervisions.filter(archived_at__isnull=True).select_related("supervisor")[:24],
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


def _refuse_stale(form: Any, record: Any, error: StaleRecordError) -> None:
    """Keep what the user typed, say why, and carry the saved version so that saving again is deliberate."""
    form.add_error(None, str(error))
    form.data = form.data.copy()
    form.data["version"] = str(type(record).objects.get(pk=record.pk).version)


def _saved(request: HttpRequest, form: Any, record: Any, save: Callable[[dict[str, Any], int], Any]) -> bool:
    """Save a correction from a valid form; False, with the refusal on the form, when it cannot be saved."""
    if request.method != "POST" or not form.is_valid():
        return False
    try:
        save(form.cleaned_data, form.cleaned_data.get("version") or 0)
    except StaleRecordError as error:
        _refuse_stale(form, record, error)
    except ValidationError as error:
        add_service_errors(form, error)
    else:
        return True
    return False


def _staff_record(request: HttpRequest, pk: int, model: type[Any], record_pk: int) -> tuple[User, User, Any]:
    """The recorder, the member of staff (404 outside their scope) and one of that person's live records."""
    user, person = _recorder(request, pk)
    if not access.may_record_for(user, person):
        raise Http404
    found = model.objects.filter(staff=person, archived_at__isnull=True)
    return user, person, get_object_or_404(found, pk=record_pk)


def _change_for_staff(
    request: HttpRequest,
    pk: int,
    record_pk: int,
    model: type[Any],
    form_class: type[BaseForm],
    change: Callable[..., Any],
    title: str,
) -> HttpResponse:
    user, person, record = _staff_record(request, pk, model, record_pk)
    form = form_class(posted(request), staff=person, instance=model.objects.get(pk=record.pk))  # type: ignore[call-arg]
    if _saved(request, form, record, lambda data, version: change(user, record, data, version)):
        messages.success(request, _("Saved for %(name)s") % {"name": person.get_full_name() or person.get_username()})
        return redirect("workforce:member", person.pk)
    return render(request, "workforce/form.html", {"form": form, "person": person, "title": title})


def _remove_for_staff(
    request: HttpRequest, pk: int, record_pk: int, model: type[Any], remove: Callable[..., Any], title: str, explanation: str
) -> HttpResponse:
    user, person, record = _staff_record(request, pk, model, record_pk)
    form = RemoveForm(posted(request))
    if request.method == "POST" and form.is_valid():
        remove(user, record, form.cleaned_data["reason"])
        messages.success(
            request, _("Removed from the record of %(name)s") % {"name": person.get_full_name() or person.get_username()}
        )
        return redirect("workforce:member", person.pk)
    context = {"form": form, "person": person, "title": title % {"what": record_label(record)}, "explanation": explanation}
    return render(request, "workforce/remove.html", context)


def record_label(record: SupervisionSession | TrainingRecord) -> str:
    if isinstance(record, SupervisionSession):
        return _("the supervision on %(day)s") % {"day": long_date(record.held_on)}
    return _("%(course)s completed on %(day)s") % {"course": record.course.name, "day": long_date(record.completed_on)}


@require_http_methods(["GET", "POST"])
def supervision_edit(request: HttpRequest, pk: int, record_pk: int) -> HttpResponse:
    return _change_for_staff(
        request, pk, record_pk, SupervisionSession, SupervisionForm, services.change_supervision, _("Change a supervision")
    )


@require_http_methods(["GET", "POST"])
def supervision_remove(request: HttpRequest, pk: int, record_pk: int) -> HttpResponse:
    return _remove_for_staff(
        request,
        pk,
        record_pk,
        SupervisionSession,
        services.remove_supervision,
        _("Are you sure you want to remove %(what)s?"),
        _(
            "Remove a supervision only if it was recorded in error. The last supervision and when the next is due "
            "are then worked out without it. What was recorded stays in the history."
        ),
    )


@require_http_methods(["GET", "POST"])
def training_edit(request: HttpRequest, pk: int, record_pk: int) -> HttpResponse:
    return _change_for_staff(
        request, pk, record_pk, TrainingRecord, TrainingForm, services.change_training, _("Change training")
    )


@require_http_methods(["GET", "POST"])
def training_remove(request: HttpRequest, pk: int, record_pk: int) -> HttpResponse:
    return _remove_for_staff(
        request,
        pk,
        record_pk,
        TrainingRecord,
        services.remove_training,
        _("Are you sure you want to remove %(what)s?"),
        _(
            "Remove training only if it was recorded in error. The training counts are then worked out without it. "
            "What was recorded stays in the history."
        ),
    )


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


def _keep_change(
    request: HttpRequest, form: Any, record: Any, save: Callable[..., Any], title: str, back: str
) -> HttpResponse:
    if _saved(request, form, record, save):
        messages.success(request, _("Saved"))
        return redirect(back)
    return render(request, "workforce/keep_form.html", {"form": form, "title": title, "back": back})


@require_http_methods(["GET", "POST"])
def course_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _keeper(request)
    course = get_object_or_404(Course.objects.filter(service_id=user.service_id), pk=pk)
    form = CourseForm(posted(request), instance=Course.objects.get(pk=course.pk))
    title = _("Change %(name)s") % {"name": course.name}
    save = lambda data, version: services.change_course(user, course, data, version)  # noqa: E731
    return _keep_change(request, form, course, save, title, reverse("workforce:training"))


def _survey(user: User, pk: int) -> StaffSurvey:
    return get_object_or_404(StaffSurvey.objects.filter(service_id=user.service_id), pk=pk)


@require_http_methods(["GET", "POST"])
def survey_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _keeper(request)
    survey = _survey(user, pk)
    form = SurveyForm(posted(request), instance=_survey(user, pk))
    title = _("Change %(title)s") % {"title": survey.title}
    save = lambda data, version: services.change_survey(user, survey, data, version)  # noqa: E731
    return _keep_change(request, form, survey, save, title, reverse("workforce:surveys"))


@require_http_methods(["GET", "POST"])
def survey_result_edit(request: HttpRequest, pk: int, result_pk: int) -> HttpResponse:
    user = _keeper(request)
    survey = _survey(user, pk)
    result = get_object_or_404(SurveyResult.objects.filter(survey=survey), pk=result_pk)
    form = SurveyResultForm(posted(request), instance=SurveyResult.objects.get(pk=result.pk))
    title = _("Change a result of %(title)s") % {"title": survey.title}
    save = lambda data, version: services.change_survey_result(user, result, data, version)  # noqa: E731
    return _keep_change(request, form, result, save, title, reverse("workforce:surveys"))


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
