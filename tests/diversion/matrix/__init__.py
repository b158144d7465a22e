"""The out-of-court pages' access matrix: each step's rows live in their own module beside this one.

Rows are built from the `pipeline` fixture (tests/diversion/conftest.py); tests/access_matrix.py says what
a row is.
"""

from __future__ import annotations

from tests.access_matrix import Row, saved, statuses

__all__ = ["READ_PIPELINE", "WORK_PIPELINE", "Row", "saved", "statuses"]

# The common answers: who reads the pipeline, and who works it. Another service's manager gets 404
# (out of scope); the roles outside the pipeline get 403.
READ_PIPELINE = statuses(
    200,
    health_worker=403,
    partner_screener=403,
    board_member=403,
    administrator=403,
    other_service_manager=404,
)
WORK_PIPELINE = statuses(
    403,
    team_manager=200,
    service_manager=200,
    police_officer=200,
    other_service_manager=404,
)
