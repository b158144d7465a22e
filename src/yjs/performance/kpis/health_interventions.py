"""KPIs 4 and 5: mental health and substance misuse interventions offered and attended during the order.

The need is the flag on the child's record (as KPIs 4 and 5's first measures read it, in measures.py).
Of the children with the need, those offered an intervention for it during the order (offered on or after
the order's start and on or before its end); of those offered, those who attended one that started during
the order, in all and by the YJB's intervention type. One that was declined, or not started by the end of
the order, counts as offered and not attended. Each is an Exists on the child's live health interventions,
so every measure stays one conditional count in the return's single grouped query.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from yjs.health.models import HealthIntervention
from yjs.health.vocabularies import TYPES_FOR_NEED, Need, Response
from yjs.performance.kpis.measure import Measure

DURING_THE_ORDER = _("During the order")
NEED_FLAGS = {Need.MENTAL_HEALTH: "child__mental_health_concern", Need.SUBSTANCE_MISUSE: "child__substance_misuse"}
KPI_FOR_NEED = {Need.MENTAL_HEALTH: 4, Need.SUBSTANCE_MISUSE: 5}


def _during_the_order(need: str):  # type: ignore[no-untyped-def]
    return HealthIntervention.objects.filter(
        child=OuterRef("child_id"),
        need=need,
        archived_at__isnull=True,
        offered_on__gte=OuterRef("start_date"),
        offered_on__lte=OuterRef("end_date"),
    )


def offered(need: str) -> Q:
    return Q(**{NEED_FLAGS[need]: True}) & Q(Exists(_during_the_order(need)))


def attended(need: str, intervention_type: str | None = None) -> Q:
    started = _during_the_order(need).filter(response=Response.ATTENDED, started_on__lte=OuterRef("end_date"))
    if intervention_type is not None:
        started = started.filter(intervention_type=intervention_type)
    return offered(need) & Q(Exists(started))


def _measures(need: Need) -> tuple[Measure, ...]:
    kpi = KPI_FOR_NEED[need]
    prefix = need.value
    return (
        Measure(
            kpi,
            f"{prefix}_offered",
            _("Children offered an intervention, of those with the need"),
            DURING_THE_ORDER,
            offered(need),
            Q(**{NEED_FLAGS[need]: True}),
        ),
        Measure(
            kpi,
            f"{prefix}_attended",
            _("Children who attended an intervention, of those offered one"),
            DURING_THE_ORDER,
            attended(need),
            offered(need),
        ),
        *(
            Measure(
                kpi,
                f"{prefix}_attended_{kind.value}",
                _type_label(kind.label),
                DURING_THE_ORDER,
                attended(need, kind),
                offered(need),
            )
            for kind in TYPES_FOR_NEED[need]
        ),
    )


def _type_wording(label: str) -> str:
    return gettext("Children who attended: %(type)s, of those offered an intervention") % {"type": str(label).lower()}


# Translated when shown, in the reader's language, not once when the module loads.
_type_label = lazy(_type_wording, str)


MEASURES: tuple[Measure, ...] = (*_measures(Need.MENTAL_HEALTH), *_measures(Need.SUBSTANCE_MISUSE))
