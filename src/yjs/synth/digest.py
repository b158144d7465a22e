"""A fingerprint of the synthetic data, to show that a seed always gives the same data.

Keys are replaced by each row's position in insertion order, so the fingerprint does not depend on
where the database's sequences stood (PostgreSQL does not roll sequences back with a transaction).
"""

from __future__ import annotations

import hashlib

from django.apps import apps
from django.db import models

MODELS = (
    "core.Service",
    "core.LocalAuthority",
    "core.Team",
    "core.User",
    "children.Family",
    "children.Child",
    "children.Carer",
    "justice.Offence",
    "justice.Outcome",
    "casework.Intervention",
    "casework.Allocation",
    "casework.Assessment",
    "casework.Plan",
    "casework.Review",
    "casework.SignificantChange",
    "casework.Contact",
    "core.PartnerAgency",
    "diversion.PanelMeeting",
    "diversion.Notification",
    "diversion.ScreeningRequest",
    "diversion.Proposal",
    "diversion.BriefAssessment",
    "diversion.PanelDecision",
    "diversion.Escalation",
)
# Set by the database or the clock when a row is written, not by the generator.
VOLATILE = {"modified_at", "password", "last_login", "date_joined"}


def dataset_digest() -> str:
    classes = [apps.get_model(label) for label in MODELS]
    positions = {m: {pk: n for n, pk in enumerate(m.objects.order_by("pk").values_list("pk", flat=True))} for m in classes}
    digest = hashlib.sha256()
    for model in classes:
        fields = [f for f in model._meta.concrete_fields if f.attname not in VOLATILE]
        for row in model.objects.order_by("pk").values_list(*[f.attname for f in fields]):
            digest.update(repr([_portable(f, v, positions) for f, v in zip(fields, row, strict=True)]).encode())
    outcomes, offences = positions[apps.get_model("justice.Outcome")], positions[apps.get_model("justice.Offence")]
    link = apps.get_model("justice.Outcome").offences.through
    pairs = sorted((outcomes[o], offences[f]) for o, f in link.objects.values_list("outcome_id", "offence_id"))
    digest.update(repr(pairs).encode())
    return digest.hexdigest()


def _portable(field: models.Field, value: object, positions: dict[type[models.Model], dict[object, int]]) -> object:
    if field.primary_key:
        return positions[field.model].get(value)
    target = field.related_model if field.is_relation else None
    if target in positions and value is not None:
        return positions[target].get(value)
    return value
