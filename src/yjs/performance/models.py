"""Reference data the indicators divide by or compare with: population estimates and published comparators.

Both arrive as rows of a file (`yjs load-reference`, docs/reference-data.md), never as code, because the
ONS revises its estimates and the YJB publishes new figures every quarter.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

ALL = "all"


class PopulationEstimate(models.Model):
    """ONS mid-year estimate of the children aged 10 to 17 living in one area, in all or in one group.

    `group` is "all", or "dimension:value" for the groups disproportionality divides by, e.g.
    "sex:F", "ethnic_group:black", "care_status:looked_after".
    """

    area_code = models.CharField(_("area code"), max_length=20, help_text=_("ONS code of the local authority"))
    year = models.PositiveSmallIntegerField(_("mid-year of the estimate"))
    group = models.CharField(_("group"), max_length=60, default=ALL)
    count = models.PositiveIntegerField(_("children aged 10 to 17"))

    class Meta:
        ordering = ["area_code", "year", "group"]
        constraints = [
            models.UniqueConstraint(fields=["area_code", "year", "group"], name="one_population_estimate_per_group")
        ]

    def __str__(self) -> str:
        return f"{self.area_code} {self.year} {self.group}: {self.count}"


class Comparator(models.Model):
    """A published figure to set a service's own beside: national, regional or a family of services.

    `measure` names the indicator as the indicators command does (e.g. "fte.rate_per_100k",
    "reoffending.binary_rate", "custody.rate_per_1000"); `period_end` is the last day of the 12 months
    (or the quarter) the figure covers.
    """

    measure = models.CharField(_("measure"), max_length=60)
    area_code = models.CharField(_("area code"), max_length=20)
    area_name = models.CharField(_("area name"), max_length=200)
    period_end = models.DateField(_("end of the period"))
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=4)

    class Meta:
        ordering = ["measure", "area_code", "period_end"]
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "area_code", "period_end"], name="one_comparator_per_measure_area_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.measure} {self.area_name} to {self.period_end}: {self.value}"


class ReportCommentary(models.Model):
    """What the service manager writes beside one section of the board's quarterly report.

    One per service, quarter and section, changed in place and kept in history: the board reads the latest,
    and an auditor can see what it said when the report was sent. It is free text for the board, so it is
    checked never to name a child of the service (performance.board_report.forms).
    """

    service = models.ForeignKey("core.Service", on_delete=models.PROTECT, related_name="report_commentaries")
    quarter = models.CharField(_("quarter"), max_length=6, help_text=_("YJB quarter, like 2024Q4"))
    section = models.CharField(_("section"), max_length=40)
    text = models.TextField(_("commentary"), blank=True)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("written by")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["service", "quarter", "section"]
        constraints = [
            models.UniqueConstraint(fields=["service", "quarter", "section"], name="one_commentary_per_report_section")
        ]

    def __str__(self) -> str:
        return f"{self.quarter} {self.section}"
