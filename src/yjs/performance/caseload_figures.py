"""The caseload profile's section of the dashboard: open interventions by type, and the children's needs.

For a reader who sees aggregates only, the interventions are suppressed as the sums they form (each
type within court or out of court, court and out of court within the whole caseload), and each need
as a share of the children: withheld when those with it or those without it number from 1 to 4.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yjs.core.models import Service
from yjs.justice.vocabularies import Stage
from yjs.lib.suppression import Count, Sum, ratio_shown, suppress, suppress_share
from yjs.performance import charts
from yjs.performance.caseload_profile import CaseloadProfile, caseload_profile
from yjs.performance.panels import Chart, Headline, Section, Table, count, figure

NEED_LABELS = {
    "substance_misuse": gettext_lazy("Substance misuse"),
    "mental_health": gettext_lazy("Mental health or wellbeing concern"),
    "send": gettext_lazy("Special educational needs (SEN support or EHCP)"),
    "care_experienced": gettext_lazy("Care-experienced (looked after or care leaver)"),
    "girls": gettext_lazy("Girls"),
}
STAGES = ((Stage.COURT, gettext_lazy("Court")), (Stage.PRE_COURT, gettext_lazy("Out of court")))


def _intervention_counts(profile: CaseloadProfile, protect: bool) -> dict[tuple[str, str], Count]:
    counts = {("type", row.code): row.interventions for row in profile.by_type}
    counts |= {("stage", stage): sum(row.interventions for row in profile.at_stage(stage)) for stage, _label in STAGES}
    counts[("all", "")] = profile.interventions
    if not protect:
        return {key: Count(value) for key, value in counts.items()}
    sums = [Sum(("all", ""), tuple(("stage", stage) for stage, _label in STAGES))]
    sums += [Sum(("stage", stage), tuple(("type", row.code) for row in profile.at_stage(stage))) for stage, _label in STAGES]
    return suppress(counts, sums)


def caseload_section(service: Service, *, protect: bool) -> Section:
    profile = caseload_profile(services=[service.pk]).get(service.pk, CaseloadProfile())
    heading = _("Caseload profile")
    summary = _(
        "The interventions open today, whatever period is chosen above, and the children they are for. "
        "A child with more than one open intervention counts once among the children."
    )
    if not profile.interventions:
        return Section("caseload", heading, summary, empty=_("There are no open interventions."))
    counts = _intervention_counts(profile, protect)
    type_rows, bars = [], []
    for stage, stage_label in STAGES:
        for row in profile.at_stage(stage):
            shown = counts[("type", row.code)]
            type_rows.append((row.name, str(stage_label), count(shown)))
            bars.append(charts.Bar(row.name, shown.shown, count(shown)))
        type_rows.append((_("All %(stage)s") % {"stage": str(stage_label).lower()}, "", count(counts[("stage", stage)])))
    type_rows.append((_("All open interventions"), "", count(counts[("all", "")])))
    type_table = Table(
        caption=_("Open interventions by outcome type"),
        head=(_("Outcome type"), _("Court or out of court"), _("Open interventions")),
        rows=tuple(type_rows),
        numeric_from=2,
    )
    type_chart = Chart(
        charts.bar_chart(
            chart_id="caseload-types",
            title=type_table.caption,
            description=_("A bar chart of the open interventions by outcome type. The table below gives the figures."),
            bars=bars,
        )
        if any(bar.value for bar in bars)
        else None,
        type_table,
    )
    need_rows, need_bars = [], []
    children = Count(profile.children)
    for name, label in NEED_LABELS.items():
        with_need = Count(profile.needs[name])
        if protect:
            with_need, children = suppress_share(profile.needs[name], profile.children)
        share = ratio_shown(100 * profile.needs[name] / profile.children, with_need, children)
        text = figure(share, suffix="%", withheld=share is None)
        need_rows.append((str(label), count(with_need), count(children), text))
        need_bars.append(charts.Bar(str(label), share, text))
    need_table = Table(
        caption=_("Children on the open caseload with each need"),
        head=(_("Need"), _("Children with the need"), _("Children on the caseload"), _("Share")),
        rows=tuple(need_rows),
    )
    need_chart = Chart(
        charts.bar_chart(
            chart_id="caseload-needs",
            title=need_table.caption,
            description=_("A bar chart of the share of children with each need. The table below gives the figures."),
            bars=need_bars,
        )
        if any(bar.value is not None for bar in need_bars)
        else None,
        need_table,
    )
    headlines = (
        Headline(_("Open interventions"), count(counts[("all", "")])),
        Headline(_("Court"), count(counts[("stage", Stage.COURT)])),
        Headline(_("Out of court"), count(counts[("stage", Stage.PRE_COURT)])),
        Headline(_("Children"), count(children)),
    )
    return Section("caseload", heading, summary, headlines=headlines, charts=(type_chart, need_chart))
