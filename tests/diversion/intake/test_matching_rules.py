"""The matching rules on plain values: linked when certain, reviewed when in doubt, new when nobody fits."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from yjs.diversion.intake_rules import youth_case_error
from yjs.diversion.matching import Certainty, Identity, match, normalise_name, normalise_pnc

BORN = date(2010, 5, 17)
RILEY = Identity("Riley", "Synthetic", BORN, "10/123456A")


def test_names_are_compared_without_case_accents_hyphens_apostrophes_or_spaces() -> None:
    assert normalise_name("  Zoë  O'Neil-Smith ") == normalise_name("zoe oneilsmith")


def test_pnc_numbers_are_compared_in_upper_case_without_spaces() -> None:
    assert normalise_pnc(" 10/123456a ") == normalise_pnc("10/ 123456A") == "10/123456A"


def test_the_same_pnc_and_date_of_birth_link_even_with_another_spelling() -> None:
    assert match(RILEY, [(7, Identity("Rylee", "Synthetic", BORN, "10/123456a"))]) == match(RILEY, [(7, RILEY)])
    assert match(RILEY, [(7, RILEY)]).child == 7


def test_the_same_name_and_date_of_birth_link_when_neither_has_a_pnc() -> None:
    notified = Identity("Zoë", "O'Neil", BORN)
    result = match(notified, [(3, Identity("zoe", "ONeil", BORN))])
    assert (result.certainty, result.child) == (Certainty.LINKED, 3)


def test_the_same_name_and_date_of_birth_link_when_the_record_has_no_pnc_yet() -> None:
    assert match(RILEY, [(3, Identity("Riley", "Synthetic", BORN))]).certainty == Certainty.LINKED


def test_a_matching_pnc_with_another_date_of_birth_is_reviewed() -> None:
    result = match(RILEY, [(4, Identity("Riley", "Synthetic", date(2010, 7, 15), "10/123456A"))])
    assert (result.certainty, result.candidates) == (Certainty.REVIEW, (4,))


def test_the_same_name_and_date_of_birth_with_another_pnc_is_reviewed() -> None:
    result = match(RILEY, [(5, Identity("Riley", "Synthetic", BORN, "11/999999Z"))])
    assert (result.certainty, result.candidates) == (Certainty.REVIEW, (5,))


def test_the_same_birthday_and_surname_with_another_first_name_is_reviewed() -> None:
    result = match(Identity("Sam", "Synthetic", BORN), [(6, Identity("Samuel", "Synthetic", BORN))])
    assert (result.certainty, result.candidates) == (Certainty.REVIEW, (6,))


def test_two_children_who_both_fit_are_reviewed() -> None:
    twin = Identity("Riley", "Synthetic", BORN)
    result = match(Identity("Riley", "Synthetic", BORN), [(1, twin), (2, twin)])
    assert (result.certainty, result.candidates) == (Certainty.REVIEW, (1, 2))


def test_a_certain_match_is_not_held_up_by_a_sibling_with_the_same_birthday() -> None:
    sibling = Identity("Jamie", "Synthetic", BORN, "10/654321B")
    assert match(RILEY, [(1, sibling), (2, RILEY)]).child == 2


def test_nobody_alike_makes_a_new_child() -> None:
    others = [(1, Identity("Riley", "Synthetic", date(2011, 1, 1))), (2, Identity("Alex", "Other", BORN))]
    assert match(RILEY, others).certainty == Certainty.NEW


def test_a_child_aged_10_to_17_at_the_offence_is_a_youth_case() -> None:
    assert youth_case_error(BORN, date(2020, 5, 17)) is None
    assert youth_case_error(BORN, date(2028, 5, 16)) is None


def test_a_child_under_10_or_over_17_at_the_offence_is_not() -> None:
    assert "under 10" in str(youth_case_error(BORN, date(2020, 5, 16)))
    assert "10 to 17" in str(youth_case_error(BORN, date(2028, 5, 17)))


names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)


@given(names)
def test_normalising_a_name_twice_is_normalising_it_once(name: str) -> None:
    assert normalise_name(normalise_name(name)) == normalise_name(name)


@given(st.text(max_size=20))
def test_normalising_a_pnc_twice_is_normalising_it_once(pnc: str) -> None:
    assert normalise_pnc(normalise_pnc(pnc)) == normalise_pnc(pnc)


@given(
    st.builds(
        Identity,
        first_name=names,
        last_name=names,
        date_of_birth=st.dates(min_value=date(2000, 1, 1), max_value=date(2020, 1, 1)),
        pnc_number=st.text(alphabet="0123456789/ABCZ ", max_size=12),
    )
)
def test_a_notification_always_links_to_the_only_child_with_an_identical_identity(identity: Identity) -> None:
    result = match(identity, [(42, identity)])
    assert (result.certainty, result.child) == (Certainty.LINKED, 42)
