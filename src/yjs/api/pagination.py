from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.views import APIView


class RecordPagination(PageNumberPagination):
    page_size_query_param = "page_size"
    # Large enough for a caseload export page, small enough that one call cannot pull a whole service.
    max_page_size = 200

    def get_page_size(self, request: Request) -> int | None:
        # DRF quietly falls back to the default for a page size it cannot read; say so instead.
        value = request.query_params.get(self.page_size_query_param)
        if value is not None and not (value.isascii() and value.isdigit() and 0 < int(value) <= self.max_page_size):
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        _("Give the page size as a whole number from 1 to %(most)s.") % {"most": self.max_page_size}
                    ]
                }
            )
        return super().get_page_size(request)

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
        return parameters
