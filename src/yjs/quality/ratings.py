"""Rating HMIP inspection standards, the score out of 36 and the overall rating: pure, no ORM.

HMIP rules (youth justice inspection framework, 2018 and 2021; see docs/quality.md):
- a case-assessed standard takes the % Yes of each key question over the cases where it applies, and the
  lowest key question sets the band: 80% or more Outstanding, 65-79% Good, 50-64% Requires improvement,
  under 50% Inadequate. The comparison is on the percentage rounded half-up to a whole number, the figure a
  report shows; results whose true percentage is within half a point of where the rounded figure changes band
  are flagged, because one case either way could move them;
- a judgement standard is rated by the inspectors, with their evidence;
- the rating panel may override a rating with a reason: the computed rating is kept beside it;
- Outstanding 3, Good 2, Requires improvement 1, Inadequate 0 over the twelve scored standards (0-36);
  overall 0-6 Inadequate, 7-18 Requires improvement, 19-30 Good, 31-36 Outstanding, refused while any scored
  standard lacks a rating.

The command `yjs rate-inspection`, the audit round's results page and the tests share these functions; they
take plain data (a `FrameworkSpec`, counts, ratings) so that none of them needs the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from math import floor
from typing import Any

from yjs.quality import framework_data


class Rating(StrEnum):
    OUTSTANDING = "Outstanding"
    GOOD = "Good"
    REQUIRES_IMPROVEMENT = "Requires improvement"
    INADEQUATE = "Inadequate"
    NOT_RATED = "Not rated"


# The four ratings a standard can earn, best first; "Not rated" is only for a standard that allows it.
EARNED_RATINGS = (Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE)
POINTS = {Rating.OUTSTANDING: 3, Rating.GOOD: 2, Rating.REQUIRES_IMPROVEMENT: 1, Rating.INADEQUATE: 0}
MAXIMUM_SCORE = 36

# The lowest whole-number percentage of each band, best first (HMIP).
BAND_FLOORS = ((80, Rating.OUTSTANDING), (65, Rating.GOOD), (50, Rating.REQUIRES_IMPROVEMENT))
# The lowest score of each overall rating, best first (HMIP).
OVERALL_FLOORS = ((31, Rating.OUTSTANDING), (19, Rating.GOOD), (7, Rating.REQUIRES_IMPROVEMENT))
NEAR_EDGE = Fraction(1, 2)

SOURCE_KEY_QUESTIONS = "key_questions"
SOURCE_JUDGEMENT = "judgement"


class RatingError(ValueError):
    """Input that cannot be rated; the message says what is wrong, in one line."""


def parse_rating(value: Any, *, allow_not_rated: bool = False) -> Rating:
    """A rating from its name, in any letter case; "Not rated" only where the standard allows it."""
    text = str(value).strip().casefold() if value is not None else ""
    for rating in Rating:
        if rating.value.casefold() == text:
            if rating is Rating.NOT_RATED and not allow_not_rated:
                raise RatingError("'Not rated' is allowed only for a standard that may be not rated")
            return rating
    names = ", ".join(r.value for r in Rating if allow_not_rated or r is not Rating.NOT_RATED)
    raise RatingError(f"{value!r} is not a rating (use one of: {names})")


def band_for(shown: int) -> Rating:
    """The band of a whole-number percentage as a report shows it."""
    for floor_, rating in BAND_FLOORS:
        if shown >= floor_:
            return rating
    return Rating.INADEQUATE


def shown_percentage(percentage: Fraction) -> int:
    """The percentage rounded half-up to a whole number (79.5 shows 80), as an inspection report prints it."""
    return floor(percentage + Fraction(1, 2))


def is_near_edge(percentage: Fraction) -> bool:
    """True when the true percentage is within half a point of where the shown figure changes band.

    The shown figure changes band at 49.5, 64.5 and 79.5 (e.g. 79.5 shows 80), so 79.5 and 64.4 are flagged
    and a whole number such as 79 or 80 is not.
    """
    return any(abs(percentage - (floor_ - NEAR_EDGE)) < NEAR_EDGE for floor_, _rating in BAND_FLOORS)


def as_fraction(value: Any) -> Fraction:
    """An exact percentage from an int, a decimal string or a float as written (79.5 stays 79.5)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal | Fraction):
        raise RatingError(f"{value!r} is not a percentage")
    try:
        number = Fraction(str(value)) if isinstance(value, float | str) else Fraction(value)
    except (ValueError, ZeroDivisionError) as error:
        raise RatingError(f"{value!r} is not a percentage") from error
    if not 0 <= number <= 100:
        raise RatingError(f"{value} is not a percentage between 0 and 100")
    return number


