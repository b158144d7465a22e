"""The quality area's data: the inspection framework (frameworks.py) and case audits beside it."""

from __future__ import annotations

from yjs.quality.models.frameworks import Framework, KeyQuestion, Prompt, Standard

__all__ = ["Framework", "KeyQuestion", "Prompt", "Standard"]
