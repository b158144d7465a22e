"""Reading the workforce: each member of staff with their supervision and training, and training by course.

A handful of queries for a whole list, however many staff: the latest supervision is an aggregate, and
training records are read once and grouped here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Max, Q, QuerySet

from yjs.core.models import User
from yjs.workforce.models import Course, TrainingRecord
from yjs.workforce.supervision import days_overdue, interval_months, is_overdue, next_due
from yjs.workforce.training import TrainingState, state


@dataclass(frozen=True)
class StaffRow:
    staff: User
    last_supervised: date | None
    next_due: date
    overdue: bool
    days_overdue: int
    training: dict[str, int] = field(default_factory=dict)  # TrainingState value -> number of mandatory courses

    @property
    def name(self) -> str:
        return self.staff.get_full_name() or self.staff.get_username()

    @property
    def training_ok(self) -> bool:
        return not (self.training.get(TrainingState.EXPIRED) or self.training.get(TrainingState.MISSING))


def latest_records(staff_ids: list[int]) -> dict[tuple[int, int], TrainingRecord]:
    """Each member of staff's latest completion of each course: the one that counts."""
    latest: dict[tuple[int, int], TrainingRecord] = {}
    records = (
        TrainingRecord.objects.filter(staff_id__in=staff_ids, archived_at__isnull=True)
        .select_related("course")
        .order_by("completed_on", "pk")
    )
    for record in records:
        latest[(record.staff_id, record.course_id)] = record
    return latest


def _training_states(staff_ids: list[int], mandatory: list[Course], today: date) -> dict[int, dict[str, int]]:
    latest = latest_records(staff_ids)
    found: dict[int, dict[str, int]] = {pk: defaultdict(int) for pk in staff_ids}
    for pk in staff_ids:
        for course in mandatory:
            record = latest.get((pk, course.pk))
            found[pk][TrainingState.MISSING if record is None else state(record.expires_on, today)] += 1
    return found


def staff_rows(staff: QuerySet[User], service_id: int, today: date, every_months: int | None = None) -> list[StaffRow]:
    every = every_months or interval_months()
    people = list(
        staff.select_related("team").annotate(
            last_supervised=Max("supervisions__held_on", filter=Q(supervisions__archived_at__isnull=True))
        )
    )
    mandatory = list(Course.objects.filter(service_id=service_id, mandatory=True))
    training = _training_states([p.pk for p in people], mandatory, today)
    rows = []
    for person in people:
        last = person.last_supervised  # type: ignore[attr-defined]
        due = next_due(last, person.date_joined.date(), every)
        rows.append(StaffRow(person, last, due, is_overdue(due, today), days_overdue(due, today), dict(training[person.pk])))
    return rows


SORTS = {
    "name": lambda row: (row.staff.last_name.lower(), row.staff.first_name.lower(), row.staff.pk),
    "team": lambda row: (row.staff.team.name if row.staff.team else "~", row.staff.last_name.lower(), row.staff.pk),
    # Overdue first, the longest overdue at the top, then the soonest due.
    "due": lambda row: (row.next_due, row.staff.last_name.lower(), row.staff.pk),
}


@dataclass(frozen=True)
class CourseLine:
    staff: User
    completed_on: date | None
    expires_on: date | None
    state: TrainingState


@dataclass(frozen=True)
class CourseSummary:
    course: Course
    lines: list[CourseLine]

    def count(self, wanted: TrainingState) -> int:
        return sum(1 for line in self.lines if line.state == wanted)

    @property
    def current(self) -> int:
        return self.count(TrainingState.CURRENT)

    @property
    def expiring(self) -> int:
        return self.count(TrainingState.EXPIRING)

    @property
    def expired(self) -> int:
        return self.count(TrainingState.EXPIRED)

    @property
    def missing(self) -> int:
        return self.count(TrainingState.MISSING)

    @property
    def needing_attention(self) -> list[CourseLine]:
        order = {TrainingState.EXPIRED: 0, TrainingState.MISSING: 1, TrainingState.EXPIRING: 2}
        return sorted(
            (line for line in self.lines if line.state != TrainingState.CURRENT),
            key=lambda line: (order[line.state], line.expires_on or date.min, line.staff.last_name),
        )


def by_course(staff: QuerySet[User], service_id: int, today: date) -> list[CourseSummary]:
    """Each course with every member of staff's standing on it; staff without a mandatory course count as missing."""
    people = list(staff.order_by("last_name", "first_name"))
    latest = latest_records([p.pk for p in people])
    summaries = []
    for course in Course.objects.filter(service_id=service_id):
        lines = []
        for person in people:
            record = latest.get((person.pk, course.pk))
            if record is None:
                if course.mandatory:
                    lines.append(CourseLine(person, None, None, TrainingState.MISSING))
                continue
            lines.append(CourseLine(person, record.completed_on, record.expires_on, state(record.expires_on, today)))
        summaries.append(CourseSummary(course, lines))
    return summaries
