"""The one grouped query behind the feedback analysis: responses by calendar month, order type and respondent."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractMonth, ExtractYear

from yjs.parenting.feedback_analysis import Row
from yjs.parenting.models import FeedbackResponse
from yjs.parenting.vocabularies import GOOD_SCORE
from yjs.performance.kpis.order_types import order_type_expression


def feedback_rows(service_id: int, start: date, end: date) -> list[Row]:
    """Every live response of the service given from `start` to `end`, summed in the database."""
    found = (
        FeedbackResponse.objects.filter(
            service_id=service_id,
            archived_at__isnull=True,
            child__archived_at__isnull=True,
            given_on__gte=start,
            given_on__lte=end,
        )
        .annotate(
            year=ExtractYear("given_on"),
            month=ExtractMonth("given_on"),
            order_type=order_type_expression("intervention__outcome__outcome_type"),
        )
        .values("year", "month", "order_type", "respondent")
        .annotate(responses=Count("pk"), score_total=Sum("score"), good=Count("pk", filter=Q(score__gte=GOOD_SCORE)))
        .order_by()
    )
    return [Row(**row) for row in found]
