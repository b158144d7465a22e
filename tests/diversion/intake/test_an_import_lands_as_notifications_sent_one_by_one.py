"""The import writes in bulk, but each row must land exactly as if it had been sent alone, or typed in the form."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from tests.diversion.intake.conftest import BORN, csv_row, notified
from tests.diversion.intake.test_the_notification_form import posted
from yjs.children.models import Child
from yjs.diversion.imports.notifications import ImportResult, NotificationImporter
from yjs.diversion.models import Notification
from yjs.diversion.services.intake import POLICE_FIELDS, receive_notification
from yjs.diversion.vocabularies import Source


class Rollback(Exception):
    pass


def import_then_undo(cast: Cast, lines: list[str], source_and_author: bool = True) -> tuple[ImportResult, list[Any]]:
    """Import, note what landed, and roll it back so the same rows can be sent another way."""
    try:
        with transaction.atomic():
            result = NotificationImporter(cast.service, user=cast.police_officer).run(lines)
            state = snapshot(source_and_author)
            raise Rollback
    except Rollback:
        pass
    return result, state


def who(child: Child | None) -> Any:
    if child is None:
        return None
    return (
        child.first_name,
        child.last_name,
        child.date_of_birth,
        child.pnc_number,
        child.sex,
        child.address,
        child.local_authority_id,
        child.created_by_id,
        child.version,
        child.archived_at,
        list(child.history.values_list("history_type", "history_user_id")),
    )


def snapshot(source_and_author: bool = True) -> list[Any]:
    """Everything about each notification, its child, its screening requests and their history, without keys."""
    state = []
    for notification in Notification.objects.order_by("police_reference"):
        fields = [getattr(notification, Notification._meta.get_field(name).attname) for name in POLICE_FIELDS]
        if source_and_author:
            fields += [notification.source, notification.created_by_id, notification.modified_by_id]
        requests = [
            (
                request.agency.name,
                request.requested_on,
                request.due_on,
                request.version,
                request.archived_at,
                request.history.count(),
            )
            for request in notification.screening_requests.order_by("agency__name")
        ]
        history = list(notification.history.values_list("history_type", "history_user_id", "stage"))
        state.append(
            (
                fields,
                notification.stage,
                notification.version,
                notification.archived_at,
                notification.screening_completed_on,
                who(notification.child),
                [who(Child.objects.get(pk=pk)) for pk in notification.candidate_ids],
                requests,
                history if source_and_author else [(kind, stage) for kind, _, stage in history],
            )
        )
    return state


def rows(cast: Cast) -> list[dict[str, Any]]:
    known = cast.child
    return [
        notified(cast, police_reference="A/1"),  # a new child
        notified(
            cast, police_reference="A/2", pnc_number="12/345678X", first_name="Drew", last_name="Other"
        ),  # another new child
        notified(cast, police_reference="A/3", pnc_number="12/345678x", first_name="Drew ", last_name="other"),  # Drew again
        notified(cast, police_reference="A/4", first_name="Caysee"),  # like Casey: same birthday and surname
        notified(
            cast,
            police_reference="A/5",
            first_name=known.first_name,
            last_name=known.last_name,
            date_of_birth=known.date_of_birth,
        ),  # the cast's child, certainly
        notified(
            cast, police_reference="A/6", first_name="Jo", last_name=known.last_name, date_of_birth=known.date_of_birth
        ),  # perhaps the cast's child
        notified(cast, police_reference="A/7", date_of_birth=BORN.replace(year=BORN.year - 9)),  # too old: refused
    ]


def test_an_import_lands_as_the_same_rows_sent_one_at_a_time(cast: Cast) -> None:
    lines = [",".join(POLICE_FIELDS)]
    for data in rows(cast):
        values = csv_row(data)
        lines.append(",".join(values[name] for name in POLICE_FIELDS))
    result, imported = import_then_undo(cast, lines)
    assert (result.created, len(result.rejected)) == (6, 1)
    assert [item[1] for item in imported] == ["screening", "screening", "screening", "matching", "screening", "matching"]
    for data in rows(cast):
        try:
            with transaction.atomic():
                receive_notification(cast.service.pk, data, user=cast.police_officer, source=Source.IMPORT)
        except Exception:  # noqa: BLE001 - the refused row, refused alike
            pass
    assert snapshot() == imported


def test_an_import_and_the_form_make_the_same_records(cast: Cast, client: Client) -> None:
    data = notified(cast)
    values = csv_row(data)
    lines = [",".join(POLICE_FIELDS), ",".join(values[name] for name in POLICE_FIELDS)]
    _, imported = import_then_undo(cast, lines, source_and_author=False)
    client.force_login(cast.police_officer)
    assert client.post(reverse("diversion:notify"), posted(cast)).status_code == 302
    assert snapshot(source_and_author=False) == imported
