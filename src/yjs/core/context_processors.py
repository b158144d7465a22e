"""The navigation a user sees depends on their role."""

from __future__ import annotations

from importlib import import_module

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from yjs.core.roles import CASEWORKERS, CHILD_RECORD_READERS, MANAGERS, Role


def _out_of_court_items(user: object) -> list[tuple[str, str]]:
    # Imported here because core sits below diversion in the apps' order of dependence.
    from yjs.diversion import access

    if access.may_read_pipeline(user):  # type: ignore[arg-type]
        return [(_("Out-of-court"), reverse("diversion:pipeline"))]
    if getattr(user, "role", "") == Role.PARTNER_SCREENER:
        return [(_("Screening requests"), reverse("diversion:screening_requests"))]
    if access.may_read_timeliness(user):  # type: ignore[arg-type]
        return [(_("Out-of-court timeliness"), reverse("diversion:timeliness"))]
    if access.may_configure_agencies(user):  # type: ignore[arg-type]
        return [(_("Partner agencies"), reverse("diversion:agencies"))]
    return []


def _performance_items(user: object) -> list[tuple[str, str]]:
    from yjs.performance import access

    if access.may_read_performance(user):  # type: ignore[arg-type]
        return [(_("Performance"), reverse("performance:dashboard"))]
    return []


def _board_items(user: object) -> list[tuple[str, str]]:
    # Imported here because core sits below governance in the apps' order of dependence.
    from yjs.governance import access

    if access.may_read_board(user):  # type: ignore[arg-type]
        return [(_("Partnership board"), reverse("governance:board"))]
    return []


# The practice areas' service-wide lists, gathered behind one menu item ("Practice areas") so that the
# menu stays short; each area's access module's nav_items(user) says which of its lists `user` sees.
PRACTICE_AREA_MENUS = (
    ("yjs.safety.access", "/safety/"),
    ("yjs.victims.access", "/victims/"),
    ("yjs.education.access", "/education/"),
    ("yjs.health.access", "/health/"),
    ("yjs.resettlement.access", "/resettlement/"),
    ("yjs.parenting.access", "/parenting/"),
)
# The service's own oversight, each its own menu item.
_OVERSIGHT_MENUS = ("yjs.quality.access", "yjs.workforce.access")


def practice_area_items(user: object) -> list[tuple[str, str]]:
    return [item for module, _prefix in PRACTICE_AREA_MENUS for item in import_module(module).nav_items(user)]


def _practice_items(user: object) -> list[tuple[str, str]]:
    return [(_("Practice areas"), reverse("practice_areas"))] if practice_area_items(user) else []


def _oversight_items(user: object) -> list[tuple[str, str]]:
    return [item for module in _OVERSIGHT_MENUS for item in import_module(module).nav_items(user)]


def _section_of(path: str) -> str:
    """The path the menu marks for `path`: an area's own pages count as the practice areas' hub."""
    for _module, prefix in PRACTICE_AREA_MENUS:
        if path.startswith(prefix):
            return reverse("practice_areas")
    return path


def navigation(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"navigation": []}
    items: list[tuple[str, str]] = []
    if user.role in CASEWORKERS:
        items.append((_("My caseload"), reverse("casework:caseload")))
    if user.role in MANAGERS:
        items.append((_("Team cases"), reverse("casework:team_cases")))
    if user.role in CHILD_RECORD_READERS:
        items.append((_("Find a child"), reverse("children:search")))
    items.extend(_out_of_court_items(user))
    items.extend(_practice_items(user))
    items.extend(_performance_items(user))
    items.extend(_oversight_items(user))
    items.extend(_board_items(user))
    path = request.path
    # Only the closest section is marked: /casework/team/ is "Team cases", not also "My caseload".
    section = _section_of(path)
    matches = [href for _text, href in items if section.startswith(href)]
    active = max(matches, key=len) if matches else None
    return {
        "navigation": [
            {"text": text, "href": href, "active": href == active, "current": href == path} for text, href in items
        ]
    }
