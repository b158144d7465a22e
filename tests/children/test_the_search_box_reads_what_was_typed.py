from __future__ import annotations

from datetime import date

import pytest

from yjs.children.selectors import SearchKey, parse_search


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("YJS0000012", SearchKey("yjs_id", 12)),
        (" yjs0000012 ", SearchKey("yjs_id", 12)),
        ("17/05/2009", SearchKey("date_of_birth", date(2009, 5, 17))),
        ("2009-05-17", SearchKey("date_of_birth", date(2009, 5, 17))),
        ("17-05-2009", SearchKey("date_of_birth", date(2009, 5, 17))),
        ("09/123456a", SearchKey("pnc_number", "09/123456A")),
        ("2009/0123456X", SearchKey("pnc_number", "2009/0123456X")),
        ("jordan   testcase", SearchKey("name", ("jordan", "testcase"))),
        ("O'Brien", SearchKey("name", ("O'Brien",))),
        ("31/02/2009", SearchKey("name", ("31/02/2009",))),
    ],
)
def test_it_tells_an_id_a_date_of_birth_a_pnc_number_and_a_name_apart(typed: str, key: SearchKey) -> None:
    assert parse_search(typed) == key


def test_nothing_typed_is_no_search() -> None:
    assert parse_search("   ") is None
