"""yjs.lib.garbage.collecting_less: fewer collections inside, everything as it was after, however nested."""

from __future__ import annotations

import gc

import pytest

from yjs.lib.garbage import YOUNG, collecting_less


def test_inside_the_old_objects_are_set_aside_and_the_young_collected_less_often() -> None:
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    with collecting_less():
        assert gc.get_threshold()[0] >= YOUNG
        assert gc.get_freeze_count() > frozen
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() == frozen


def test_nested_only_the_outermost_puts_things_back() -> None:
    thresholds = gc.get_threshold()
    with collecting_less():
        with collecting_less():
            pass
        assert gc.get_threshold()[0] >= YOUNG
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == thresholds


def test_things_are_put_back_when_the_work_fails() -> None:
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()

    @collecting_less()
    def failing() -> None:
        raise RuntimeError("no figures")

    with pytest.raises(RuntimeError):
        failing()
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() == frozen
