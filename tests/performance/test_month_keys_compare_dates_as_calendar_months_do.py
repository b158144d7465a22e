"""The month key turns "N calendar months after" into addition; it must agree with lib.dates in SQL too."""

from __future__ import annotations

from datetime import date

import pytest
from django.db.models import DateField, F, Min, Q, Value
from django.db.models.functions import Cast
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import ChildFactory
from yjs.children.models import Child
from yjs.lib.dates import add_months, age_on
from yjs.performance.sql import DayNumber, MonthKey, month_key, months

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


@given(days, days, st.integers(min_value=0, max_value=240))
def test_a_day_is_within_n_months_exactly_when_its_key_is(start, day, count):
    assert (day <= add_months(start, count)) == (month_key(day) <= month_key(start) + months(count))


@given(days, days)
def test_an_age_reads_off_the_keys(born, day):
    assert (age_on(born, day) >= 10) == (month_key(day) >= month_key(born) + months(120))
    assert (age_on(born, day) < 18) == (month_key(day) < month_key(born) + months(216))


def test_a_child_born_on_29_february_turns_18_on_1_march():
    born = date(2008, 2, 29)
    assert month_key(date(2026, 2, 28)) < month_key(born) + months(216)
    assert month_key(date(2026, 3, 1)) >= month_key(born) + months(216)


@pytest.mark.django_db
@settings(max_examples=25, deadline=None)
@given(days)
def test_the_database_computes_the_same_key_as_python(born):
    child = ChildFactory(date_of_birth=born)
    keyed = Child.objects.filter(pk=child.pk).annotate(
        key=MonthKey(F("date_of_birth")), given=MonthKey(Cast(Value(born), DateField()))
    )
    assert list(keyed.values_list("key", "given")) == [(month_key(born), month_key(born))]
    child.delete()


@pytest.mark.django_db
@settings(max_examples=25, deadline=None)
@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_the_database_numbers_a_day_as_python_does(day):
    child = ChildFactory(date_of_birth=day)
    numbered = Child.objects.filter(pk=child.pk).annotate(
        number=DayNumber(F("date_of_birth")), given=DayNumber(Cast(Value(day), DateField()))
    )
    assert list(numbered.values_list("number", "given")) == [(day.toordinal(), day.toordinal())]
    # Of an aggregate too, as the live tracker reads each reoffender's first day of proof, and of none as none.
    firsts = Child.objects.filter(pk=child.pk).aggregate(
        first=DayNumber(Min("date_of_birth")), none=DayNumber(Min("date_of_birth", filter=Q(pk=None)))
    )
    assert firsts == {"first": day.toordinal(), "none": None}
    child.delete()
