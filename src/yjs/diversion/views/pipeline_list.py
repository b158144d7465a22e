"""The out-of-court list: every open case, what it waits for, and what is overdue.

It is the police sergeant's and the team manager's working list; overdue screenings show here.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.views.decorators.http import require_GET

from yjs.core.pagination import paginate
from yjs.diversion import access, selectors
from yjs.diversion.forms_screening import OVERDUE_LABELS, PipelineFilterForm
from yjs.diversion.rules import DiversionRules


def _filters(form: PipelineFilterForm) -> selectors.PipelineFilters:
    if not form.is_valid():
        return selectors.PipelineFilters()
    data = form.cleaned_data
    sort = data.get("sort") or "notified"
    authority = data.get("local_authority")
    return selectors.PipelineFilters(
        stages=tuple(data.get("stage") or ()),
        overdue=tuple(data.get("overdue") or ()),
        assigned_to_me=bool(data.get("mine")),
        local_authority_id=authority.pk if authority else None,
        search=data.get("q") or "",
        sort="stage" if sort == "stage" else "notified",
        descending=sort == "notified",
    )


@require_GET
def pipeline(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not access.may_read_pipeline(user):  # type: ignore[arg-type]
        raise PermissionDenied
    form = PipelineFilterForm(request.GET or None, service_id=user.service_id)  # type: ignore[union-attr]
    page = paginate(request, selectors.pipeline_for(user, _filters(form)))  # type: ignore[arg-type]
    rules = DiversionRules.from_settings()
    rows = [(item, selectors.next_step(item, rules)) for item in page.object_list]
    counts = selectors.overdue_counts(user)  # type: ignore[arg-type]
    context = {
        "filters": form,
        "page": page,
        "rows": rows,
        "counts": [(kind, OVERDUE_LABELS[kind], counts[kind]) for kind in selectors.OVERDUE_KINDS if counts[kind]],
        "filtered": bool(page.query_prefix),  # type: ignore[attr-defined]
    }
    return render(request, "diversion/pipeline/list.html", context)


urlpatterns = [path("", pipeline, name="pipeline")]