@dataclass(frozen=True)
class KeyQuestionResult:
    """One key question across the cases audited: counts kept where known, not only the percentage."""

    area: str
    percentage: Fraction
    yes: int | None = None
    applicable: int | None = None

    @property
    def shown(self) -> int:
        return shown_percentage(self.percentage)

    @property
    def band(self) -> Rating:
        return band_for(self.shown)

    @property
    def near_edge(self) -> bool:
        return is_near_edge(self.percentage)

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"percentage": self.shown, "band": str(self.band), "near_edge": self.near_edge}
        if self.yes is not None:
            result.update(yes=self.yes, applicable=self.applicable)
        return result


def key_question_result(area: str, yes: int, applicable: int) -> KeyQuestionResult:
    """The result of a key question answered Yes in `yes` of the `applicable` cases where it applies."""
    for name, count in (("yes", yes), ("applicable", applicable)):
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise RatingError(f"{area}: {name} must be a whole number of cases, not {count!r}")
    if applicable == 0:
        raise RatingError(f"{area}: no case where the question applies, so there is no percentage")
    if yes > applicable:
        raise RatingError(f"{area}: {yes} yes is more than the {applicable} cases where it applies")
    return KeyQuestionResult(area, Fraction(100 * yes, applicable), yes, applicable)


def key_question_from_percentage(area: str, percentage: Any) -> KeyQuestionResult:
    """The result of a key question known only as a percentage (e.g. read from a published report)."""
    try:
        return KeyQuestionResult(area, as_fraction(percentage))
    except RatingError as error:
        raise RatingError(f"{area}: {error}") from error


@dataclass(frozen=True)
class StandardSpec:
    code: str
    name: str
    domain: int
    assessed_by: str
    scored: bool
    may_be_not_rated: bool
    disposal: str
    areas: tuple[str, ...] = ()

    @property
    def is_case_assessed(self) -> bool:
        return self.assessed_by == "case"


@dataclass(frozen=True)
class FrameworkSpec:
    version: str
    name: str
    standards: tuple[StandardSpec, ...]

    def standard(self, code: str) -> StandardSpec:
        for spec in self.standards:
            if spec.code == code:
                return spec
        known = ", ".join(spec.code for spec in self.standards)
        raise RatingError(f"Standard {code} is not in the {self.version} framework (its standards: {known})")

    @property
    def scored_codes(self) -> tuple[str, ...]:
        return tuple(spec.code for spec in self.standards if spec.scored)


def framework_spec_from_data(version: str) -> FrameworkSpec:
    """The framework as loaded by the data migration, without the database (for the command and tests)."""
    data = framework_data.framework_data(str(version))
    if data is None:
        versions = ", ".join(f["version"] for f in framework_data.FRAMEWORKS)
        raise RatingError(f"Unknown framework {version!r} (known: {versions})")
    standards = tuple(
        StandardSpec(
            code=s["code"],
            name=s["name"],
            domain=s["domain"],
            assessed_by=s["assessed_by"],
            scored=s["scored"],
            may_be_not_rated=s["may_be_not_rated"],
            disposal=s["disposal"],
            areas=tuple(q["area"] for q in s["key_questions"]),
        )
        for s in data["standards"]
    )
    return FrameworkSpec(version=data["version"], name=data["name"], standards=standards)


@dataclass(frozen=True)
class Override:
    """The rating panel's reasoned override, recorded beside the computed rating, never instead of it."""

    rating: Rating
    reason: str


def make_override(spec: StandardSpec, rating: Any, reason: Any) -> Override:
    reason_text = str(reason or "").strip()
    if not reason_text:
        raise RatingError(f"Standard {spec.code}: an override needs a reason")
    return Override(parse_rating(rating, allow_not_rated=spec.may_be_not_rated), reason_text)


@dataclass(frozen=True)
class StandardRating:
    spec: StandardSpec
    source: str
    computed: Rating
    key_questions: tuple[KeyQuestionResult, ...] = ()
    lowest: KeyQuestionResult | None = None
    strengths: tuple[str, ...] = ()
    areas_for_improvement: tuple[str, ...] = ()
    override: Override | None = None

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def rating(self) -> Rating:
        """The rating that counts: the panel's override where there is one."""
        return self.override.rating if self.override else self.computed

    @property
    def score(self) -> int | None:
        """Points towards the score out of 36; None for an unscored standard (4.1) or one not rated."""
        return POINTS.get(self.rating) if self.spec.scored else None

    @property
    def near_edge(self) -> bool:
        return bool(self.lowest and self.lowest.near_edge)

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "name": self.spec.name,
            "rating": str(self.rating),
            "score": self.score,
            "lowest_key_question": self.lowest.area if self.lowest else None,
            "source": self.source,
        }
        if self.key_questions:
            result["key_questions"] = {kq.area: kq.as_dict() for kq in self.key_questions}
        if self.override:
            result["computed_rating"] = str(self.computed)
            result["override"] = {"rating": str(self.override.rating), "reason": self.override.reason}
        return result


