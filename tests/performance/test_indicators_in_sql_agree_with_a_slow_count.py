"""On random small histories, first-time entrants and custody worked out in SQL equal the same counts
worked out the slow, obvious way: child by child in Python, with yjs.lib.dates.age_on."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import ServiceFactory
from tests.performance.histories import area, child
from yjs.justice.models import Outcome, OutcomeType
from yjs.lib.dates import add_months, age_on
from yjs.performance.custody import custody
from yjs.performance.first_time_entrants import first_time_entrants
from yjs.performance.indicators import entrants_and_sentences
from yjs.performance.periods import Window

# DOMAIN.md section 1, written out again here rather than read from the registry the code uses.
CODES = ["NFA", "CR", "O22", "O20_21", "YC", "YCC", "DISCHARGE", "FINE", "RO", "YRO", "DTO", "S250", "S254", "S259"]
FIRST_ENTRY = {"YC", "YCC", "DISCHARGE", "FINE", "RO", "YRO", "DTO", "S250", "S254", "S259"}
CUSTODIAL = {"DTO", "S250", "S254", "S259"}
ARCHIVED = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass
class Made:
    code: str
    day: date
    archived: bool


@dataclass
class History:
    born: date
    area: int  # which of the service's two local authorities
    outcomes: list[Made]


@st.composite
def histories(draw: st.DrawFn) -> History:
    born = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2014, 12, 31)))
    # Half the outcomes fall on or next to a 10th or 18th birthday, where ages are easiest to get wrong.
    near_birthday = st.builds(
        lambda years, days: add_months(born, 12 * years) + timedelta(days=days),
        st.sampled_from([10, 18]),
        st.integers(min_value=-1, max_value=1),
    )
    days = st.one_of(st.dates(min_value=date(2016, 1, 1), max_value=date(2026, 12, 31)), near_birthday)
    made = st.builds(Made, st.sampled_from(CODES), days, st.sampled_from([False, False, False, True]))
    return History(born, draw(st.integers(0, 1)), draw(st.lists(made, max_size=5)))


windows = st.builds(
    lambda start, length: Window(start, start + timedelta(days=length)),
    st.dates(min_value=date(2018, 1, 1), max_value=date(2026, 6, 30)),
    st.integers(min_value=0, max_value=800),
)


def slow_entrants(history: History, window: Window) -> int:
    entries = [made.day for made in history.outcomes if made.code in FIRST_ENTRY and not made.archived]
    if not entries:
        return 0
    first = min(entries)
    return int(first in window and 10 <= age_on(history.born, first) < 18)


def slow_sentences(history: History, window: Window) -> int:
    return sum(
        1
        for made in history.outcomes
        if made.code in CUSTODIAL and not made.archived and made.day in window and 10 <= age_on(history.born, made.day) < 18
    )


@pytest.mark.django_db
@settings(max_examples=60, deadline=None)
@given(st.lists(histories(), min_size=1, max_size=4), windows)
def test_first_time_entrants_and_custody_agree_with_a_child_by_child_count(children, window):
    # A new service each time, so examples never see each other's rows.
    service = ServiceFactory()
    areas = [area(service), area(service)]
    types = {kind.code: kind for kind in OutcomeType.objects.all()}
    made = []
    for history in children:
        someone = child(history.born, authority=areas[history.area])
        made += [
            Outcome(
                child=someone,
                service=service,
                outcome_type=types[each.code],
                outcome_date=each.day,
                archived_at=ARCHIVED if each.archived else None,
            )
            for each in history.outcomes
        ]
    # Straight into the table: these counts read no offences and no history.
    Outcome.objects.bulk_create(made)

    expected_entrants, expected_sentences = Counter(), Counter()
    for history in children:
        expected_entrants[areas[history.area].pk] += slow_entrants(history, window)
        expected_sentences[areas[history.area].pk] += slow_sentences(history, window)

    by_area = {"by": "local_authority", "services": [service.pk]}
    entrants = {group: f.count for group, f in first_time_entrants(window, **by_area).items() if f.count}
    sentences = {group: f.count for group, f in custody(window, **by_area).items() if f.count}
    assert entrants == {area: n for area, n in expected_entrants.items() if n}
    assert sentences == {area: n for area, n in expected_sentences.items() if n}
    # indicators() counts both in one pass over the outcomes: the same answers.
    assert entrants_and_sentences(window, **by_area) == (entrants, sentences)
    whole_service = first_time_entrants(window, services=[service.pk]).get(service.pk)
    assert (whole_service.count if whole_service else 0) == sum(expected_entrants.values())
