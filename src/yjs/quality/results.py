"""A round's results as an inspection report shows them, computed from the answers through the rating engine.

Only finished cases count. Each key question's Yes, No and Not applicable answers are tallied (the moderator's
answer where they changed it), and the engine (quality/ratings.py) turns the tallies into bands and each
standard's rating from its lowest key question; the service's judgements and overrides join them, and the
engine gives the score and overall rating, or its refusal naming the standards still missing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from yjs.quality.audit_selectors import loaded_framework
from yjs.quality.audit_vocabularies import Answer, CaseDisposal, OversightAnswer
from yjs.quality.framework_data import AREAS
from yjs.quality.models import AuditAnswer, AuditCase, AuditRound, KeyQuestion, RoundRating, Standard
from yjs.quality.ratings import (
    KeyQuestionResult,
    Override,
    RatingError,
    RatingsTable,
    StandardRating,
    StandardSpec,
    key_question_result,
    parse_rating,
    rate_case_standard,
    rate_judgement_standard,
    ratings_table,
)
from yjs.quality.selectors import framework_spec


@dataclass(frozen=True)
class Tally:
    yes: int = 0
    no: int = 0
    not_applicable: int = 0

    @property
    def applicable(self) -> int:
        return self.yes + self.no


def tally(final_answers: Iterable[tuple[int, str]]) -> dict[int, Tally]:
    """(key question, final answer) pairs counted per key question."""
    counts: dict[int, Counter[str]] = {}
    for question, answer in final_answers:
        counts.setdefault(question, Counter())[answer] += 1
    return {question: Tally(c[Answer.YES], c[Answer.NO], c[Answer.NOT_APPLICABLE]) for question, c in counts.items()}


@dataclass(frozen=True)
class QuestionResult:
    key_question: KeyQuestion
    tally: Tally
    result: KeyQuestionResult | None  # None where no case answered it Yes or No


@dataclass(frozen=True)
class StandardResult:
    standard: Standard
    questions: list[QuestionResult] = field(default_factory=list)
    rating: StandardRating | None = None
    recorded: RoundRating | None = None
    problem: str = ""

    def question(self, area: str) -> QuestionResult | None:
        return next((q for q in self.questions if q.key_question.area == area), None)


@dataclass(frozen=True)
class Oversight:
    disposal: str
    met: int
    answered: int

    @property
    def percentage(self) -> int | None:
        return None if not self.answered else round(100 * self.met / self.answered)


@dataclass(frozen=True)
class RoundResults:
    round: AuditRound
    standards: list[StandardResult]
    table: RatingsTable
    oversight: list[Oversight]
    finished: int
    total: int

    def standard(self, code: str) -> StandardResult | None:
        return next((s for s in self.standards if s.standard.code == code), None)


def final_answers(round_: AuditRound) -> list[tuple[int, str]]:
    rows = AuditAnswer.objects.filter(audit_case__round=round_, audit_case__completed_at__isnull=False).values_list(
        "key_question_id", "answer", "moderated_answer"
    )
    return [(question, moderated or answer) for question, answer, moderated in rows]


def _case_standard(
    standard: Standard, spec: StandardSpec, tallies: dict[int, Tally], recorded: RoundRating | None
) -> StandardResult:
    questions = []
    for kq in standard.key_questions.all():
        counted = tallies.get(kq.pk, Tally())
        result = key_question_result(kq.area, counted.yes, counted.applicable) if counted.applicable else None
        questions.append(QuestionResult(kq, counted, result))
    if any(q.result is None for q in questions):
        return StandardResult(standard, questions, None, recorded, "not_enough_answers")
    override = Override(parse_rating(recorded.rating), recorded.override_reason) if recorded else None
    rating = rate_case_standard(spec, [q.result for q in questions if q.result], override)
    return StandardResult(standard, questions, rating, recorded)


def _judged_standard(standard: Standard, spec: StandardSpec, recorded: RoundRating | None) -> StandardResult:
    if recorded is None:
        return StandardResult(standard, problem="not_judged")
    evidence = {
        "strengths": [recorded.strengths] if recorded.strengths else [],
        "areas_for_improvement": [recorded.areas_for_improvement] if recorded.areas_for_improvement else [],
    }
    try:
        rating = rate_judgement_standard(spec, recorded.rating, **evidence)
    except RatingError:
        return StandardResult(standard, recorded=recorded, problem="not_judged")
    return StandardResult(standard, rating=rating, recorded=recorded)


def oversight(round_: AuditRound) -> list[Oversight]:
    """Whether management oversight met the needs of the case, court and out-of-court apart, as HMIP reports it."""
    rows = AuditCase.objects.filter(round=round_, completed_at__isnull=False).values_list("disposal", "oversight_met")
    counts: Counter[tuple[str, str]] = Counter(rows)
    return [
        Oversight(
            disposal,
            counts[(disposal, OversightAnswer.YES)],
            counts[(disposal, OversightAnswer.YES)] + counts[(disposal, OversightAnswer.NO)],
        )
        for disposal in (CaseDisposal.COURT, CaseDisposal.OUT_OF_COURT)
    ]


def round_results(round_: AuditRound) -> RoundResults:
    framework = loaded_framework(round_.framework_id)
    standards = list(framework.standards.all())
    spec = framework_spec(framework)
    tallies = tally(final_answers(round_))
    recorded = {r.standard_id: r for r in RoundRating.objects.filter(round=round_)}
    results = [
        _case_standard(s, spec.standard(s.code), tallies, recorded.get(s.pk))
        if s.is_case_assessed
        else _judged_standard(s, spec.standard(s.code), recorded.get(s.pk))
        for s in standards
    ]
    table = ratings_table(spec, [r.rating for r in results if r.rating])
    cases = AuditCase.objects.filter(round=round_)
    return RoundResults(round_, results, table, oversight(round_), cases.exclude(completed_at=None).count(), cases.count())


def cases_answered_no(round_: AuditRound, key_question: KeyQuestion) -> list[tuple[AuditCase, AuditAnswer]]:
    """The finished cases behind a key question's No, each with the reason given."""
    answers = (
        AuditAnswer.objects.filter(
            audit_case__round=round_, audit_case__completed_at__isnull=False, key_question=key_question
        )
        .select_related("audit_case__intervention__child", "audit_case__local_authority", "audit_case__team")
        .order_by("audit_case__position")
    )
    return [(a.audit_case, a) for a in answers if a.final == Answer.NO]


