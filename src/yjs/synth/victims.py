"""The demo's victims records: victims linked to offences, with consent, restorative justice offered and taken
up, and feedback.
"""

from __future__ import annotations

from datetime import date

from yjs.core.models import Service, User


def ensure_demo_victims(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
