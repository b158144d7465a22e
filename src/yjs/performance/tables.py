"""The indicators as a plain-text table for a terminal: named in words, numbers right-aligned."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

LABELS = {
    "fte.rate_per_100k": _("First-time entrants per 100,000 children aged 10-17"),
    "custody.rate_per_1000": _("Custodial sentences per 1,000 children aged 10-17"),
    "reoffending.binary_rate": _("Proven reoffending: % of the cohort who reoffended"),
    "reoffending.per_reoffender": _("Proven reoffences per reoffender"),
    "reoffending.per_child": _("Proven reoffences per child in the cohort"),
}

NOT_KNOWN = "-"


def figure(value: int | float | None) -> str:
    if value is None:
        return NOT_KNOWN
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}"


def flag(value: int | float | bool | None) -> str:
    """A figure, or a yes/no answer written as a word."""
    if isinstance(value, bool):
        return str(_("yes")) if value else str(_("no"))
    return figure(value)


def table(rows: list[list[str]]) -> str:
    header = [str(_("Indicator")), str(_("Numerator")), str(_("Denominator")), str(_("Value"))]
    lines = [header, *[[str(cell) for cell in row] for row in rows]]
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(line))
        for line in lines
    )
