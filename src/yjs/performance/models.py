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


KIND_NAMES = {1: "official", 2: "out-of-court"}


class FollowUp(models.Model):
    """An outcome that would be the child's index event in any period where it is their first: kept for the
    reoffending figures, and worked out again from the child's record whenever that changes (follow_ups.py).

    Only events of a child aged 10 to 17 that day and not archived are kept; `previous_date` is the day of
    the child's qualifying event of the same kind before this one (in the order the official method ranks
    them), whether kept or not, so that "first in the period" is a test on this row alone. The service, local
    authority and profile are the child's as recorded now, as the figures read them.
    """

    OFFICIAL = 1  # the official measure's index events (reoffending.INDEX_EVENT)
    OUT_OF_COURT = 2  # out-of-court disposals (disposals.OUT_OF_COURT_DISPOSAL)

    kind = models.PositiveSmallIntegerField()
    # Derived rows, replaced whole on every refresh: no database constraints to check on each insert.
    child = models.ForeignKey("children.Child", on_delete=models.CASCADE, db_constraint=False, related_name="+")
    outcome = models.ForeignKey("justice.Outcome", on_delete=models.CASCADE, db_constraint=False, related_name="+")
    event_date = models.DateField(help_text="The index date: release from custody, else the outcome date")
    previous_date = models.DateField(null=True)
    service = models.ForeignKey("core.Service", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    local_authority = models.ForeignKey(
        "core.LocalAuthority", on_delete=models.DO_NOTHING, db_constraint=False, null=True, related_name="+"
    )
    disposal = models.CharField(max_length=20)
    age_band = models.CharField(max_length=5)
    sex = models.CharField(max_length=1)
    ethnic_group = models.CharField(max_length=20)
    care_status = models.CharField(max_length=20)
    send_status = models.CharField(max_length=20)
    substance_misuse = models.BooleanField()
    mental_health_concern = models.BooleanField()

    class Meta:
        indexes = [
            # A period's events are a range of this index, which holds all a cohort's count needs but the profile.
            models.Index(
                fields=["kind", "event_date", "previous_date", "service", "local_authority"], name="follow_up_dated"
            ),
            models.Index(fields=["child"], name="follow_up_child"),
        ]

    def __str__(self) -> str:
        return f"{KIND_NAMES.get(self.kind, self.kind)} follow-up from {self.event_date}"


class FollowUpOffence(models.Model):
    """A later offence of the child that counts as a reoffence after `follow_up` if committed within the
    follow-up and proven within the waiting period: not a breach, committed after the index date and
    within 12 months of it, and proven by a caution or court outcome within 18 months of it."""

    follow_up = models.ForeignKey(
        FollowUp, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False, related_name="offences"
    )
    child = models.ForeignKey("children.Child", on_delete=models.CASCADE, db_constraint=False, related_name="+")
    offence = models.ForeignKey("justice.Offence", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    # How long after the index date it was committed, in month keys (sql.MonthKey: 100 a calendar month), so
    # "within n months" is committed_after <= 100 * n, exactly as the month keys compare the dates.
    committed_after = models.IntegerField()
    # The first day a caution or court outcome within the waiting period proved it.
    proven_on = models.DateField()

    class Meta:
        indexes = [
            # A follow-up's offences with all a count of them reads: found without reading the table's rows.
            models.Index(fields=["follow_up", "committed_after", "proven_on", "id"], name="follow_up_offence_counted"),
            models.Index(fields=["child"], name="follow_up_offence_child"),
        ]

    def __str__(self) -> str:
        return f"offence {self.offence_id}, proven on {self.proven_on}"


class ChildToRecount(models.Model):
    """A child whose record changed since their follow-ups were worked out: they are worked out again before
    the next figures are read. One row per change; several for one child are done at once."""

    child_id = models.IntegerField(db_index=True)

    def __str__(self) -> str:
        return f"child {self.child_id}"


class ChildsRow(models.Model):
    """A derived row of one child's, kept for the figures and replaced whole whenever the child's records change:
    the child, and the child's service and local authority as recorded now, with no database constraints to
    check on each insert."""

    child = models.ForeignKey("children.Child", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    service = models.ForeignKey("core.Service", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    local_authority = models.ForeignKey(
        "core.LocalAuthority", on_delete=models.DO_NOTHING, db_constraint=False, null=True, related_name="+"
    )

    class Meta:
        abstract = True


class KpiOrder(ChildsRow):
    """An ended order that is in the KPI return of the quarter it ends in, with every KPI measure's conditions
    worked out for it: kept, and worked out again from the child's records whenever they change
    (kpis/kept_orders.py), so that a quarter's return is a grouped count over a date range of one narrow table.

    Only orders the return counts are kept: a live order of one of its types, ended, for a live child aged 10 to
    17 on its start date. Bit i of `numerators` (`denominators`) says whether the i-th measure of
    `KpiOrderLayout` counts the order in its numerator (denominator). The local authority is the child's as
    recorded now, as the return reads it.
    """

    intervention = models.OneToOneField(
        "casework.Intervention", primary_key=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    end_date = models.DateField()
    order_type = models.CharField(max_length=30)
    severity_rank = models.PositiveSmallIntegerField()
    numerators = models.BigIntegerField()
    denominators = models.BigIntegerField()

    class Meta(ChildsRow.Meta):
        indexes = [
            models.Index(fields=["end_date", "service"], name="kpi_order_ending"),
            models.Index(fields=["child"], name="kpi_order_child"),
        ]

    def __str__(self) -> str:
        return f"{self.order_type} ending {self.end_date}"


class KpiOrderLayout(models.Model):
    """The KPI measures, in bit order, that the kept orders' bits were worked out for: when the measures change,
    every order is worked out again (kpis/kept_orders.py)."""

    measures = models.TextField()

    def __str__(self) -> str:
        return self.measures


class CountedOutcome(ChildsRow):
    """A live outcome of a live child aged 10 to 17 that day, with what the indicators count it as and the
    child's groups: kept, and worked out again from the child's record whenever it changes
    (counted_outcomes.py), so that first-time entrants, custody and the disproportionality stages are a grouped
    count over a date range of one narrow table.

    The service, local authority, ethnic group, sex and care status are the child's as recorded now, as the
    indicators read them.
    """

    outcome = models.OneToOneField(
        "justice.Outcome", primary_key=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    outcome_date = models.DateField()
    # Dated on the child's first day with an outcome the registry marks a first-time entry.
    first_entry = models.BooleanField()
    out_of_court = models.BooleanField()
    court = models.BooleanField()
    custodial = models.BooleanField()
    ethnic_group = models.CharField(max_length=20)
    sex = models.CharField(max_length=1)
    care_status = models.CharField(max_length=20)

    class Meta(ChildsRow.Meta):
        indexes = [
            models.Index(fields=["outcome_date", "service"], name="counted_outcome_dated"),
            models.Index(fields=["child"], name="counted_outcome_child"),
        ]

    def __str__(self) -> str:
        return f"outcome {self.outcome_id} on {self.outcome_date}"


class OpenCase(ChildsRow):
    """An open intervention of a live child, with its outcome type and the child's needs as recorded now: kept,
    and worked out again from the child's records whenever they change (open_cases.py), so that the caseload
    profile is two grouped counts over one narrow table rather than every open intervention joined to its child,
    outcome and outcome type.

    The needs are open_cases.NEEDS, worked out by their own conditions.
    """

    intervention = models.OneToOneField(
        "casework.Intervention", primary_key=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    outcome_type = models.ForeignKey(
        "justice.OutcomeType", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    substance_misuse = models.BooleanField()
    mental_health = models.BooleanField()
    send = models.BooleanField()
    care_experienced = models.BooleanField()
    girls = models.BooleanField(help_text="The child is a girl")

    class Meta(ChildsRow.Meta):
        indexes = [models.Index(fields=["child"], name="open_case_child")]

    def __str__(self) -> str:
        return f"intervention {self.intervention_id}, open"


class SeriousViolenceDisposal(ChildsRow):
    """A caution or court sentence of a serious violence offence that KPI 9 could count: one row per offence and
    outcome, kept, and worked out again from the child's records whenever they change (kpis/serious_violence.py),
    so that a quarter's count is a read of one narrow table by date rather than a search of the offences and the
    most serious disposal of each.

    Only live offences of a live child aged 10 to 17 when committed, in the KPI's categories and seriousness, with
    a live caution or court outcome. The group is the outcome's KPI 9 group (serious_violence.GROUPS); the rank and
    date say which of an offence's outcomes in a quarter is its most serious. The service and local authority are
    the child's as recorded now.
    """

    offence = models.ForeignKey("justice.Offence", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    outcome = models.ForeignKey("justice.Outcome", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    outcome_date = models.DateField()
    severity_rank = models.IntegerField()
    order_group = models.CharField(max_length=30)

    class Meta(ChildsRow.Meta):
        indexes = [
            models.Index(fields=["outcome_date"], name="sv_disposal_dated"),
            models.Index(fields=["child"], name="sv_disposal_child"),
        ]

    def __str__(self) -> str:
        return f"offence {self.offence_id} disposed of by outcome {self.outcome_id}"


class PeriodCount(models.Model):
    """What one calculation counted for one service's children over one period of whole quarters, split by the
    children's local authority: kept, so that a figure read again is not counted again (period_counts.py).

    Forgotten (deleted) whenever a child of the service with a kept row dated in the period is worked out again,
    and counted afresh when next read. `counts` is the calculation's own JSON: {local authority id, or "" for
    none: what it counted}, kept as text: PostgreSQL takes several times longer to write out a jsonb column than
    to send text, and nothing reads inside it in SQL. A change to what a calculation counts must change its name
    (the one it passes to period_counts.kept_counts), so that counts kept by the old code are never read as the
    new.
    """

    calculation = models.CharField(max_length=40)
    start = models.DateField()
    end = models.DateField()
    service = models.ForeignKey("core.Service", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    counts = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["calculation", "start", "end", "service"], name="one_period_count_per_service"
            )
        ]
        indexes = [models.Index(fields=["service", "start", "end"], name="period_count_forgotten")]

    def __str__(self) -> str:
        return f"{self.calculation} {self.start} to {self.end}"
