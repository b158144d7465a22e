"""The quality area's data: the inspection framework (frameworks.py) and case audits beside it (audits.py)."""

from __future__ import annotations

from yjs.quality.models.audits import AuditAnswer, AuditCase, AuditRound, RoundRating
from yjs.quality.models.frameworks import Framework, KeyQuestion, Prompt, Standard

__all__ = ["AuditAnswer", "AuditCase", "AuditRound", "Framework", "KeyQuestion", "Prompt", "RoundRating", "Standard"]
