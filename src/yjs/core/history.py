"""The change history every case record keeps (django-simple-history), indexed only where it is read.

A history table is written on every save and read only by record (`Model.history.filter(id=...)`, or by
the record a step belongs to), so indexing every foreign key its copy of the record carries, as
simple-history does by default, makes each save and each bulk import pay for lookups nobody makes.
"""

from __future__ import annotations

from simple_history.models import HistoricalRecords

# The bookkeeping every case record carries (core.models.CaseRecord): never looked up in its history.
BOOKKEEPING = ("service", "created_by", "modified_by", "archived_by")


def case_history(*unindexed: str) -> HistoricalRecords:
    """History for a case record, with no index on the bookkeeping columns nor on the `unindexed` fields."""
    return HistoricalRecords(no_db_index=[*BOOKKEEPING, *unindexed])
