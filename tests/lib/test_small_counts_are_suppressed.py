from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yjs.lib.suppression import (
    Count,
    Reason,
    Sum,
    ratio_shown,
    suppress,
    suppress_counts,
    suppress_line,
    suppress_share,
    suppress_table,
)


def test_counts_from_one_to_four_show_as_fewer_than_five_and_zero_shows_as_zero() -> None:
    assert suppress_counts({"a": 0, "b": 1, "c": 4, "d": 5, "e": 1234}) == {
        "a": "0",
        "b": "<5",
        "c": "<5",
        "d": "5",
        "e": "1,234",
    }


def test_a_lone_small_count_beside_a_total_hides_the_next_smallest_part() -> None:
    # 3 + 7 + 20 = 30: with only the 3 hidden, 30 - 7 - 20 gives it back; hiding the 7 leaves 10 to share.
    assert suppress_counts({"north": 20, "south": 3, "east": 7}, 30) == {"north": "20", "south": "<5", "east": "[c]"}


def test_a_zero_is_never_the_complementary_count() -> None:
    line = suppress_line({"a": 2, "b": 0, "c": 9, "d": 6}, 17)
    assert line.texts() == {"a": "<5", "b": "0", "c": "9", "d": "[c]"}
    assert line.total == Count(17)


def test_two_small_counts_that_can_only_be_ones_are_protected() -> None:
    # <5 and <5 making 2 can only be 1 and 1.
    assert suppress_counts({"a": 1, "b": 1, "c": 10}, 12) == {"a": "<5", "b": "<5", "c": "[c]"}


def test_two_small_counts_that_could_be_split_several_ways_need_no_more() -> None:
    assert suppress_counts({"a": 2, "b": 3, "c": 10}, 15) == {"a": "<5", "b": "<5", "c": "10"}


def test_a_small_count_beside_exactly_five_hides_a_third_count() -> None:
    # 1 and [c] making 6 can only be 1 and 5, so one more count is hidden.
    assert suppress_counts({"a": 1, "b": 5, "c": 9}, 15) == {"a": "<5", "b": "[c]", "c": "[c]"}


def test_the_total_is_hidden_when_nothing_else_can_be() -> None:
    line = suppress_line({"a": 1, "b": 5}, 6)
    assert line.texts() == {"a": "<5", "b": "[c]"}
    assert line.total == Count(6, Reason.COMPLEMENTARY)


def test_without_a_total_only_small_counts_are_hidden() -> None:
    assert suppress_counts({"a": 3, "b": 7}) == {"a": "<5", "b": "7"}


def test_parts_that_do_not_add_up_to_the_total_are_refused() -> None:
    with pytest.raises(ValueError, match="parts add up to 10"):
        suppress_counts({"a": 3, "b": 7}, 11)


def test_a_share_is_hidden_when_those_without_are_few() -> None:
    assert suppress_share(8, 10) == (Count(8, Reason.COMPLEMENTARY), Count(10))
    assert suppress_share(3, 10) == (Count(3, Reason.SMALL), Count(10))
    assert suppress_share(6, 20) == (Count(6), Count(20))


def test_a_rate_made_from_a_hidden_count_is_hidden() -> None:
    assert ratio_shown(37.5, Count(3, Reason.SMALL), Count(8)) is None
    assert ratio_shown(37.5, Count(30), Count(80)) == 37.5


def test_a_table_protects_its_rows_and_columns() -> None:
    table = suppress_table({"poole": {"court": 2, "out_of_court": 10}, "dorset": {"court": 8, "out_of_court": 12}})
    # The 2 is hidden; its row, its column and the grand total would each give it back, so the table hides
    # a rectangle: the 2, the 10 beside it, the 8 below it, and the 12 that completes the rectangle.
    assert table.cells[("poole", "court")].text == "<5"
    assert all(count.withheld for count in table.cells.values())
    assert [count.text for count in table.row_totals.values()] == ["12", "20"]
    assert [count.text for count in table.column_totals.values()] == ["10", "22"]
    assert table.total.text == "32"


def _values_a_reader_could_give(counts: dict[str, int], total_key: str, shown: dict[str, Count], key: str) -> set[int]:
    """Every value `key` could take: for each, whether the other hidden cells can make the sum balance.

    Worked as the set of every balance the other hidden cells can reach (parts add, the total takes away),
    one cell at a time, rather than by the ranges the module itself narrows.
    """
    # A "[c]" is at least 5 and, when the total is hidden too, a reader knows no upper limit: 20 over does.
    ceiling = counts[total_key] + 20

    def options(name: str) -> range:
        if not shown[name].withheld:
            return range(counts[name], counts[name] + 1)
        return range(1, 5) if shown[name].withheld == Reason.SMALL else range(5, ceiling + 1)

    def sign(name: str) -> int:
        return -1 if name == total_key else 1

    reachable = {0}
    for name in counts:
        if name != key:
            reachable = {so_far + sign(name) * value for so_far in reachable for value in options(name)}
    return {value for value in options(key) if -sign(key) * value in reachable}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 6), st.integers(0, 14)), min_size=1, max_size=4))
def test_no_hidden_count_of_a_line_can_be_worked_out_by_subtraction(values: list[int]) -> None:
    counts = {f"p{index}": value for index, value in enumerate(values)}
    counts["total"] = sum(values)
    shown = suppress(counts, [Sum("total", tuple(key for key in counts if key != "total"))])
    for key, value in counts.items():
        if 1 <= value <= 4:
            assert shown[key].text == "<5"
        if value == 0:
            assert shown[key].text == "0"
        # A total from 1 to 4 is itself "<5", and its parts can then only be told apart when there is
        # nothing left to hide (four parts of "<5" making "<5" are four ones): the rule is for a shown total.
        if shown[key].withheld and not shown["total"].withheld == Reason.SMALL:
            assert len(_values_a_reader_could_give(counts, "total", shown, key)) > 1, (key, shown)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 9), min_size=2, max_size=3), min_size=2, max_size=3))
def test_every_small_count_of_a_table_is_hidden_and_no_row_or_column_gives_one_back(rows: list[list[int]]) -> None:
    width = min(len(row) for row in rows)
    table = suppress_table({r: dict(enumerate(row[:width])) for r, row in enumerate(rows)})
    for count in table.cells.values():
        if 1 <= count.value <= 4:
            assert count.withheld == Reason.SMALL
    lines = [[table.cells[(r, c)] for c in range(width)] + [table.row_totals[r]] for r in range(len(rows))]
    lines += [[table.cells[(r, c)] for r in range(len(rows))] + [table.column_totals[c]] for c in range(width)]
    for line in lines:
        *parts, total = line
        if total.withheld:
            continue
        hidden = [part for part in parts if part.withheld]
        assert len(hidden) != 1, line
