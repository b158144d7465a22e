"""Writing the service manager's commentary on each section of a quarter's board report.

Only a service manager of the service writes it: the commentary speaks for the service to its board.
Administrators keep the board's membership and meetings but do not read the performance figures, and
the board reads the commentary rather than writing it. Each section's text is one row, changed in place
and kept in history; a section left empty keeps no row (or an emptied one), and shows nothing in the PDF.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db import transaction

from yjs.core.models import Service, User
from yjs.core.roles import Role
from yjs.performance.access import may_read_performance
from yjs.performance.board_report.sections import SECTIONS
from yjs.performance.models import ReportCommentary
from yjs.performance.periods import Quarter

COMMENTARY_WRITERS = frozenset({Role.SERVICE_MANAGER})


def may_write_commentary(user: User) -> bool:
    return may_read_performance(user) and user.role in COMMENTARY_WRITERS


@transaction.atomic
def save_commentary(user: User, service: Service, quarter: Quarter, texts: Mapping[str, str]) -> int:
    """Save each section's text; returns how many sections changed. Unchanged sections keep their history."""
    existing = {
        row.section: row
        for row in ReportCommentary.objects.select_for_update().filter(service=service, quarter=str(quarter))
    }
    changed = 0
    for section in SECTIONS:
        text = texts.get(section, "").strip()
        row = existing.get(section)
        if row is None and not text or row is not None and row.text == text:
            continue
        if row is None:
            row = ReportCommentary(service=service, quarter=str(quarter), section=section)
        row.text, row.written_by = text, user
        row.save()
        changed += 1
    return changed
