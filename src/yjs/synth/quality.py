"""The demo's quality records: the six recommendations of the 2023 inspection of a combined service with their
actions, and an audit round.
"""

from __future__ import annotations

from datetime import date

from yjs.core.models import Service, User


def ensure_demo_quality(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
