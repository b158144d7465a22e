"""The feedback analysis as a dashboard section: headline figures, two charts, and the data table under each.

Built from the pure analysis (feedback_analysis) over one grouped query (feedback_rows), for the 8
quarters up to the chosen one; the figures by type of intervention are for the 12 months to it. The
same section opens the fuller page (/parenting/feedback/), so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yjs.core.models import Service
from yjs.lib.suppression import WITHHELD
from yjs.parenting.feedback_analysis import OTHER_TYPE, FeedbackAnalysis, Figure, analyse
from yjs.parenting.feedback_rows import feedback_rows
from yjs.parenting.vocabularies import HIGHEST_SCORE, Respondent
from yjs.performance import charts
from yjs.performance.kpis.order_types import OrderType
from yjs.performance.panels import Chart, Headline, Section, Table, count, figure, period_label
from yjs.performance.periods import Quarter, quarters_ending

QUARTERS = 8
WHO = {
    Respondent.CHILD.value: gettext_lazy("Children"),
    Respondent.CARER.value: gettext_lazy("Parents and carers"),
}
STYLES = {Respondent.CHILD.value: charts.SERVICE_STYLE, Respondent.CARER.value: charts.AREA_STYLES[0]}


@dataclass(frozen=True)
class FeedbackSection(Section):
    # The dashboard's template adds this after the section's charts: the link to the fuller page.
    include: str = "parenting/includes/dashboard_feedback.html"


def gather(service: Service, quarter: Quarter, *, protect: bool) -> FeedbackAnalysis:
    quarters = quarters_ending(quarter, QUARTERS)
    return analyse(feedback_rows(service.pk, quarters[0].start, quarters[-1].end), quarters, protect=protect)


def quarter_name(quarter: Quarter) -> str:
    """A quarter on its own, not the 12 months to it: "Apr-Jun 2025"."""
    return f"{quarter.start:%b}-{quarter.end:%b %Y}"


def type_name(kind: str) -> str:
    return _("Other interventions") if kind == OTHER_TYPE else str(OrderType(kind).label)


def _mean(found: Figure) -> str:
    if found.mean_withheld:
        return WITHHELD
    return figure(found.mean)


def _share(found: Figure) -> str:
    if found.share_withheld:
        return WITHHELD
    return figure(found.good_share, digits=0, suffix="%")


def _cells(found: Figure) -> tuple[str, str, str]:
    return count(found.responses), _mean(found), _share(found)


def _head(first: str) -> tuple[str, ...]:
    head = [first]
    for who in WHO.values():
        head += [
            _("%(who)s: responses") % {"who": who},
            _("%(who)s: mean score out of 10") % {"who": who},
            _("%(who)s: scoring 7 or more") % {"who": who},
        ]
    return tuple(head)


def quarter_chart(analysis: FeedbackAnalysis, slug: str) -> Chart:
    rows = []
    for index, quarter in enumerate(analysis.quarters):
        cells: list[str] = [quarter_name(quarter)]
        for respondent in WHO:
            cells += _cells(analysis.by_quarter[respondent][index])
        rows.append(tuple(cells))
    table = Table(caption=_("Feedback scores in each quarter"), head=_head(_("Quarter")), rows=tuple(rows))
    series = [
        charts.Series(str(who), [found.mean for found in analysis.by_quarter[respondent]], STYLES[respondent])
        for respondent, who in WHO.items()
    ]
    svg = None
    if any(value is not None for line in series for value in line.values):
        svg = charts.line_chart(
            chart_id=f"{slug}-quarters",
            title=_("Mean feedback score out of 10 in each quarter"),
            description=_(
                "A line chart of the mean score out of 10 given by children and by parents and carers, from "
                "%(first)s to %(last)s. The table below gives the figures."
            )
            % {"first": quarter_name(analysis.quarters[0]), "last": quarter_name(analysis.quarters[-1])},
            # "2025Q1" rather than "Apr-Jun 2025": eight of those do not fit side by side; the table names the months.
            categories=[str(quarter) for quarter in analysis.quarters],
            series=series,
            unit=_("Mean score"),
            scale_to=HIGHEST_SCORE,
        )
    return Chart(svg, table)


def type_chart(analysis: FeedbackAnalysis, slug: str) -> Chart:
    period = period_label(analysis.quarters[-1])
    rows, bars = [], []
    for kind in analysis.types:
        cells: list[str] = [type_name(kind)]
        for respondent, who in WHO.items():
            found = analysis.by_type[respondent][kind]
            cells += _cells(found)
            bars.append(charts.Bar(f"{type_name(kind)}: {str(who).lower()}", found.mean, _mean(found)))
        rows.append(tuple(cells))
    total: list[str] = [_("All interventions")]
    for respondent in WHO:
        total += _cells(analysis.year[respondent])
    rows.append(tuple(total))
    caption = _("Feedback scores by type of intervention, %(period)s") % {"period": period}
    table = Table(caption=caption, head=_head(_("Type of intervention")), rows=tuple(rows))
    svg = None
    if any(bar.value is not None for bar in bars):
        svg = charts.bar_chart(
            chart_id=f"{slug}-types",
            title=_("Mean feedback score out of 10 by type of intervention, %(period)s") % {"period": period},
            description=_("A bar chart of the mean score by type of intervention. The table below gives the figures."),
            bars=bars,
            scale_to=HIGHEST_SCORE,
        )
    return Chart(svg, table)


HEADING = gettext_lazy("What children and parents tell us")
SUMMARY = gettext_lazy(
    "After an intervention, children and their parents or carers are asked to score it out of 10 and say what "
    "went well and what could be better. Scores by quarter, and by type of intervention for the 12 months to "
    "the chosen quarter; a score of 7 or more counts as good."
)


def feedback_section(service: Service, quarter: Quarter, *, protect: bool, slug: str = "feedback") -> FeedbackSection:
    analysis = gather(service, quarter, protect=protect)
    anything = any(found.responses.value for respondent in WHO for found in analysis.by_quarter[respondent])
    if not anything:
        return FeedbackSection(slug, str(HEADING), str(SUMMARY), empty=_("No feedback was recorded in these 8 quarters."))
    headlines = []
    for respondent, who in WHO.items():
        found = analysis.year[respondent]
        headlines += [
            Headline(
                _("%(who)s: responses, %(period)s") % {"who": who, "period": period_label(quarter)}, count(found.responses)
            ),
            Headline(_("%(who)s: mean score out of 10") % {"who": who}, _mean(found)),
        ]
    return FeedbackSection(
        slug,
        str(HEADING),
        str(SUMMARY),
        headlines=tuple(headlines),
        charts=(quarter_chart(analysis, slug), type_chart(analysis, slug)),
    )