def rate_case_standard(
    spec: StandardSpec, results: Iterable[KeyQuestionResult], override: Override | None = None
) -> StandardRating:
    """A case-assessed standard: the band of its lowest key question (HMIP), with the counts kept."""
    if not spec.is_case_assessed:
        raise RatingError(f"Standard {spec.code} is rated by inspector judgement, not from key questions")
    by_area = {result.area: result for result in results}
    unknown = sorted(set(by_area) - set(spec.areas))
    if unknown:
        raise RatingError(f"Standard {spec.code} has no key question {', '.join(unknown)}")
    missing = [area for area in spec.areas if area not in by_area]
    if missing:
        raise RatingError(f"Standard {spec.code} lacks key questions: {', '.join(missing)}")
    ordered = tuple(by_area[area] for area in spec.areas)
    # Ties go to the first in framework order, so the lowest named is stable; the band is the same either way.
    lowest = min(ordered, key=lambda result: result.shown)
    return StandardRating(
        spec=spec,
        source=SOURCE_KEY_QUESTIONS,
        computed=lowest.band,
        key_questions=ordered,
        lowest=lowest,
        override=override,
    )


def rate_judgement_standard(
    spec: StandardSpec,
    rating: Any,
    strengths: Sequence[str] = (),
    areas_for_improvement: Sequence[str] = (),
    override: Override | None = None,
) -> StandardRating:
    """A standard rated by inspector judgement: the rating as given, with the evidence for it."""
    if spec.is_case_assessed:
        raise RatingError(f"Standard {spec.code} is rated from its key questions, not by judgement")
    try:
        given = parse_rating(rating, allow_not_rated=spec.may_be_not_rated)
    except RatingError as error:
        raise RatingError(f"Standard {spec.code}: {error}") from error
    return StandardRating(
        spec=spec,
        source=SOURCE_JUDGEMENT,
        computed=given,
        strengths=tuple(strengths),
        areas_for_improvement=tuple(areas_for_improvement),
        override=override,
    )


class MissingStandards(RatingError):
    def __init__(self, codes: Sequence[str]) -> None:
        self.codes = tuple(codes)
        super().__init__(f"No score or overall rating until every scored standard is rated: missing {', '.join(codes)}")


def missing_scored(framework: FrameworkSpec, ratings: Mapping[str, StandardRating]) -> tuple[str, ...]:
    """Scored standards with no rating, or rated "Not rated" (which a scored standard may not be)."""
    return tuple(code for code in framework.scored_codes if code not in ratings or ratings[code].score is None)


def total_score(framework: FrameworkSpec, ratings: Mapping[str, StandardRating]) -> int:
    """The score out of 36 over the scored standards; refused, naming each one, while any is missing."""
    missing = missing_scored(framework, ratings)
    if missing:
        raise MissingStandards(missing)
    return sum(ratings[code].score or 0 for code in framework.scored_codes)


def overall_rating(score: int) -> Rating:
    if not 0 <= score <= MAXIMUM_SCORE:
        raise RatingError(f"A score is between 0 and {MAXIMUM_SCORE}, not {score}")
    for floor_, rating in OVERALL_FLOORS:
        if score >= floor_:
            return rating
    return Rating.INADEQUATE


@dataclass(frozen=True)
class DomainRows:
    number: int
    name: str
    rows: tuple[StandardRating | StandardSpec, ...]


@dataclass(frozen=True)
class RatingsTable:
    """Every standard of a framework with its rating where there is one, the score and the overall rating.

    Built also while some standards are still unrated (an audit round in progress): then `score` and
    `overall` are None and `refusal` says which standards are missing.
    """

    framework: FrameworkSpec
    ratings: Mapping[str, StandardRating]
    missing: tuple[str, ...]
    score: int | None
    overall: Rating | None
    refusal: str = ""
    maximum: int = field(default=MAXIMUM_SCORE)

    @property
    def domains(self) -> list[DomainRows]:
        """Standards grouped by domain, in framework order; an unrated standard appears as its spec."""
        grouped: dict[int, list[StandardRating | StandardSpec]] = {}
        for spec in self.framework.standards:
            grouped.setdefault(spec.domain, []).append(self.ratings.get(spec.code, spec))
        return [
            DomainRows(number, framework_data.DOMAINS.get(number, str(number)), tuple(rows))
            for number, rows in grouped.items()
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "framework": self.framework.version,
            "standards": {code: self.ratings[code].as_dict() for code in self._codes_in_order()},
            "score": self.score,
            "maximum_score": self.maximum,
            "overall_rating": str(self.overall) if self.overall else None,
        }

    def _codes_in_order(self) -> list[str]:
        return [spec.code for spec in self.framework.standards if spec.code in self.ratings]


def ratings_table(framework: FrameworkSpec, ratings: Iterable[StandardRating]) -> RatingsTable:
    by_code = {rating.code: rating for rating in ratings}
    for code in by_code:
        framework.standard(code)
    missing = missing_scored(framework, by_code)
    if missing:
        return RatingsTable(framework, by_code, missing, None, None, str(MissingStandards(missing)))
    score = total_score(framework, by_code)
    return RatingsTable(framework, by_code, (), score, overall_rating(score))
