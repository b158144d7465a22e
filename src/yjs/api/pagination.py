from __future__ import annotations

from rest_framework.pagination import PageNumberPagination


class RecordPagination(PageNumberPagination):
    page_size_query_param = "page_size"
    # Large enough for a caseload export page, small enough that one call cannot pull a whole service.
    max_page_size = 200
