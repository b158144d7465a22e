from __future__ import annotations

import pytest

from tests.factories import LocalAuthorityFactory


@pytest.fixture(autouse=True)
def _local_authority_codes_clear_of_the_cast() -> None:
    # The cast uses the fixed codes E06000058/59; the factory's sequence reaches them after ~58 tests.
    LocalAuthorityFactory.reset_sequence(1000)
