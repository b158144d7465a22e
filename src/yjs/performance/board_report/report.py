"""The quarterly board report of one service for one YJB quarter, gathered and suppressed, ready to show.

Whoever produces it - a service manager on the page, a board member, the command - every count follows
the board's rule (counts 1 to 4 as "<5", complementary suppression, no rate from a hidden count): the
report is for the board, and a copy printed by a manager is the same document. The figures are the
dashboard's sections (performance.dashboard with `protect=True`), the KPI page's cells as a board member
sees them, and disproportionality and board attendance for the quarter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from yjs.core.models import Service
from yjs.lib.formats import long_date
from yjs.performance.board_report.attendance import attendance
from yjs.performance.board_report.disproportionality import disproportionality_tables
from yjs.performance.board_report.improvement_plan import ImprovementPlanSection, improvement_plan_section
from yjs.performance.board_report.kpis import kpi_rows, kpi_table
from yjs.performance.board_report.resettlement import release_addresses
from yjs.performance.board_report.sections import SECTIONS
from yjs.performance.board_report.summary import SummaryRow, summary
from yjs.performance.dashboard import TREND_QUARTERS, dashboard
from yjs.performance.models import ReportCommentary
from yjs.performance.panels import Chart, Headline, Section, Table
from yjs.performance.periods import Quarter, quarters_ending, year_ending


@dataclass(frozen=True)
class ReportSection:
    key: str
    heading: str
    summary: str
    commentary: str = ""
    empty: str | None = None
    headlines: tuple[Headline, ...] = ()
    charts: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()  # tables with no chart above them
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class BoardReport:
    service: Service
    quarter: Quarter
    produced: date
    summary: list[SummaryRow]
    sections: list[ReportSection] = field(default_factory=list)
    improvement_plan: ImprovementPlanSection | None = None

    @property
    def quarter_label(self) -> str:
        """The financial year and quarter, as the board speaks of it: "2024/25 Q4"."""
        return self.quarter.financial_year_label()

    @property
    def year_ending(self) -> str:
        return _("year ending %(day)s") % {"day": long_date(self.quarter.end)}

    @property
    def summary_section(self) -> ReportSection:
        return next(section for section in self.sections if section.key == "summary")

    @property
    def body(self) -> list[ReportSection]:
        return [section for section in self.sections if section.key != "summary"]


def commentaries(service: Service, quarter: Quarter) -> dict[str, str]:
    rows = ReportCommentary.objects.filter(service=service, quarter=str(quarter)).values_list("section", "text")
    return {section: text for section, text in rows if section in SECTIONS}


def board_report(service: Service, quarter: Quarter, today: date) -> BoardReport:
    written = commentaries(service, quarter)
    shown = {section.slug: section for section in dashboard(service, quarter, protect=True)}
    rows = summary(list(shown.values()), quarters_ending(quarter, TREND_QUARTERS), service.region_code)

    def from_dashboard(key: str, section: Section, summary: str | None = None) -> ReportSection:
        return ReportSection(
            key,
            section.heading,
            summary or section.summary,
            written.get(key, ""),
            section.empty,
            section.headlines,
            section.charts,
        )

    kpi, not_recorded = kpi_table(kpi_rows(service.pk, quarter, today), quarter)
    board_headlines, board_table = attendance(service.pk, quarter, today)
    release_headlines, release_table = release_addresses(service.pk, quarter)
    sections = [
        ReportSection(
            "summary",
            str(SECTIONS["summary"]),
            _("The year's rates beside the year before and the latest national figure loaded."),
            written.get("summary", ""),
        ),
        from_dashboard("first-time-entrants", shown["first-time-entrants"]),
        from_dashboard("reoffending", shown["reoffending"]),
        from_dashboard("custody", shown["custody"]),
        ReportSection(
            "kpis",
            str(SECTIONS["kpis"]),
            _(
                "Children with an order ending in the quarter, each counted once under their most serious order: "
                "each measure for all order types together."
            ),
            written.get("kpis", ""),
            tables=(kpi,),
            notes=tuple(not_recorded),
        ),
        ReportSection(
            "disproportionality",
            str(SECTIONS["disproportionality"]),
            _(
                "Children aged 10 to 17 at each stage in the %(period)s, by group: each group's share of the children "
                "at the stage, and its relative rate index (RRI) against the reference group with its 95%% confidence "
                "interval. An RRI above 1 means the group is more likely to be at that stage than the reference "
                "group; an interval that includes 1 means the difference could be chance."
            )
            % {"period": _("12 months to %(day)s") % {"day": long_date(quarter.end)}},
            written.get("disproportionality", ""),
            tables=tuple(disproportionality_tables(service.pk, year_ending(quarter))),
        ),
        ReportSection(
            "resettlement",
            str(SECTIONS["resettlement"]),
            _(
                "Children released from custody in the quarter, and how many days before release their release "
                "address was confirmed, against the service's target."
            ),
            written.get("resettlement", ""),
            headlines=release_headlines,
            tables=(release_table,) if release_table else (),
        ),
        from_dashboard(
            "caseload",
            shown["caseload"],
            _(
                "The interventions open on %(day)s, when the report was produced (a position, not a flow over the "
                "quarter), and the children they are for. A child with more than one open intervention counts once "
                "among the children."
            )
            % {"day": long_date(today)},
        ),
        ReportSection(
            "board-attendance",
            str(SECTIONS["board-attendance"]),
            _(
                "KPI 8: how many of the five statutory sectors (children's social care, education, police, probation "
                "and health) were represented by a senior partner at each board meeting in the quarter."
            ),
            written.get("board-attendance", ""),
            headlines=board_headlines,
            tables=(board_table,) if board_table else (),
        ),
    ]
    return BoardReport(service, quarter, today, rows, sections, improvement_plan_section(service.pk, today))
