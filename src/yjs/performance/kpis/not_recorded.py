"""The KPIs, or parts of them, that need records yjs does not hold yet: listed in the return, with why.

They are never given a figure: a blank with its reason tells the board what is missing, where a zero
or an estimate would mislead it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NotRecorded:
    kpi: int
    code: str
    label: str | Promise
    measurement_point: str | Promise
    reason: str | Promise


NOT_RECORDED = (
    NotRecorded(
        7,
        "wider_services_at_end",
        _("Wider services as they were at the end of the order"),
        _("Order end"),
        _("The figures above use the child's care status as recorded now, not on the day the order ended."),
    ),
)
