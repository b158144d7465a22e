"""The demo's resettlement records: custody episodes with release planning, accommodation records, and children
approaching 18 with a transition record.
"""

from __future__ import annotations

from datetime import date

from yjs.core.models import Service, User


def ensure_demo_resettlement(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
