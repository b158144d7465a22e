"""The report's sections, in order: each has a commentary box the service manager writes."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

SECTIONS = {
    "summary": _("Summary"),
    "first-time-entrants": _("First-time entrants"),
    "reoffending": _("Proven reoffending"),
    "custody": _("Use of custody"),
    "kpis": _("YJB key performance indicators"),
    "disproportionality": _("Disproportionality"),
    "resettlement": _("Resettlement"),
    "caseload": _("Caseload profile"),
    "board-attendance": _("Board attendance"),
}
