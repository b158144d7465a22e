"""Recording supervision, training, courses and surveys: one function per thing a manager does, each in a transaction.

Every record is checked by the model's own rules (full_clean) and kept in the history with who made it.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

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
    if SupervisionSession.objects.filter(staff=staff, held_on=session.held_on).exists():
        raise ValidationError({"held_on": _("A supervision on that date is already recorded")})
    _save(session, user)
    return session


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
    if survey.results.filter(theme__iexact=str(data.get("theme", "")).strip()).exists():
        raise ValidationError({"theme": _("This survey already has a result for that question")})
    result = SurveyResult(survey=survey, position=survey.results.count(), **{f: data[f] for f in RESULT_FIELDS if f in data})
    _save(result, user)
    return result
