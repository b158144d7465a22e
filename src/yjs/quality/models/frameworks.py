"""HM Inspectorate of Probation's inspection framework, versioned, as reference data.

National wording, not a case record: it belongs to no service. Both versions are loaded by a data migration
from `quality/framework_data.py`; names, key questions and prompts may be corrected on the framework pages,
and simple_history keeps every earlier wording.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yjs.quality.vocabularies import Area, AssessedBy, Disposal, FrameworkVersion


class Framework(models.Model):
    version = models.CharField(_("version"), max_length=4, choices=FrameworkVersion.choices, unique=True)
    name = models.CharField(_("name"), max_length=200)
    published_on = models.DateField(_("published on"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["-version"]

    def __str__(self) -> str:
        return self.name


class Standard(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="standards")
    code = models.CharField(_("code"), max_length=8)
    name = models.CharField(_("name"), max_length=200)
    headline = models.TextField(_("headline statement"), blank=True)
    domain = models.PositiveSmallIntegerField(_("domain"), choices=[(n, str(n)) for n in (1, 2, 3, 4)])
    assessed_by = models.CharField(_("assessed by"), max_length=10, choices=AssessedBy.choices)
    scored = models.BooleanField(_("counts towards the score"), default=True)
    may_be_not_rated = models.BooleanField(_("may be not rated"), default=False)
    disposal = models.CharField(_("cases assessed"), max_length=12, choices=Disposal.choices, blank=True)
    order = models.PositiveSmallIntegerField(_("order"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["framework", "order"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="quality_standard_code_once_per_framework"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def is_case_assessed(self) -> bool:
        return self.assessed_by == AssessedBy.CASE


class KeyQuestion(models.Model):
    standard = models.ForeignKey(Standard, on_delete=models.PROTECT, related_name="key_questions")
    area = models.CharField(_("area"), max_length=20, choices=Area.choices)
    text = models.CharField(_("question"), max_length=300)
    order = models.PositiveSmallIntegerField(_("order"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["standard", "order"]
        constraints = [
            models.UniqueConstraint(fields=["standard", "area"], name="quality_key_question_area_once_per_standard"),
        ]

    def __str__(self) -> str:
        return self.text


class Prompt(models.Model):
    key_question = models.ForeignKey(KeyQuestion, on_delete=models.CASCADE, related_name="prompts")
    text = models.CharField(_("prompt"), max_length=300)
    order = models.PositiveSmallIntegerField(_("order"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["key_question", "order"]

    def __str__(self) -> str:
        return self.text
