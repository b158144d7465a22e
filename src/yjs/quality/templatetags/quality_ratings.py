"""Filters for showing ratings: the GOV.UK tag colour of each rating, and the words for each key-question area."""

from __future__ import annotations

from django import template

from yjs.quality.ratings import Rating
from yjs.quality.vocabularies import Area

register = template.Library()

TAG_CLASSES = {
    Rating.OUTSTANDING: "govuk-tag--green",
    Rating.GOOD: "govuk-tag--turquoise",
    Rating.REQUIRES_IMPROVEMENT: "govuk-tag--yellow",
    Rating.INADEQUATE: "govuk-tag--red",
    Rating.NOT_RATED: "govuk-tag--grey",
}


@register.filter
def rating_tag_class(rating: object) -> str:
    try:
        return TAG_CLASSES[Rating(str(rating))]
    except ValueError:
        return "govuk-tag--grey"


@register.filter
def area_label(area: str) -> str:
    try:
        return str(Area(area).label)
    except ValueError:
        return area


@register.filter
def is_rated(row: object) -> bool:
    """A table row is a rated standard (a StandardRating) rather than one still to rate (its spec)."""
    return hasattr(row, "source")
