"""`yjs import-notifications`: good rows land, bad rows are reported by line, the same file twice changes nothing."""

from __future__ import annotations

import csv
from datetime import timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from tests.conftest import Cast
from tests.diversion.conftest import Pipeline
from tests.diversion.intake.conftest import csv_row, notified, table_counts
from yjs.children.models import Child
from yjs.cli import command_words
from yjs.diversion.models import Notification
from yjs.diversion.vocabularies import Source, Stage

COLUMNS = [
    "police_reference",
    "first_name",
    "last_name",
    "date_of_birth",
    "pnc_number",
    "sex",
    "local_authority",
    "offence_date",
    "offence_description",
    "gravity_score",
    "admitted",
    "officer",
]


def write(path: Path, rows: list[dict[str, Any]], columns: list[str] = COLUMNS) -> Path:
    with path.open("w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(path: Path, *options: str) -> tuple[str, int]:
    out = StringIO()
    try:
        call_command("import_notifications", str(path), "--service", "dorset", *options, stdout=out)
    except CommandError as error:
        return out.getvalue() + str(error), error.returncode
    return out.getvalue(), 0


def row(cast: Cast, number: int, **changes: Any) -> dict[str, str]:
    values = {"police_reference": f"IMP/{number}", "first_name": f"Child{number}", "last_name": "Imported", **changes}
    return csv_row(notified(cast, **values))


def mixed_file(cast: Cast, tmp_path: Path) -> Path:
    rows = [row(cast, 1), row(cast, 2), row(cast, 3)]
    rows.append({**row(cast, 4), "date_of_birth": "2012-02-30"})  # line 5
    rows.append(row(cast, 1))  # line 6: a repeat of line 2
    rows.append({**row(cast, 6), "gravity_score": "9", "admitted": "perhaps"})  # line 7
    return write(tmp_path / "notifications.csv", rows)


def test_good_rows_land_and_bad_rows_are_reported_by_line(cast: Cast, tmp_path: Path) -> None:
    output, code = run(mixed_file(cast, tmp_path))
    assert "Created 3, updated 0, unchanged 1, rejected 2." in output
    assert "line 5: date_of_birth: Give a date as YYYY-MM-DD" in output
    assert "line 7: gravity_score: Give the gravity score as a whole number from 1 to 5; admitted:" in output
    assert code == 1
    assert set(Notification.objects.values_list("police_reference", flat=True)) == {"IMP/1", "IMP/2", "IMP/3"}
    assert set(Notification.objects.values_list("source", flat=True)) == {Source.IMPORT}


def test_rejected_rows_can_be_written_to_a_file(cast: Cast, tmp_path: Path) -> None:
    errors = tmp_path / "errors.csv"
    run(mixed_file(cast, tmp_path), "--errors", str(errors))
    written = list(csv.DictReader(errors.open()))
    assert [(line["line"], line["column"]) for line in written] == [
        ("5", "date_of_birth"),
        ("7", "gravity_score"),
        ("7", "admitted"),
    ]


def test_a_file_missing_columns_is_refused_naming_them_and_nothing_is_written(cast: Cast, tmp_path: Path) -> None:
    before = table_counts()
    columns = [column for column in COLUMNS if column not in ("pnc_number", "admitted")]
    output, code = run(write(tmp_path / "short.csv", [row(cast, 1)], columns))
    assert "missing the columns: pnc_number, admitted" in output
    assert code == 2
    assert table_counts() == before


def test_importing_the_same_file_twice_changes_nothing(cast: Cast, tmp_path: Path) -> None:
    path = mixed_file(cast, tmp_path)
    run(path)
    before = table_counts()
    versions = list(Notification.objects.order_by("pk").values_list("version", flat=True))
    output, _ = run(path)
    assert "Created 0, updated 0, unchanged 4, rejected 2." in output
    assert table_counts() == before
    assert list(Notification.objects.order_by("pk").values_list("version", flat=True)) == versions


def test_a_correction_updates_a_notification_not_yet_decided(cast: Cast, tmp_path: Path) -> None:
    run(write(tmp_path / "first.csv", [row(cast, 1)]))
    output, code = run(write(tmp_path / "second.csv", [row(cast, 1, offence_description="Theft of a bicycle")]))
    notification = Notification.objects.get(police_reference="IMP/1")
    assert ("Created 0, updated 1, unchanged 0, rejected 0.", code) == (output.splitlines()[0], 0)
    assert (notification.offence_description, notification.version) == ("Theft of a bicycle", 2)
    assert notification.history.count() == 2


def test_a_correction_to_a_decided_notification_is_rejected(pipeline: Pipeline, tmp_path: Path) -> None:
    reference = pipeline.decided.police_reference
    path = write(tmp_path / "late.csv", [row(pipeline.cast, 1, police_reference=reference)])
    output, code = run(path)
    assert f"line 2: police_reference: Police reference {reference} has already been decided" in output
    assert code == 1
    pipeline.decided.refresh_from_db()
    assert pipeline.decided.first_name != "Child1"


def test_a_child_under_10_at_the_offence_is_rejected(cast: Cast, tmp_path: Path) -> None:
    young = notified(cast)["offence_date"] - timedelta(days=365 * 9)
    output, _ = run(write(tmp_path / "young.csv", [row(cast, 1, date_of_birth=young)]))
    assert "line 2: date_of_birth: The child was 8 on the date of the offence" in output
    assert not Notification.objects.exists()


def test_answers_and_codes_are_read_in_any_case(cast: Cast, tmp_path: Path) -> None:
    rows = [{**row(cast, 1), "admitted": "Y", "sex": "f"}, {**row(cast, 2), "admitted": "FALSE"}]
    run(write(tmp_path / "answers.csv", rows))
    assert dict(Notification.objects.values_list("police_reference", "admitted")) == {"IMP/1": True, "IMP/2": False}
    assert Notification.objects.get(police_reference="IMP/1").sex == "F"


def test_a_service_with_several_local_authorities_needs_one_named(cast: Cast, tmp_path: Path) -> None:
    columns = [column for column in COLUMNS if column != "local_authority"]
    output, code = run(write(tmp_path / "no-la.csv", [row(cast, 1)], columns))
    assert "several local authorities" in output
    assert code == 2
    output, code = run(write(tmp_path / "no-la.csv", [row(cast, 1)], columns), "--local-authority", "E06000059")
    assert Notification.objects.get().local_authority.code == "E06000059"


def test_the_user_named_is_recorded_as_the_author(cast: Cast, tmp_path: Path) -> None:
    run(write(tmp_path / "one.csv", [row(cast, 1)]), "--user", "police")
    notification = Notification.objects.get()
    assert notification.created_by == cast.police_officer
    assert notification.history.get().history_user == cast.police_officer


def test_a_repeat_child_in_the_same_file_is_linked_to_the_child_the_file_made(cast: Cast, tmp_path: Path) -> None:
    first = row(cast, 1, pnc_number="12/345678x")
    second = {**first, "police_reference": "IMP/2"}
    run(write(tmp_path / "repeat.csv", [first, second]))
    one, two = Notification.objects.order_by("police_reference")
    assert one.child_id == two.child_id is not None
    assert (one.stage, two.stage, one.child.pnc_number) == (Stage.SCREENING, Stage.SCREENING, "12/345678X")


def test_a_repeat_child_in_a_later_chunk_is_linked_to_the_child_an_earlier_chunk_made(cast: Cast, tmp_path: Path) -> None:
    first = row(cast, 1, pnc_number="12/345678x")
    second = {**first, "police_reference": "IMP/2"}
    run(write(tmp_path / "repeat.csv", [first, second]), "--chunk-size", "1")
    one, two = Notification.objects.order_by("police_reference")
    assert one.child_id == two.child_id is not None
    assert Child.objects.filter(pnc_number="12/345678X").count() == 1


def test_imported_records_are_not_archived(cast: Cast, tmp_path: Path) -> None:
    run(write(tmp_path / "one.csv", [row(cast, 1)]))
    notification = Notification.objects.get()
    assert (notification.archived_at, notification.child.archived_at) == (None, None)
    assert [request.archived_at for request in notification.screening_requests.all()] == [None] * 4


@pytest.mark.parametrize("chunk_size", ["1", "2"])
def test_the_result_does_not_depend_on_the_chunk_size(cast: Cast, tmp_path: Path, chunk_size: str) -> None:
    output, _ = run(mixed_file(cast, tmp_path), "--chunk-size", chunk_size)
    assert "Created 3, updated 0, unchanged 1, rejected 2." in output


def test_the_command_answers_to_its_hyphenated_name() -> None:
    assert command_words(["import-notifications", "my-file.csv", "--user", "pc-1"]) == [
        "import_notifications",
        "my-file.csv",
        "--user",
        "pc-1",
    ]


def test_an_import_never_gives_a_new_notification_the_key_of_a_deleted_one(cast: Cast, tmp_path: Path) -> None:
    run(write(tmp_path / "first.csv", [row(cast, 1)]))
    deleted = Notification.objects.get().pk
    Notification.objects.filter(pk=deleted).delete()  # its history keeps its key: a new record must not take it
    run(write(tmp_path / "second.csv", [row(cast, 2)]))
    assert Notification.objects.get().pk > deleted


def test_each_imported_record_has_one_created_history_row_holding_it_as_it_landed(cast: Cast, tmp_path: Path) -> None:
    # Characters COPY's text format escapes, and CSV quotes; two addresses, so that the column varies.
    addresses = ['Flat 2\tBack\\Room, "Rose" Lane\nSecond line', "1 Synthetic Road\\N"]
    rows = [
        row(cast, number, address=address, last_name=surname)
        for number, (address, surname) in enumerate(zip(addresses, ["Ashby", "Brook"], strict=True), start=1)
    ]
    run(write(tmp_path / "two.csv", rows, [*COLUMNS, "address"]), "--user", "police")
    notifications = list(Notification.objects.order_by("police_reference"))
    assert [(item.address, item.child.address) for item in notifications] == [(address, address) for address in addresses]
    for notification in notifications:
        for record in [notification, notification.child, *notification.screening_requests.all()]:
            (history,) = record.history.all()
            fields = [field.attname for field in type(record)._meta.concrete_fields]
            assert [getattr(history, name) for name in fields] == [getattr(record, name) for name in fields]
            assert (history.history_type, history.history_user_id) == ("+", cast.police_officer.pk)
