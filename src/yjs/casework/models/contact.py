"""Contacts: planned and held appointments with the child, and whether they attended."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.casework.models.intervention import Intervention
from yjs.casework.vocabularies import ContactStatus, ContactType
from yjs.core.models import CaseRecord


class Contact(CaseRecord):
    intervention = models.ForeignKey(Intervention, on_delete=models.PROTECT, related_name="contacts")
    scheduled_at = models.DateTimeField(_("date and time"))
    contact_type = models.CharField(_("type of contact"), max_length=20, choices=ContactType.choices)
    status = models.CharField(_("status"), max_length=20, choices=ContactStatus.choices, default=ContactStatus.PLANNED)
    note = models.TextField(_("note"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-scheduled_at"]
        indexes = [models.Index(fields=["intervention", "scheduled_at"])]
