"""The changes to the victims of the child's offences and the work with them, for the History tab of the
child's record.

The service's victim workers and managers (access.may_see_details) see every change, the victim named.
Everyone else who reads the victims tab sees what the tab shows them and no more: that a victim's record
changed, the victim numbered as on the tab, never their name or how to reach them (PERSONAL_FIELDS), nor
the notes of contacts and restorative justice; the victim's wishes only while the victim's consent to share
their views with the case manager is in force; and no feedback, which the tab does not show them. One
query per kind of record, whatever the number of changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from yjs.children.history import Change, changes_of, versions_of
from yjs.children.models import Child
from yjs.core.models import User
from yjs.victims import access, rules
from yjs.victims.models import (
    PERSONAL_FIELDS,
    Consent,
    RestorativeJusticeOffer,
    Victim,
    VictimContact,
    VictimFeedback,
    VictimWishes,
)
from yjs.victims.vocabularies import ConsentKind


def _latest_live(rows: list[Any]) -> list[Any]:
    """The current version of each record that is neither removed nor deleted; rows oldest first."""
    latest = {row.id: row for row in rows}
    return [row for row in latest.values() if row.history_type != "-" and row.archived_at is None]


def _victim_names(rows: list[Any], details: bool) -> dict[int, str]:
    """What each victim is called: their name for those who may see it, else their number on the victims tab."""
    if details:
        return {row.id: row.name for row in rows}
    live = sorted(_latest_live(rows), key=lambda row: (row.referred_on, row.id))
    names = {row.id: str(_("A removed victim")) for row in rows}
    names.update({row.id: _("Victim %(number)s") % {"number": number} for number, row in enumerate(live, start=1)})
    return names


def _sharing(consents: list[Any]) -> set[int]:
    """The victims whose consent to share their views with the case manager is in force today."""
    today = timezone.localdate()
    return {
        row.victim_id
        for row in _latest_live(consents)
        if row.kind == ConsentKind.SHARE and rules.consent_in_force(row.answer, row.answered_on, row.withdrawn_on, today)
    }


def child_history(user: User, child: Child) -> list[Change]:
    if not access.may_read_child_area(user):
        return []
    details = access.may_see_details(user)
    victims = versions_of(Victim.objects.filter(child_id=child.pk))
    if not victims:
        return []
    names = _victim_names(victims, details)

    def label(what: str) -> Callable[[Any], str]:
        return lambda row: _("%(victim)s: %(record)s") % {"victim": names[row.victim_id], "record": what}

    changes = changes_of(
        Victim,
        victims,
        lambda row: _("%(victim)s: %(record)s") % {"victim": names[row.id], "record": _("details")},
        hidden=() if details else PERSONAL_FIELDS,
    )
    private_notes = ("victim",) if details else ("victim", "notes")
    changes += changes_of(
        VictimContact,
        versions_of(VictimContact.objects.filter(victim__child_id=child.pk)),
        label(_("contact")),
        hidden=private_notes,
    )
    consents = versions_of(Consent.objects.filter(victim__child_id=child.pk))
    changes += changes_of(Consent, consents, label(_("consent")), hidden=("victim",))
    changes += changes_of(
        RestorativeJusticeOffer,
        versions_of(RestorativeJusticeOffer.objects.filter(victim__child_id=child.pk)),
        label(_("restorative justice")),
        hidden=private_notes,
    )
    wishes = versions_of(VictimWishes.objects.filter(victim__child_id=child.pk))
    shared = _sharing(consents)
    changes += changes_of(
        VictimWishes, [row for row in wishes if details or row.victim_id in shared], label(_("wishes")), hidden=("victim",)
    )
    if not details:
        withheld = [row for row in wishes if row.victim_id not in shared]
        changes += changes_of(VictimWishes, withheld, label(_("wishes")), hidden=("victim", "wishes"))
        return changes
    changes += changes_of(
        VictimFeedback,
        versions_of(VictimFeedback.objects.filter(victim__child_id=child.pk)),
        label(_("feedback")),
        hidden=("victim",),
    )
    return changes
