"""What every page of a child's record shares: fetch, authorise and log; the identity bar's context; paging;
and showing a service's refusal, or a stale save's, on the form."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from yjs.children.models import Child
from yjs.children.queries import get_child_for_user, may_change_casework
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.record_forms import RemoveForm

# The practice areas that keep a page of their own in the child's record: (section, tab label, URL name, the
# module whose may_read_child_area(user) decides whether the tab shows). Named, not imported: children sits
# below these apps in the order of dependence.
PRACTICE_AREAS = (
    ("safety", _("Safety and risk"), "safety:child", "yjs.safety.access"),
    ("victims", _("Victims"), "victims:child", "yjs.victims.access"),
    ("education", _("Education"), "education:child", "yjs.education.access"),
    ("health", _("Health"), "health:child", "yjs.health.access"),
    ("resettlement", _("Custody and transition"), "resettlement:child", "yjs.resettlement.access"),
    ("parenting", _("Parents and feedback"), "parenting:child", "yjs.parenting.access"),
)


# The modules that mark a child wherever they are shown (the identity bar, the caseload, search results):
# each has child_markers(user, child_ids) -> {child id: [short label, ...]}. Named, not imported, as above.
CHILD_MARKERS = ("yjs.safety.markers",)

# Each area's changes to the child's records, for the record's History tab: section -> a module with
# child_history(user, child) -> [children.history.Change], shown when the area's tab would be. Each module
# applies its own area's stricter rules (exploitation intelligence, victims' personal details).
CHILD_HISTORIES = {
    "safety": "yjs.safety.history",
    "victims": "yjs.victims.history",
    "education": "yjs.education.history",
    "health": "yjs.health.history",
    "resettlement": "yjs.resettlement.history",
    "parenting": "yjs.parenting.history",
}

# The core of the case, for the same History tab: (heading, a module with child_history(user, child)). Not
# practice-area tabs, so asked of whoever may open the child's record, each module applying its own app's
# stricter rules (the police read out-of-court casework only; the pipeline's readers its notifications).
CASE_HISTORIES = (
    (_("Casework"), "yjs.casework.history"),
    (_("Offences and outcomes"), "yjs.justice.history"),
    (_("Out of court"), "yjs.diversion.history"),
)


def markers_for(user: Any, child_ids: list[int]) -> dict[int, list[str]]:
    """The markers each of `child_ids` carries for `user`, from every marking module, in one query each."""
    found: dict[int, list[str]] = {pk: [] for pk in child_ids}
    if not child_ids:
        return found
    for module in CHILD_MARKERS:
        for pk, labels in import_module(module).child_markers(user, child_ids).items():
            found.setdefault(pk, []).extend(labels)
    return found


def mark_children(user: Any, children: Any) -> list[Child]:
    """`children` as a list, each with `.markers` set: what list pages call before rendering."""
    listed = list(children)
    markers = markers_for(user, [child.pk for child in listed])
    for child in listed:
        child.markers = markers.get(child.pk, [])
    return listed


def practice_areas_for(user: Any, child: Child) -> list[dict[str, Any]]:
    """The practice-area tabs `user` sees on `child`'s record."""
    return [
        {"section": section, "label": label, "href": reverse(url_name, args=[child.pk])}
        for section, label, url_name, module in PRACTICE_AREAS
        if import_module(module).may_read_child_area(user)
    ]


def open_child(request: HttpRequest, pk: int, page: str, write: bool = False) -> Child:
    """Fetch and authorise the child, and log that this user opened this page of their record."""
    child = get_child_for_user(request.user, pk, write=write)  # type: ignore[arg-type]
    record_view(request.user, child.pk, page)  # type: ignore[arg-type]
    return child


def posted(request: HttpRequest) -> QueryDict | None:
    """The posted data to bind a form to, even when empty (an empty POST is still a submission to refuse)."""
    return request.POST if request.method == "POST" else None


def child_context(request: HttpRequest, child: Child, section: str, **extra: Any) -> dict[str, Any]:
    """What the identity bar and sub-navigation shared by every page of a record need."""
    user = request.user
    return {
        "child": child,
        "age": child.age_on(timezone.localdate()),
        "section": section,
        "may_change": may_change_casework(user),  # type: ignore[arg-type]
        "is_manager": getattr(user, "is_manager", False),
        "practice_areas": practice_areas_for(user, child),
        "markers": markers_for(user, [child.pk])[child.pk],
        **extra,
    }


def apply_stale_refusal(form: Any, error: StaleRecordError, saved: Any) -> list[tuple[str, str]]:
    """Refuse a save made from a stale page, keeping what the user typed; return how the saved record differs.

    The form carries the record's current version from now on, so that saving again, having checked, is a
    deliberate overwrite rather than a silent one.
    """
    conflicts: list[tuple[str, str]] = form.differences_from(saved)
    form.add_error(None, str(error))
    form.data = form.data.copy()
    form.data["version"] = str(saved.version)
    return conflicts


def remove_record_page(
    request: HttpRequest,
    record: Any,
    remove: Any,
    *,
    section: str,
    back: str,
    done: str,
    title: str,
    explanation: str,
    button: str | None = None,
) -> HttpResponse:
    """Ask why a record of the child made in error is being removed, then `remove(reason)` it (archived, kept in
    its history) and go back to the area's page of the child's record (URL name `back`)."""
    form = RemoveForm(posted(request))
    if request.method == "POST" and form.is_valid():
        remove(form.cleaned_data["reason"])
        messages.success(request, done)
        return redirect(back, record.child_id)
    context = child_context(
        request,
        record.child,
        section,
        form=form,
        title=title,
        explanation=explanation,
        button=button,
        cancel=reverse(back, args=[record.child_id]),
    )
    return render(request, "children/remove_record.html", context)
