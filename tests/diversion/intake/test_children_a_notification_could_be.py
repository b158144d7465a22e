"""The children a notification could be about are found by the database from the birthday and the surname
as compared, or the PNC number: however the surname is spelt, and never a child of another birthday,
surname, service, or an archived one."""

from __future__ import annotations

from datetime import date

from tests.conftest import Cast
from tests.factories import ChildFactory
from yjs.diversion.matching import Identity
from yjs.diversion.services.intake import candidate_children

BORN = date(2011, 6, 1)


def test_the_same_birthday_and_surname_however_spelt_or_the_same_pnc(cast: Cast) -> None:
    def child(**values: object) -> int:
        values = {"date_of_birth": BORN, "last_name": "O'Neil Brown", "pnc_number": "", **values}
        return ChildFactory(service=cast.service, local_authority=cast.child.local_authority, **values).pk

    spelt_otherwise = child(first_name="Zoë", last_name="ONEIL  BROWN")
    same_pnc = child(first_name="Zo", last_name="Other", date_of_birth=date(2010, 1, 2), pnc_number="11/123456A")
    child(last_name="O'Neill-Brown")  # another surname
    child(date_of_birth=date(2011, 6, 2))  # another birthday
    child(pnc_number="11/999999Z", last_name="Other")  # another PNC, another surname
    archived = ChildFactory(
        service=cast.service, local_authority=cast.child.local_authority, date_of_birth=BORN, last_name="ONeil Brown"
    )
    archived.archived_at = archived.created_at
    archived.save()
    ChildFactory(service=cast.other_service_child.service, date_of_birth=BORN, last_name="O'Neil Brown")

    notified = [Identity("Zoe", "O’Neil Brown", BORN), Identity("Zed", "Nobody", date(2012, 1, 1), "11/123456a")]
    found = candidate_children(cast.service.pk, notified)
    assert [pk for pk, _ in found] == [spelt_otherwise, same_pnc]
    assert found[0][1] == Identity("Zoë", "ONEIL  BROWN", BORN)


def test_a_child_being_written_elsewhere_is_taken_as_stored_in_key_order(cast: Cast) -> None:
    stored = ChildFactory(
        service=cast.service, local_authority=cast.child.local_authority, date_of_birth=BORN, last_name="Brown"
    ).pk
    in_flight = [(stored + 100, Identity("Al", "brown", BORN)), (stored + 101, Identity("Al", "Green", BORN))]
    found = candidate_children(cast.service.pk, [Identity("Al", "Brown", BORN)], also=in_flight)
    assert [pk for pk, _ in found] == [stored, stored + 100]
