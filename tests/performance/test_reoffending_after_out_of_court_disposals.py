"""Reoffending after out-of-court disposals, by disposal and by the child's profile, with cohort sizes.

Three children have an out-of-court disposal in 2024Q1 (April to June 2024):
- A, aged 12, a girl of Black Caribbean ethnicity, looked after, with an EHCP, substance misuse and a
  mental health concern: a community resolution on 15 May, then an offence on 1 August cautioned on
  1 September (one reoffence);
- B, aged 16, a White British boy with no needs recorded: a community resolution and a youth conditional
  caution on the same day, 10 April (the more serious is the index), and nothing after;
- C, aged 15 on the day (born 1 June 2009), a boy of unstated ethnicity, a care leaver on SEN support:
  outcome 22 on 1 June, then two offences sentenced together by a referral order on 1 October (two
  reoffences) and a third only given a community resolution (not proven, so not counted).
A referral order (a court outcome) and a no-further-action decision in the quarter start no follow-up here.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.performance.histories import area, child, offence, outcome
from yjs.performance.disposals import DIMENSIONS, out_of_court_reoffending, value_label
from yjs.performance.figures import Reoffending
from yjs.performance.periods import Quarter

pytestmark = pytest.mark.django_db

QUARTER = Quarter(2024, 1).window


def build_cohort():  # type: ignore[no-untyped-def]
    authority = area()
    a = child(
        date(2012, 1, 1),
        authority=authority,
        sex="F",
        ethnicity="B_CARIBBEAN",
        care_status="looked_after",
        send_status="ehcp",
        substance_misuse=True,
        mental_health_concern=True,
    )
    outcome(a, "CR", date(2024, 5, 15))
    outcome(a, "YC", date(2024, 9, 1), committed=date(2024, 8, 1))
    b = child(date(2008, 1, 1), authority=authority, send_status="none")
    outcome(b, "CR", date(2024, 4, 10))
    outcome(b, "YCC", date(2024, 4, 10))
    c = child(
        date(2009, 6, 1), authority=authority, ethnicity="NOT_STATED", care_status="care_leaver", send_status="sen_support"
    )
    outcome(c, "O22", date(2024, 6, 1))
    outcome(c, "RO", date(2024, 10, 1), offence(c, date(2024, 8, 1)), offence(c, date(2024, 8, 2)))
    outcome(c, "CR", date(2024, 11, 1), committed=date(2024, 10, 15))
    d = child(authority=authority)
    outcome(d, "RO", date(2024, 5, 1))
    e = child(authority=authority)
    outcome(e, "NFA", date(2024, 5, 1))
    return authority


def test_each_dimension_splits_the_same_cohort():
    authority = build_cohort()
    found = out_of_court_reoffending(QUARTER)[authority.service_id]
    a, b, c = Reoffending(1, 1, 1), Reoffending(1, 0, 0), Reoffending(1, 1, 2)
    assert found.total == Reoffending(cohort=3, reoffenders=2, reoffences=3)
    assert found.by == {
        "disposal": {"CR": a, "YCC": b, "O22": c},
        "age_band": {"10-14": a, "15-17": b + c},
        "sex": {"F": a, "M": b + c},
        "ethnic_group": {"black": a, "white": b, "not_known": c},
        "care_experienced": {"yes": a + c, "no": b},
        "care_status": {"looked_after": a, "none": b, "care_leaver": c},
        "send_status": {"ehcp": a, "none": b, "sen_support": c},
        "substance_misuse": {"yes": a, "no": b + c},
        "mental_health_concern": {"yes": a, "no": b + c},
    }
    assert set(found.by) == set(DIMENSIONS)


def test_by_local_authority_and_limited_to_services():
    authority = build_cohort()
    assert set(out_of_court_reoffending(QUARTER, by="local_authority")) == {authority.pk}
    assert out_of_court_reoffending(QUARTER, services=[authority.service_id + 1000]) == {}


def test_values_are_shown_in_words():
    assert value_label("ethnic_group", "black") == "Black or Black British"
    assert value_label("care_experienced", "no") == "Not care-experienced"
    assert value_label("disposal", "YCC") == "YCC"
