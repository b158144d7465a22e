"""Recording supervision, training, courses and surveys: one function per thing a manager does, each in a transaction.

Every record is checked by the model's own rules (full_clean) and kept in the history with who made it.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from yjs.core.archiving import archive
from yjs.core.concurrency import save_versioned
from yjs.core.models import User
from yjs.workforce import access
from yjs.workforce.models import Course, StaffSurvey, SupervisionSession, SurveyResult, TrainingRecord

SUPERVISION_FIELDS = ("held_on", "supervisor", "note")
TRAINING_FIELDS = ("course", "completed_on", "expires_on")
COURSE_FIELDS = ("name", "renewal_months", "mandatory")
SURVEY_FIELDS = ("title", "conducted_on", "invited", "respondents")
RESULT_FIELDS = ("theme", "percent_positive")


def _keeper(user: User) -> None:
    if not access.may_keep_workforce(user):
        raise PermissionDenied


def _save(record: Any, user: User) -> None:
    record.full_clean()
    record._history_user = user
    record.save()


@transaction.atomic
def record_supervision(user: User, staff: User, data: dict[str, Any]) -> SupervisionSession:
    if not access.may_record_for(user, staff):
        raise PermissionDenied
    session = SupervisionSession(
        service_id=user.service_id, staff=staff, recorded_by=user, **{f: data[f] for f in SUPERVISION_FIELDS if f in data}
    )
    if session.supervisor_id is None:
        raise ValidationError({"supervisor": _("Choose who gave the supervision")})
    _refuse_second_on_the_day(session)
    _save(session, user)
    return session


def _refuse_second_on_the_day(session: SupervisionSession) -> None:
    others = SupervisionSession.objects.filter(staff=session.staff, held_on=session.held_on, archived_at__isnull=True)
    if others.exclude(pk=session.pk).exists():
        raise ValidationError({"held_on": _("A supervision on that date is already recorded")})


@transaction.atomic
def record_training(user: User, staff: User, data: dict[str, Any]) -> TrainingRecord:
    """A completed course; with no expiry date entered, the course's renewal period sets it."""
    if not access.may_record_for(user, staff):
        raise PermissionDenied
    record = TrainingRecord(
        service_id=user.service_id, staff=staff, recorded_by=user, **{f: data[f] for f in TRAINING_FIELDS if f in data}
    )
    if record.course_id is None:
        raise ValidationError({"course": _("Choose the course")})
    record.fill_expiry()
    _save(record, user)
    return record


@transaction.atomic
def add_course(user: User, data: dict[str, Any]) -> Course:
    _keeper(user)
    course = Course(service_id=user.service_id, **{f: data[f] for f in COURSE_FIELDS if f in data})
    if Course.objects.filter(service_id=user.service_id, name__iexact=course.name.strip()).exists():
        raise ValidationError({"name": _("There is already a course with that name")})
    _save(course, user)
    return course


@transaction.atomic
def record_survey(user: User, data: dict[str, Any]) -> StaffSurvey:
    _keeper(user)
    survey = StaffSurvey(service_id=user.service_id, **{f: data[f] for f in SURVEY_FIELDS if f in data})
    _save(survey, user)
    return survey


@transaction.atomic
def add_survey_result(user: User, survey: StaffSurvey, data: dict[str, Any]) -> SurveyResult:
    """One question or theme and its % positive: the survey's aggregate, never one person's answer."""
    _keeper(user)
    if survey.service_id != user.service_id:
        raise PermissionDenied
    result = SurveyResult(survey=survey, position=survey.results.count(), **{f: data[f] for f in RESULT_FIELDS if f in data})
    _refuse_second_theme(result)
    _save(result, user)
    return result


def _refuse_second_theme(result: SurveyResult) -> None:
    others = SurveyResult.objects.filter(survey_id=result.survey_id, theme__iexact=str(result.theme or "").strip())
    if others.exclude(pk=result.pk).exists():
        raise ValidationError({"theme": _("This survey already has a result for that question")})


# Corrections: each is saved only if nobody has saved the record since its form was opened (its version).


def _save_checked(record: Any, user: User, version: int) -> None:
    record.full_clean()
    record._history_user = user
    save_versioned(record, user, version)


def _assign(record: Any, data: dict[str, Any], fields: tuple[str, ...]) -> None:
    for name in fields:
        if name in data:
            setattr(record, name, data[name])


def _archive(record: SupervisionSession | TrainingRecord, user: User, reason: str) -> None:
    """Off every list and count, kept with who removed it, when and why; the history keeps what it said."""
    if not reason.strip():
        raise ValidationError({"reason": _("Enter why it is being removed")})
    archive(record, user, reason)  # type: ignore[arg-type]


def _for(user: User, record: SupervisionSession | TrainingRecord) -> None:
    if not access.may_record_for(user, record.staff) or record.archived_at is not None:
        raise PermissionDenied


@transaction.atomic
def change_supervision(user: User, session: SupervisionSession, data: dict[str, Any], version: int) -> SupervisionSession:
    _for(user, session)
    _assign(session, data, SUPERVISION_FIELDS)
    if session.supervisor_id is None:
        raise ValidationError({"supervisor": _("Choose who gave the supervision")})
    _refuse_second_on_the_day(session)
    _save_checked(session, user, version)
    return session


@transaction.atomic
def remove_supervision(user: User, session: SupervisionSession, reason: str) -> None:
    """A supervision recorded in error: the member of staff's last supervision and due date are worked out again."""
    _for(user, session)
    _archive(session, user, reason)


@transaction.atomic
def change_training(user: User, record: TrainingRecord, data: dict[str, Any], version: int) -> TrainingRecord:
    """A corrected completion; an expiry date left empty is worked out again from the course."""
    _for(user, record)
    _assign(record, data, TRAINING_FIELDS)
    if record.course_id is None:
        raise ValidationError({"course": _("Choose the course")})
    record.fill_expiry()
    _save_checked(record, user, version)
    return record


@transaction.atomic
def remove_training(user: User, record: TrainingRecord, reason: str) -> None:
    _for(user, record)
    _archive(record, user, reason)


@transaction.atomic
def change_course(user: User, course: Course, data: dict[str, Any], version: int) -> Course:
    """Rename a course or change its renewal period; expiry dates already recorded stay as they were entered."""
    _keeper(user)
    if course.service_id != user.service_id:
        raise PermissionDenied
    _assign(course, data, COURSE_FIELDS)
    same_name = Course.objects.filter(service_id=user.service_id, name__iexact=course.name.strip()).exclude(pk=course.pk)
    if same_name.exists():
        raise ValidationError({"name": _("There is already a course with that name")})
    _save_checked(course, user, version)
    return course


@transaction.atomic
def change_survey(user: User, survey: StaffSurvey, data: dict[str, Any], version: int) -> StaffSurvey:
    _keeper(user)
    if survey.service_id != user.service_id:
        raise PermissionDenied
    _assign(survey, data, SURVEY_FIELDS)
    _save_checked(survey, user, version)
    return survey


@transaction.atomic
def change_survey_result(user: User, result: SurveyResult, data: dict[str, Any], version: int) -> SurveyResult:
    _keeper(user)
    if result.survey.service_id != user.service_id:
        raise PermissionDenied
    _assign(result, data, RESULT_FIELDS)
    _refuse_second_theme(result)
    _save_checked(result, user, version)
    return result
