"""The demo's examples of every practice area, so that a newcomer sees each page filled in."""

from __future__ import annotations

from datetime import date

from yjs.core.models import Service, User
from yjs.synth import audits, education, health, parenting, quality, resettlement, safety, victims, workforce


def ensure_demo_practice(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    safety.ensure_demo_safety(service, as_of, seed, users)
    victims.ensure_demo_victims(service, as_of, seed, users)
    education.ensure_demo_education(service, as_of, seed, users)
    health.ensure_demo_health(service, as_of, seed, users)
    resettlement.ensure_demo_resettlement(service, as_of, seed, users)
    parenting.ensure_demo_parenting(service, as_of, seed, users)
    quality.ensure_demo_quality(service, as_of, seed, users)
    audits.ensure_demo_audits(service, as_of, seed, users)
    workforce.ensure_demo_workforce(service, as_of, seed, users)
