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
        2,
        "ete_suitable",
        _("Children in suitable education, training or employment, and hours offered and attended"),
        _("Order start and order end"),
        _("yjs does not record education, training or employment placements or their hours."),
    ),
    NotRecorded(
        4,
        "mental_health_offered_attended",
        _("Children offered, and children who attended, a mental health or wellbeing intervention"),
        _("During the order"),
        _("yjs records an identified need but not the interventions offered or attended."),
    ),
    NotRecorded(
        5,
        "substance_misuse_offered_attended",
        _("Children offered, and children who attended, a substance misuse intervention"),
        _("During the order"),
        _("yjs records an identified need but not the interventions offered or attended."),
    ),
    NotRecorded(
        7,
        "wider_services_at_end",
        _("Wider services as they were at the end of the order"),
        _("Order end"),
        _("The figures above use the child's care status as recorded now, not on the day the order ended."),
    ),
    NotRecorded(
        10,
        "victims_engaged",
        _("Victims engaged in restorative justice opportunities, of those who consented to be contacted"),
        _("Quarter"),
        _("yjs does not record victims' consent to contact or their engagement."),
    ),
)
