"""This step's rows of the out-of-court access matrix (see tests/diversion/matrix/__init__.py)."""

from __future__ import annotations

from tests.diversion.matrix import Row

ROWS: list[Row] = []
