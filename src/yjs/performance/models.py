"""Reference data the indicators divide by or compare with: population estimates and published comparators.

Both arrive as rows of a file (`yjs load-reference`, docs/reference-data.md), never as code, because the
ONS revises its estimates and the YJB publishes new figures every quarter.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

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
