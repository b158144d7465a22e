"""One page of a long list, with what the GOV.UK pagination component (templates/includes/pagination.html) needs."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

PER_PAGE = 25


def paginate(request: HttpRequest, items: Any, per_page: int = PER_PAGE) -> Page:
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    # The page numbers the component shows, with ellipses for long runs.
    page.page_range = list(page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1))  # type: ignore[attr-defined]
    # The filters, search and sort the user chose, kept on every page link.
    query = request.GET.copy()
    query.pop("page", None)
    page.query_prefix = f"{query.urlencode()}&" if query else ""  # type: ignore[attr-defined]
    return page
