"""`yjs import-history`: good rows land, bad and repeated rows are reported by file and line, twice changes nothing."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.conftest import Cast
from tests.performance.history_files import child, history, offence, outcome, run
from yjs.children.models import Child
from yjs.cli import command_words
from yjs.justice.models import Offence, Outcome


def mixed(tmp_path: Path) -> Path:
    return history(
        tmp_path / "history",
        [
            child("C1"),
            child("C2", sex="F", local_authority="Bournemouth, Christchurch and Poole"),
            child("C3", date_of_birth="2008-02-30"),  # line 4
            child("C1", sex="F"),  # line 5: repeated
            child("C4", local_authority="E09000001"),  # line 6: not one of the service's
        ],
        [
            offence("O1", "C1"),
            offence("O2", "C2", category="DRUGS", seriousness="5"),
            offence("O3", "C1", seriousness="9"),  # line 4
            offence("O4", "C3"),  # line 5: its child was rejected
            offence("O5", "C9"),  # line 6: no such child
            offence("O1", "C1"),  # line 7: repeated
        ],
        [
            outcome("R1", "C1", "O1"),
            outcome("R2", "C2", "O2", outcome_code="RO"),
            outcome("R3", "C1", "O3"),  # line 4: its offence was rejected
            outcome("R4", "C1", "O2"),  # line 5: another child's offence
            outcome("R1", "C1", "O1"),  # line 6: repeated
        ],
    )


def test_good_rows_land_and_bad_rows_are_reported_by_file_and_line(cast: Cast, tmp_path: Path) -> None:
    output, code = run(mixed(tmp_path))
    assert code == 1
    assert "children.csv: created 2, updated 0, unchanged 0, rejected 3." in output
    assert "offences.csv: created 2, updated 0, unchanged 0, rejected 4." in output
    assert "outcomes.csv: created 2, updated 0, unchanged 0, rejected 3." in output
    assert "children.csv line 4: date_of_birth: Give a date as YYYY-MM-DD" in output
    assert "children.csv line 5: child_id: “C1” is already on line 2 of this file." in output
    assert "children.csv line 6: local_authority: “E09000001” is not a local authority of this service" in output
    assert "offences.csv line 4: seriousness: Give a whole number from 1 to 8, not “9”." in output
    assert "offences.csv line 5: child_id: the row for child “C3” in children.csv (line 4) was rejected." in output
    assert "offences.csv line 6: child_id: No child has the identifier “C9”" in output
    assert "offences.csv line 7: offence_id: “O1” is already on line 2 of this file." in output
    assert "outcomes.csv line 4: offence_id: the row for offence “O3” in offences.csv (line 4) was rejected." in output
    assert "outcomes.csv line 5: offence_id: “O2” is an offence of another child" in output
    assert "outcomes.csv line 6: outcome_id: “R1” is already on line 2 of this file." in output

    children = {c.imported_id: c for c in Child.objects.filter(service=cast.service).exclude(imported_id="")}
    assert set(children) == {"C1", "C2"}
    assert children["C2"].sex == "F"
    assert children["C2"].local_authority.code == "E06000058"
    assert set(Offence.objects.exclude(imported_id="").values_list("imported_id", flat=True)) == {"O1", "O2"}
    ro = Outcome.objects.get(imported_id="R2")
    assert ro.child == children["C2"]
    assert ro.outcome_type_id == "RO"
    assert [o.imported_id for o in ro.offences.all()] == ["O2"]


def test_new_records_start_their_history_and_the_outcome_history_lists_its_offences(cast: Cast, tmp_path: Path) -> None:
    run(mixed(tmp_path))
    child_record = Child.objects.get(imported_id="C1")
    assert [h.history_type for h in child_record.history.all()] == ["+"]
    record = Outcome.objects.get(imported_id="R1")
    (first,) = record.history.all()
    assert [link.offence.imported_id for link in first.offences.all()] == ["O1"]


def test_the_same_files_again_change_nothing_and_say_so(cast: Cast, tmp_path: Path) -> None:
    directory = history(tmp_path / "h", [child("C1"), child("C2")], [offence("O1", "C1")], [outcome("R1", "C1", "O1")])
    assert run(directory)[1] == 0
    versions = list(Child.objects.order_by("pk").values_list("pk", "version", "modified_at"))
    output, code = run(directory)
    assert code == 0
    assert "children.csv: created 0, updated 0, unchanged 2, rejected 0." in output
    assert "offences.csv: created 0, updated 0, unchanged 1, rejected 0." in output
    assert "outcomes.csv: created 0, updated 0, unchanged 1, rejected 0." in output
    assert "Nothing changed" in output
    assert list(Child.objects.order_by("pk").values_list("pk", "version", "modified_at")) == versions
    assert Child.history.filter(imported_id__in=["C1", "C2"]).count() == 2


def test_a_changed_row_updates_the_record_and_keeps_what_it_was(cast: Cast, tmp_path: Path) -> None:
    run(history(tmp_path / "a", [child("C1")], [offence("O1", "C1"), offence("O2", "C1")], [outcome("R1", "C1", "O1")]))
    output, code = run(
        history(
            tmp_path / "b",
            [child("C1", sex="F")],
            [offence("O1", "C1", seriousness="4"), offence("O2", "C1")],
            [outcome("R1", "C1", "O1;O2", outcome_code="YCC")],
        )
    )
    assert code == 0, output
    assert "children.csv: created 0, updated 1, unchanged 0, rejected 0." in output
    assert "offences.csv: created 0, updated 1, unchanged 1, rejected 0." in output
    assert "outcomes.csv: created 0, updated 1, unchanged 0, rejected 0." in output
    record = Child.objects.get(imported_id="C1")
    assert record.sex == "F"
    assert record.version == 2
    assert [h.sex for h in record.history.order_by("history_date", "history_id")] == ["M", "F"]
    changed = Outcome.objects.get(imported_id="R1")
    assert changed.outcome_type_id == "YCC"
    assert sorted(changed.offences.values_list("imported_id", flat=True)) == ["O1", "O2"]
    assert changed.history.order_by("history_date", "history_id").first().outcome_type_id == "YC"


def test_an_offence_cannot_move_to_another_child(cast: Cast, tmp_path: Path) -> None:
    run(history(tmp_path / "a", [child("C1"), child("C2")], [offence("O1", "C1")]))
    output, code = run(history(tmp_path / "b", [child("C1"), child("C2")], [offence("O1", "C2")]))
    assert code == 1
    assert "offences.csv line 2: child_id: This offence is recorded for another child" in output
    assert Offence.objects.get(imported_id="O1").child.imported_id == "C1"


def test_a_file_missing_columns_is_refused_and_nothing_is_imported(cast: Cast, tmp_path: Path) -> None:
    directory = history(
        tmp_path / "h",
        [child("C1")],
        [offence("O1", "C1")],
        outcome_columns=["outcome_id", "child_id", "outcome_date"],
    )
    output, code = run(directory)
    assert code == 2
    assert "outcomes.csv is missing the columns: offence_id, outcome_code, release_date." in output
    assert "Nothing was imported." in output
    assert not Child.objects.filter(imported_id="C1").exists()


def test_a_missing_file_is_an_error(cast: Cast, tmp_path: Path) -> None:
    directory = history(tmp_path / "h", [child("C1")])
    (directory / "offences.csv").unlink()
    output, code = run(directory)
    assert code == 2
    assert "offences.csv is missing from" in output
    assert not Child.objects.filter(imported_id="C1").exists()


def test_another_services_identifiers_do_not_collide(cast: Cast, tmp_path: Path) -> None:
    from tests.factories import LocalAuthorityFactory

    LocalAuthorityFactory(service=cast.other_service, code="E06000060", name="Elsewhere")
    files = [[child("C1")], [offence("O1", "C1")], [outcome("R1", "C1", "O1")]]
    run(history(tmp_path / "dorset", *files))
    elsewhere_files = [
        [child("C1", local_authority="E06000060", sex="F")],
        [offence("O1", "C1")],
        [outcome("R1", "C1", "O1")],
    ]
    output, code = run(history(tmp_path / "elsewhere", *elsewhere_files), service="elsewhere")
    assert code == 0, output
    assert "children.csv: created 1, updated 0, unchanged 0, rejected 0." in output
    assert "outcomes.csv: created 1, updated 0, unchanged 0, rejected 0." in output
    assert Child.objects.get(service=cast.service, imported_id="C1").sex == "M"
    elsewhere = Outcome.objects.get(service=cast.other_service, imported_id="R1")
    assert elsewhere.child.service == cast.other_service
    assert elsewhere.offences.get().service == cast.other_service


def test_rejected_rows_can_be_written_to_a_file(cast: Cast, tmp_path: Path) -> None:
    errors = tmp_path / "errors.csv"
    run(mixed(tmp_path), "--errors", str(errors))
    written = list(csv.DictReader(errors.open()))
    assert written[0] == {
        "file": "children.csv",
        "line": "4",
        "id": "C3",
        "column": "date_of_birth",
        "reason": "Give a date as YYYY-MM-DD, for example 2010-05-17, not “2008-02-30”.",
    }
    assert len(written) == 10


def test_the_command_is_named_with_a_hyphen() -> None:
    assert command_words(["import-history", "DIR"]) == ["import_history", "DIR"]


def test_the_documented_example_imports(cast: Cast) -> None:
    example = Path(__file__).resolve().parents[2] / "docs" / "examples" / "history"
    output, code = run(example)
    assert code == 0, output
    assert "outcomes.csv: created 2, updated 0, unchanged 0, rejected 0." in output
    riley = Child.objects.get(imported_id="C1001")
    assert (riley.full_name, riley.ethnic_group, riley.care_status) == ("Riley Synthetic", "black", "looked_after")
    assert Child.objects.get(imported_id="C1002").full_name == "(no name imported) [C1002]"
    assert sorted(Outcome.objects.get(imported_id="R1").offences.values_list("imported_id", flat=True)) == ["OF1", "OF2"]
    assert str(Outcome.objects.get(imported_id="R2").release_date) == "2023-08-02"


def test_imported_history_is_current_not_archived(cast: Cast, tmp_path: Path) -> None:
    run(mixed(tmp_path))
    for model in (Child, Offence, Outcome):
        imported = model.objects.exclude(imported_id="")
        assert imported.count() == 2
        assert not imported.filter(archived_at__isnull=False).exists()
