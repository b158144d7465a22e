from __future__ import annotations

import pytest

from tests.factories import LocalAuthorityFactory


@pytest.fixture(autouse=True)
def _local_authority_codes_clear_of_the_cast() -> None:
    # The factory's codes run E06000001, E06000002, ... and reach the cast's fixed E06000058/E06000059
    # after enough tests; start each test well past them.
    LocalAuthorityFactory.reset_sequence(1000)
