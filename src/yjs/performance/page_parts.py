"""What the reoffending and disproportionality pages are made of: sections of tables, each with a chart or not.

Like the dashboard's panels (whose `Table`, `Headline` and ways of writing figures they share), every
part is plain text and SVG already suppressed for the reader, so the templates only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.safestring import SafeString

from yjs.lib.suppression import Count, Reason, is_small
from yjs.performance.panels import Headline, Table


@dataclass(frozen=True)
class Part:
    table: Table
    svg: SafeString | None = None
    charted: bool = True  # False: a table that has no chart; True with no svg: a chart with nothing to draw


@dataclass(frozen=True)
class PageSection:
    slug: str
    heading: str
    summary: str
    empty: str | None = None
    notes: tuple[str, ...] = ()
    headlines: tuple[Headline, ...] = ()
    parts: tuple[Part, ...] = ()


def alone(value: int, protect: bool) -> Count:
    """A count in no sum that is shown: only the rule for 1 to 4 applies."""
    return Count(value, Reason.SMALL if protect and is_small(value) else None)