def _shown(result: StandardResult | None, area: str) -> int | None:
    found = result.question(area) if result else None
    return found.result.shown if found and found.result else None


def _rating(result: StandardResult | None) -> str:
    return str(result.rating.rating) if result and result.rating else ""


@dataclass(frozen=True)
class Comparison:
    code: str
    name: str
    current: StandardResult | None
    previous: StandardResult | None

    @property
    def current_rating(self) -> str:
        return _rating(self.current)

    @property
    def previous_rating(self) -> str:
        return _rating(self.previous)

    @property
    def areas(self) -> list[tuple[str, int | None, int | None]]:
        """(area, previous %, current %) for each key question, as the report shows them."""
        return [(area, _shown(self.previous, area), _shown(self.current, area)) for area in AREAS]


def compare(current: RoundResults, previous: RoundResults | None) -> list[Comparison]:
    """The same standards side by side, by code, in the current framework's order (then any only in the previous)."""
    rows = [
        Comparison(s.standard.code, s.standard.name, s, previous.standard(s.standard.code) if previous else None)
        for s in current.standards
    ]
    if previous is not None:
        known = {row.code for row in rows}
        rows += [
            Comparison(s.standard.code, s.standard.name, None, s) for s in previous.standards if s.standard.code not in known
        ]
    return rows
