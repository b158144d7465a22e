"""The demo's parenting records: parenting referrals and programmes, and feedback from children and parents over
several quarters.
"""

from __future__ import annotations

from datetime import date

from yjs.core.models import Service, User


def ensure_demo_parenting(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
