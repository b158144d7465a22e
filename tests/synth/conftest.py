"""A synthetic dataset built once per test module, inside a transaction rolled back at the end."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction


def synth_once(**options: Any) -> Callable[..., Iterator[None]]:
    """A module-scoped fixture running `yjs synth` with `options`; tests also ask for `db` to read it."""

    @pytest.fixture(scope="module")
    def dataset(django_db_setup, django_db_blocker) -> Iterator[None]:  # type: ignore[no-untyped-def]
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            outer.__enter__()
            try:
                call_command("synth", verbosity=0, **options)
                yield
            finally:
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)

    return dataset
