"""The demo's safety records: risk panels with referrals and actions, MAPPA-managed children, exploitation
screenings and a national referral mechanism referral, and a child whose contingency is out of date.
"""

from __future__ import annotations

from datetime import date

from yjs.core.models import Service, User


def ensure_demo_safety(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
