"""Risk assessment panels, MAPPA, child exploitation and contingency planning."""

from __future__ import annotations
