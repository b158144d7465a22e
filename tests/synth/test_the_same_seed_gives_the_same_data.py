from __future__ import annotations

from datetime import date

from django.core.management import call_command
from django.db import transaction

from yjs.synth.digest import dataset_digest


def _digest_of_a_run(seed: int) -> str:
    # Each run in its own savepoint, rolled back after: the next run starts from an empty database again.
    with transaction.atomic():
        call_command("synth", children=40, services=2, seed=seed, as_of=date(2026, 3, 31), verbosity=0)
        digest = dataset_digest()
        transaction.set_rollback(True)
    return digest


def test_the_same_seed_gives_the_same_data(db) -> None:  # type: ignore[no-untyped-def]
    assert _digest_of_a_run(3) == _digest_of_a_run(3)


def test_a_different_seed_gives_different_data(db) -> None:  # type: ignore[no-untyped-def]
    assert _digest_of_a_run(3) != _digest_of_a_run(4)
