"""KPI 4 and 5: mental health and substance misuse interventions offered and attended."""

from __future__ import annotations

from yjs.performance.kpis.measure import Measure

MEASURES: tuple[Measure, ...] = ()
