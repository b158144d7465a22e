from __future__ import annotations

from datetime import date

from tests.conftest import Cast
from yjs.children.selectors import search_children
from yjs.children.services import create_child


def test_a_pnc_number_typed_in_lower_case_is_stored_and_found_in_capitals(cast: Cast) -> None:
    child = create_child(
        cast.case_manager,
        {
            "first_name": "Riley",
            "last_name": "Sample",
            "date_of_birth": date(2010, 2, 3),
            "local_authority": cast.child.local_authority,
            "pnc_number": " 10/123456b ",
        },
    )
    assert child.pnc_number == "10/123456B"
    assert list(search_children(cast.case_manager, "10/123456b")) == [child]
