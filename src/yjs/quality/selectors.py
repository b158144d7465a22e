"""Read queries for the inspection framework, and the framework as the pure rating engine reads it."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from yjs.quality.models import Framework, KeyQuestion, Standard
from yjs.quality.ratings import FrameworkSpec, StandardSpec


def frameworks() -> QuerySet[Framework]:
    return Framework.objects.order_by("-version")


def framework_with_questions(version: str) -> Framework | None:
    """One framework with its standards, key questions and prompts fetched in three further queries."""
    questions = KeyQuestion.objects.order_by("order").prefetch_related("prompts")
    standards = Standard.objects.order_by("order").prefetch_related(Prefetch("key_questions", queryset=questions))
    return Framework.objects.prefetch_related(Prefetch("standards", queryset=standards)).filter(version=version).first()


def framework_spec(framework: Framework) -> FrameworkSpec:
    """The framework as kept in the database (with any corrected names), for the rating engine."""
    standards = tuple(
        StandardSpec(
            code=standard.code,
            name=standard.name,
            domain=standard.domain,
            assessed_by=standard.assessed_by,
            scored=standard.scored,
            may_be_not_rated=standard.may_be_not_rated,
            disposal=standard.disposal,
            areas=tuple(question.area for question in standard.key_questions.all()),
        )
        for standard in framework.standards.all()
    )
    return FrameworkSpec(version=framework.version, name=framework.name, standards=standards)


def framework_spec_for(version: str) -> FrameworkSpec | None:
    framework = framework_with_questions(version)
    return framework_spec(framework) if framework else None
