from __future__ import annotations

import random

from yjs.synth.build import split, team_shares
from yjs.synth.names import place_name
from yjs.synth.people import service_spec


def test_children_are_split_over_services_exactly_and_unevenly() -> None:
    sizes = split(300_000, 150, random.Random(1))
    assert sum(sizes) == 300_000
    assert min(sizes) < 2000 < max(sizes)


def test_a_hundred_and_fifty_services_have_distinct_names_codes_and_authority_codes() -> None:
    specs = [service_spec(random.Random(n), n, 10) for n in range(150)]
    assert len({s.name for s in specs}) == 150
    assert len({s.code for s in specs}) == 150
    assert len({code for s in specs for code in s.la_codes}) == 300


def test_place_names_stay_distinct_past_the_built_in_list() -> None:
    assert len({place_name(n) for n in range(1000)}) == 1000


def test_open_cases_are_shared_between_teams_in_full() -> None:
    assert abs(sum(team_shares(2)) - 1) < 1e-9
    assert abs(sum(team_shares(3)) - 1) < 1e-9
