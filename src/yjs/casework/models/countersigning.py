"""Draft -> submitted -> countersigned by a manager: shared by assessments and plans."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from yjs.casework.vocabularies import RecordStatus


class Countersigned(models.Model):
    status = models.CharField(_("status"), max_length=20, choices=RecordStatus.choices, default=RecordStatus.DRAFT)
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )
    countersigned_at = models.DateTimeField(null=True, blank=True, editable=False)
    countersigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )
    oversight_note = models.TextField(_("management oversight note"), blank=True)

    class Meta:
        abstract = True

    @property
    def is_draft(self) -> bool:
        return self.status == RecordStatus.DRAFT

    @property
    def awaiting_countersignature(self) -> bool:
        return self.status == RecordStatus.SUBMITTED
