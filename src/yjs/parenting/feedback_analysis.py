"""What children and parents tell us, in figures: responses, mean score and the share scoring 7 or more,
by quarter and by type of intervention, for children and for parents and carers separately.

The input is the grouped query's rows (yjs.parenting.feedback_rows): responses, the sum of their scores
and how many scored 7 or more, per calendar month, order type and respondent. Months are folded into
YJB quarters (April to June is Q1, yjs.performance.periods) here. Nothing here knows of Django's ORM.

For a reader who sees aggregates only (the partnership board), counts are suppressed as every other
count they read is (yjs.lib.suppression): each respondent's responses in the 12 months are the sum of
its four quarters and also of its intervention types, so a small count hidden in one cannot be worked
out from the others. A mean over fewer than 5 responses, or made from a withheld count, is not shown;
nor is a share scoring 7 or more when those at or above 7, or those below, number from 1 to 4 (it would
tell the reader how a handful of people answered).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from yjs.lib.suppression import Count, Reason, Sum, is_small, suppress
from yjs.parenting.vocabularies import Respondent
from yjs.performance.kpis.order_types import OrderType
from yjs.performance.periods import Quarter

# Feedback about an intervention of no KPI order type (a discharge, a fine, no further action).
OTHER_TYPE = "other"
TYPE_ORDER = (*(kind.value for kind in OrderType), OTHER_TYPE)
RESPONDENTS = (Respondent.CHILD.value, Respondent.CARER.value)
# Quarters in the 12 months a dashboard period covers, which the by-type figures are for.
YEAR = 4


@dataclass(frozen=True)
class Row:
    """One cell of the grouped query."""

    year: int
    month: int
    order_type: str | None
    respondent: str
    responses: int
    score_total: int
    good: int  # responses scoring 7 or more


@dataclass(frozen=True)
class Tally:
    responses: int = 0
    score_total: int = 0
    good: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.responses + other.responses, self.score_total + other.score_total, self.good + other.good)

    @property
    def mean(self) -> float | None:
        return self.score_total / self.responses if self.responses else None

    @property
    def good_share(self) -> float | None:
        return 100 * self.good / self.responses if self.responses else None


@dataclass(frozen=True)
class Figure:
    """A tally as the reader may see it: the count, and the mean and share unless withheld (None)."""

    responses: Count
    mean: float | None
    good_share: float | None
    mean_withheld: bool = False
    share_withheld: bool = False


@dataclass(frozen=True)
class FeedbackAnalysis:
    quarters: tuple[Quarter, ...]  # oldest first; the last is the chosen quarter
    by_quarter: dict[str, tuple[Figure, ...]]  # respondent -> a figure per quarter
    by_type: dict[str, dict[str, Figure]]  # respondent -> order type -> the 12 months to the chosen quarter
    year: dict[str, Figure]  # respondent -> the 12 months to the chosen quarter
    types: tuple[str, ...]  # the order types with any response in those 12 months, in the return's order

    @property
    def year_quarters(self) -> tuple[Quarter, ...]:
        return self.quarters[-YEAR:]


def quarter_of(year: int, month: int) -> Quarter:
    return Quarter(year if month >= 4 else year - 1, (month - 4) % 12 // 3 + 1)


def tallies(rows: Iterable[Row], quarters: Sequence[Quarter]) -> tuple[dict, dict]:
    """Rows summed by (respondent, quarter) over `quarters`, and by (respondent, type) over the last four."""
    wanted, year = set(quarters), set(quarters[-YEAR:])
    by_quarter: dict[tuple[str, Quarter], Tally] = {}
    by_type: dict[tuple[str, str], Tally] = {}
    for row in rows:
        quarter = quarter_of(row.year, row.month)
        if quarter not in wanted:
            continue
        tally = Tally(row.responses, row.score_total, row.good)
        key = (row.respondent, quarter)
        by_quarter[key] = by_quarter.get(key, Tally()) + tally
        if quarter in year:
            kind = (row.respondent, row.order_type or OTHER_TYPE)
            by_type[kind] = by_type.get(kind, Tally()) + tally
    return by_quarter, by_type


def analyse(rows: Iterable[Row], quarters: Sequence[Quarter], *, protect: bool) -> FeedbackAnalysis:
    by_quarter, by_type = tallies(rows, quarters)
    types = tuple(kind for kind in TYPE_ORDER if any((r, kind) in by_type for r in RESPONDENTS))
    year_quarters = list(quarters[-YEAR:])
    quarter_figures, type_figures, year_figures = {}, {}, {}
    for respondent in RESPONDENTS:
        in_quarter = {quarter: by_quarter.get((respondent, quarter), Tally()) for quarter in quarters}
        in_type = {kind: by_type.get((respondent, kind), Tally()) for kind in types}
        whole = sum((in_quarter[quarter] for quarter in year_quarters), Tally())
        counts = _counts(in_quarter, in_type, whole, year_quarters, protect)
        quarter_figures[respondent] = tuple(
            _figure(tally, counts[("quarter", quarter)], protect) for quarter, tally in in_quarter.items()
        )
        type_figures[respondent] = {kind: _figure(tally, counts[("type", kind)], protect) for kind, tally in in_type.items()}
        year_figures[respondent] = _figure(whole, counts[("year", None)], protect)
    return FeedbackAnalysis(tuple(quarters), quarter_figures, type_figures, year_figures, types)


def _counts(
    in_quarter: dict[Quarter, Tally],
    in_type: dict[str, Tally],
    whole: Tally,
    year_quarters: list[Quarter],
    protect: bool,
) -> dict[tuple[str, object], Count]:
    counts: dict[tuple[str, object], int] = {("quarter", quarter): tally.responses for quarter, tally in in_quarter.items()}
    counts |= {("type", kind): tally.responses for kind, tally in in_type.items()}
    counts[("year", None)] = whole.responses
    if not protect:
        return {key: Count(value) for key, value in counts.items()}
    sums = [
        Sum(("year", None), tuple(("quarter", quarter) for quarter in year_quarters)),
        Sum(("year", None), tuple(("type", kind) for kind in in_type)),
    ]
    return suppress(counts, sums)


def _figure(tally: Tally, responses: Count, protect: bool) -> Figure:
    if not protect:
        return Figure(responses, tally.mean, tally.good_share)
    mean_withheld = responses.withheld is not None or (tally.responses > 0 and is_small(tally.responses))
    below = tally.responses - tally.good
    share_withheld = mean_withheld or is_small(tally.good) or is_small(below)
    return Figure(
        responses,
        None if mean_withheld else tally.mean,
        None if share_withheld else tally.good_share,
        mean_withheld=mean_withheld and tally.responses > 0,
        share_withheld=share_withheld and tally.responses > 0,
    )


def withheld_small(value: int, protect: bool) -> Count:
    """A count in no sum, shown alone (the number of comments, say): only the rule for 1 to 4 applies."""
    return Count(value, Reason.SMALL if protect and is_small(value) else None)
