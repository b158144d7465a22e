"""The demo's education records: each open case's school or provider with hours offered and attended, exclusions,
EHCPs and 16-17 year olds not in education, employment or training.
"""

from __future__ import annotations

from datetime import date

from yjs.core.models import Service, User


def ensure_demo_education(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
