"""The child, their family, and their parents and carers."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.children.fields import NameAsCompared
from yjs.children.vocabularies import CARE_EXPERIENCED, CareStatus, Ethnicity, SendStatus, Sex, ethnic_group
from yjs.core.history import case_history
from yjs.core.models import CaseRecord, LocalAuthority
from yjs.lib.dates import age_on


class Family(CaseRecord):
    """Children who share a household, so that a worker who knows the family can be suggested."""

    name = models.CharField(_("family name"), max_length=200)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "families"

    def __str__(self) -> str:
        return self.name


class Child(CaseRecord):
    # Personal data is tagged here so exports, analytics and retention can read it.
    PERSONAL_FIELDS = (
        "first_name",
        "last_name",
        "last_name_compared",
        "date_of_birth",
        "pnc_number",
        "address",
        "gender_identity",
    )
    SPECIAL_CATEGORY_FIELDS = ("ethnicity", "mental_health_concern", "substance_misuse", "send_status", "slcn")

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    # Accents taken off can make a name a little longer (a ligature is two letters): room to spare.
    last_name_compared = NameAsCompared(_("last name as compared"), max_length=300, source="last_name")
    date_of_birth = models.DateField(_("date of birth"))
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, default=Sex.NOT_KNOWN)
    gender_identity = models.CharField(_("gender identity"), max_length=100, blank=True)
    ethnicity = models.CharField(
        _("ethnicity"), max_length=20, choices=Ethnicity.choices, default=Ethnicity.NOT_STATED
    )
    local_authority = models.ForeignKey(
        LocalAuthority, on_delete=models.PROTECT, related_name="children", verbose_name=_("local authority")
    )
    pnc_number = models.CharField(
        _("PNC number"), max_length=20, blank=True, db_index=True, help_text=_("Police national computer number")
    )
    address = models.TextField(_("address"), blank=True)
    family = models.ForeignKey(
        Family, on_delete=models.SET_NULL, null=True, blank=True, related_name="children", verbose_name=_("family")
    )
    care_status = models.CharField(
        _("care status"), max_length=30, choices=CareStatus.choices, default=CareStatus.NONE
    )
    send_status = models.CharField(
        _("special educational needs"), max_length=20, choices=SendStatus.choices, default=SendStatus.NOT_KNOWN
    )
    slcn = models.BooleanField(_("speech, language and communication needs"), default=False)
    mental_health_concern = models.BooleanField(_("mental health or wellbeing concern"), default=False)
    substance_misuse = models.BooleanField(_("substance misuse"), default=False)
    imported_id = models.CharField(
        _("identifier in the system it was imported from"), max_length=64, blank=True, editable=False
    )
    history = case_history("local_authority", "family")

    class Meta:
        verbose_name_plural = "children"
        ordering = ["last_name", "first_name"]
        indexes = [
            models.Index(fields=["service", "last_name", "first_name"]),
            # A notification's match: the children of the service with a birthday and surname (candidate_children).
            models.Index(fields=["service", "date_of_birth", "last_name_compared"]),
        ]
        constraints = [
            # `yjs import-history` finds a child it brought in before by this identifier.
            models.UniqueConstraint(
                fields=["service", "imported_id"], condition=~models.Q(imported_id=""), name="child_imported_once"
            )
        ]

    def __str__(self) -> str:
        return self.full_name

    def get_absolute_url(self) -> str:
        return reverse("children:record", args=[self.pk])

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def yjs_id(self) -> str:
        """The reference staff quote for a child: stable, short and not personal."""
        return f"YJS{self.pk:07d}"

    def age_on(self, day: date) -> int:
        return age_on(self.date_of_birth, day)

    @property
    def ethnic_group(self) -> str:
        return ethnic_group(self.ethnicity)

    @property
    def is_care_experienced(self) -> bool:
        return self.care_status in CARE_EXPERIENCED

    def save(self, *args: Any, **kwargs: Any) -> None:
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "last_name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "last_name_compared"}  # kept with the name it is made from
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.date_of_birth and self.local_authority_id and self.service_id:
            if self.local_authority.service_id != self.service_id:
                raise ValidationError({"local_authority": _("Choose a local authority of this service.")})
        if self.family_id and self.service_id and self.family.service_id != self.service_id:
            raise ValidationError({"family": _("Choose a family of this service.")})


def parse_yjs_id(text: str) -> int | None:
    """The primary key behind a reference such as YJS0000123, or None if it is not one."""
    text = text.strip().upper()
    if text.startswith("YJS") and text[3:].isdigit():
        return int(text[3:])
    return None


class Carer(CaseRecord):
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="carers")
    name = models.CharField(_("name"), max_length=200)
    relationship = models.CharField(_("relationship to the child"), max_length=100)
    parental_responsibility = models.BooleanField(_("has parental responsibility"), default=False)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)
    history = HistoricalRecords()

    PERSONAL_FIELDS = ("name", "phone", "address")

    def __str__(self) -> str:
        return f"{self.name} ({self.relationship})"
