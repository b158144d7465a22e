"""KPI 2: suitable education, training or employment at the start and end of the order."""

from __future__ import annotations

from yjs.performance.kpis.measure import Measure

MEASURES: tuple[Measure, ...] = ()
