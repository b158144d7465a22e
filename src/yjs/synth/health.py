"""The demo's health records: mental health and substance misuse interventions offered to children with those
needs, attended or not.
"""

from __future__ import annotations

from datetime import date

from yjs.core.models import Service, User


def ensure_demo_health(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
