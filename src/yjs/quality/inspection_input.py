"""Reading an inspection's results from JSON, for `yjs rate-inspection` and the rating page.

The input names a framework version and, per standard, either its key-question results (a percentage, or
counts of yes and applicable cases) or the inspectors' judgement, with an optional reasoned override:

    {"framework": "2021",
     "standards": {"2.1": {"key_questions": {"desistance": 96, "safety_of_child": {"yes": 21, "applicable": 24},
                                              "safety_of_others": 79}},
                   "1.1": {"rating": "Good"},
                   "3.1": {"key_questions": {...}, "override": {"rating": "Good", "reason": "..."}}}}
"""

from __future__ import annotations

import json
from typing import Any

from yjs.quality.ratings import (
    FrameworkSpec,
    RatingError,
    RatingsTable,
    StandardRating,
    StandardSpec,
    framework_spec_from_data,
    key_question_from_percentage,
    key_question_result,
    make_override,
    rate_case_standard,
    rate_judgement_standard,
    ratings_table,
)


def parse_json(text: str | bytes) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as error:
        raise RatingError(f"The file is not valid JSON: {error}") from error
    if not isinstance(data, dict):
        raise RatingError('The file must be a JSON object with "framework" and "standards"')
    return data


def _key_question(area: str, value: Any) -> Any:
    if isinstance(value, dict):
        unknown = set(value) - {"yes", "applicable"}
        if unknown or "yes" not in value or "applicable" not in value:
            raise RatingError(f'{area}: give a percentage or {{"yes": N, "applicable": N}}')
        return key_question_result(area, value["yes"], value["applicable"])
    return key_question_from_percentage(area, value)


def _standard(spec: StandardSpec, entry: Any) -> StandardRating:
    if not isinstance(entry, dict):
        raise RatingError(f'Standard {spec.code}: give {{"key_questions": ...}} or {{"rating": ...}}')
    override = None
    if "override" in entry:
        given = entry["override"]
        if not isinstance(given, dict):
            raise RatingError(f'Standard {spec.code}: an override is {{"rating": ..., "reason": ...}}')
        override = make_override(spec, given.get("rating"), given.get("reason"))
    if spec.is_case_assessed:
        questions = entry.get("key_questions")
        if not isinstance(questions, dict):
            raise RatingError(f"Standard {spec.code} is case-assessed: give its key_questions")
        try:
            results = [_key_question(area, value) for area, value in questions.items()]
        except RatingError as error:
            raise RatingError(f"Standard {spec.code}, {error}") from error
        return rate_case_standard(spec, results, override)
    if "rating" not in entry:
        raise RatingError(f"Standard {spec.code} is rated by inspector judgement: give its rating")
    return rate_judgement_standard(
        spec,
        entry["rating"],
        strengths=tuple(entry.get("strengths") or ()),
        areas_for_improvement=tuple(entry.get("areas_for_improvement") or ()),
        override=override,
    )


def framework_of(data: dict[str, Any]) -> FrameworkSpec:
    if "framework" not in data:
        raise RatingError('The file does not say which framework: add "framework": "2021" (or "2018")')
    return framework_spec_from_data(str(data["framework"]))


def rate(data: dict[str, Any], framework: FrameworkSpec | None = None) -> RatingsTable:
    """Every standard given, rated; a table whose score is refused (`missing`) when a scored standard is absent.

    `framework` lets a caller use the wording kept in the database; by default the packaged framework is used.
    """
    spec = framework or framework_of(data)
    standards = data.get("standards")
    if not isinstance(standards, dict):
        raise RatingError('The file must have "standards": an object keyed by standard code, e.g. "2.1"')
    ratings = [_standard(spec.standard(str(code)), entry) for code, entry in standards.items()]
    return ratings_table(spec, ratings)
