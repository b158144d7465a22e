"""The order types the YJB's KPI return breaks each figure down by, read from the outcome registry.

Custody is the registry's `custodial` flag, so a new custodial code counts without a change here; the
other types are named codes. Outcomes of no listed type (no further action, discharge, fine) are
not supervised orders and fall outside the KPIs' unit.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Case, CharField, Q, Value, When
from django.utils.translation import gettext_lazy as _


class OrderType(models.TextChoices):
    NON_SUBSTANTIVE = "non_substantive_oocd", _("Non-substantive out-of-court disposal with YJS intervention")
    YOUTH_CAUTION = "youth_caution", _("Youth caution with YJS intervention")
    YCC = "youth_conditional_caution", _("Youth conditional caution")
    REFERRAL_ORDER = "referral_order", _("Referral order")
    YRO = "youth_rehabilitation_order", _("Youth rehabilitation order")
    CUSTODY = "custodial_sentence", _("Custodial sentence")


NON_SUBSTANTIVE_CODES = ("CR", "O22", "O20_21")
CODES = {
    OrderType.YOUTH_CAUTION: ("YC",),
    OrderType.YCC: ("YCC",),
    OrderType.REFERRAL_ORDER: ("RO",),
    OrderType.YRO: ("YRO",),
}
OUT_OF_COURT = (OrderType.NON_SUBSTANTIVE, OrderType.YOUTH_CAUTION, OrderType.YCC)
ALL_ORDERS = "all"


def order_type_expression(outcome_type: str) -> Case:
    """SQL giving the order type of the outcome type at the path `outcome_type` (NULL when none)."""
    whens = [When(Q(**{f"{outcome_type}__custodial": True}), then=Value(OrderType.CUSTODY.value))]
    non_substantive = Q(**{f"{outcome_type}__code__in": NON_SUBSTANTIVE_CODES})
    whens.append(When(non_substantive, then=Value(OrderType.NON_SUBSTANTIVE.value)))
    whens += [When(Q(**{f"{outcome_type}__code__in": codes}), then=Value(kind.value)) for kind, codes in CODES.items()]
    return Case(*whens, default=None, output_field=CharField())


def order_type_label(value: str) -> str:
    return str(_("All order types")) if value == ALL_ORDERS else str(OrderType(value).label)
