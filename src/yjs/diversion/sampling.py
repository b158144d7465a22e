"""Drawing a scrutiny sample: random, and the same every time for the same inputs.

The ids are sorted before drawing, so the sample depends only on which decisions are in the window, the
size and the seed: never on the order a database returns rows in. Anyone with the seed and the dates can
draw the same sample again, on this database or a copy of it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

# The largest seed the sample's record holds (a positive integer on every database yjs runs on).
MAX_SEED = 2_147_483_647


def draw(ids: Sequence[int], size: int, seed: int) -> list[int]:
    """`size` of `ids` (all of them if there are fewer), in the order drawn, by random.Random(seed)."""
    population = sorted(set(ids))
    return random.Random(seed).sample(population, min(size, len(population)))


def new_seed() -> int:
    """A seed nobody chose, so a sample cannot be steered; it is recorded so the draw can be repeated."""
    return random.SystemRandom().randint(1, MAX_SEED)
