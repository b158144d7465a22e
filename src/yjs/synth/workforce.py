"""The demo's workforce records: staff supervision dates, training records and the staff survey."""

from __future__ import annotations

from datetime import date

from yjs.core.models import Service, User


def ensure_demo_workforce(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
