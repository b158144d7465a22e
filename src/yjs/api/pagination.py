from __future__ import annotations

from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request


class RecordPagination(PageNumberPagination):
    page_size_query_param = "page_size"
    # Large enough for a caseload export page, small enough that one call cannot pull a whole service.
    max_page_size = 200

    def get_page_size(self, request: Request) -> int | None:
        # DRF quietly falls back to the default for a page size it cannot read; say so instead.
        value = request.query_params.get(self.page_size_query_param)
        if value is not None and not (value.isascii() and value.isdigit() and int(value) > 0):
            raise ValidationError({self.page_size_query_param: [_("Give the page size as a whole number from 1.")]})
        return super().get_page_size(request)
