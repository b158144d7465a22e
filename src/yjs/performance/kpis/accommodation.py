"""KPI 1: accommodation suitable at the start and at the end of the order."""

from __future__ import annotations

from yjs.performance.kpis.measure import Measure

MEASURES: tuple[Measure, ...] = ()
