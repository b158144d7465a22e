"""The demo's workforce records: staff supervision dates, training records and the staff survey."""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.db import transaction

from yjs.core.models import Service, User
from yjs.core.roles import Role
from yjs.lib.dates import add_months
from yjs.workforce.access import STAFF_ROLES
from yjs.workforce.models import Course, StaffSurvey, SupervisionSession, SurveyResult, TrainingRecord

HISTORY_MONTHS = 8
# Every OVERDUE_EVERY-th member of staff has missed their last supervisions, so the overdue list has people on it.
OVERDUE_EVERY = 6

# (name, renewal in months or None, mandatory)
COURSES: tuple[tuple[str, int | None, bool], ...] = (
    ("Safeguarding children (level 3)", 36, True),
    ("AssetPlus assessment", None, True),
    ("Information governance", 12, True),
    ("Trauma-informed practice", 36, False),
    ("Restorative justice facilitation", None, False),
)

SURVEY_TITLE = "Staff survey"
# Aggregates only: the share of positive answers to each question, as a survey tool reports them.
SURVEY_RESULTS: tuple[tuple[str, int], ...] = (
    ("I receive regular, helpful supervision", 78),
    ("I have the training I need to do my job well", 71),
    ("My caseload is manageable", 54),
    ("I feel valued by my manager", 82),
    ("I understand the service's priorities", 88),
    ("I would recommend the service as a place to work", 69),
)


def _supervisor(person: User, managers: dict[int | None, User], fallback: User) -> User:
    chosen = managers.get(person.team_id, fallback) if person.role == Role.CASE_MANAGER else fallback
    return chosen if chosen.pk != person.pk else fallback


def _sessions(
    staff: list[User], supervisor_of: dict[int, User], as_of: date, rng: random.Random, recorder: User
) -> list[SupervisionSession]:
    sessions = []
    for index, person in enumerate(staff):
        supervisor = supervisor_of.get(person.pk)
        if supervisor is None:
            continue
        # Most are supervised every month; a few missed the last two or three.
        skipped = rng.choice((2, 3)) if index % OVERDUE_EVERY == OVERDUE_EVERY - 1 else 0
        for months_ago in range(HISTORY_MONTHS, skipped, -1):
            day = add_months(as_of, -months_ago) + timedelta(days=rng.randint(0, 12))
            if day <= as_of:
                sessions.append(
                    SupervisionSession(
                        service_id=person.service_id, staff=person, held_on=day, supervisor=supervisor, recorded_by=recorder
                    )
                )
    return sessions


EXPIRED_EVERY = 5  # about one completion of a renewable course in five has lapsed


def _training(
    staff: list[User], courses: list[Course], as_of: date, rng: random.Random, recorder: User
) -> list[TrainingRecord]:
    records = []
    for person_index, person in enumerate(staff):
        for course_index, course in enumerate(courses):
            if not course.mandatory and rng.random() < 0.5:
                continue
            if course.mandatory and rng.random() < 0.05:
                continue  # never done: shows as missing
            span = course.renewal_months or 48
            if course.renewal_months and (person_index + course_index) % EXPIRED_EVERY == 0:
                completed = add_months(as_of, -(span + rng.randint(1, 8)))  # lapsed: shows as expired
            else:
                completed = add_months(as_of, -rng.randint(1, max(span - 1, 1)))
            record = TrainingRecord(
                service_id=person.service_id, staff=person, course=course, completed_on=completed, recorded_by=recorder
            )
            record.fill_expiry()
            records.append(record)
    return records


@transaction.atomic
def ensure_demo_workforce(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
    if Course.objects.filter(service=service).exists():
        return
    recorder = users.get("service_manager") or User.objects.filter(service=service, role=Role.SERVICE_MANAGER).first()
    if recorder is None:
        return
    rng = random.Random(f"{seed}:workforce")
    staff = list(User.objects.filter(service=service, role__in=STAFF_ROLES, is_active=True).order_by("pk"))
    managers: dict[int | None, User] = {}
    for person in staff:
        if person.role == Role.TEAM_MANAGER and person.team_id not in managers:
            managers[person.team_id] = person
    if "team_manager" in users and users["team_manager"].team_id is not None:
        managers[users["team_manager"].team_id] = users["team_manager"]
    supervisor_of = {person.pk: _supervisor(person, managers, recorder) for person in staff}
    supervisor_of.pop(recorder.pk, None)  # the service manager is supervised by the director, outside yjs
    SupervisionSession.objects.bulk_create(_sessions(staff, supervisor_of, as_of, rng, recorder))
    courses = [
        Course.objects.create(service=service, name=name, renewal_months=months, mandatory=mandatory)
        for name, months, mandatory in COURSES
    ]
    TrainingRecord.objects.bulk_create(_training(staff, courses, as_of, rng, recorder))
    conducted = add_months(as_of, -4)
    invited = max(len(staff), 10)
    survey = StaffSurvey.objects.create(
        service=service,
        title=f"{SURVEY_TITLE} {conducted.year}",
        conducted_on=conducted,
        invited=invited,
        respondents=round(invited * 0.68),
    )
    SurveyResult.objects.bulk_create(
        SurveyResult(survey=survey, theme=theme, percent_positive=share, position=index)
        for index, (theme, share) in enumerate(SURVEY_RESULTS)
    )
