"""Rows of `yjs import-history` meet the rules a practitioner's form applies, and every ethnicity reports in its group."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cast
from tests.performance.history_files import CHILD_COLUMNS, child, history, offence, outcome, run
from yjs.children.models import Child
from yjs.children.vocabularies import EthnicGroup, ethnic_group
from yjs.justice.models import Offence, Outcome
from yjs.performance.history_import.children import PLACEHOLDER_FIRST_NAME


def test_ethnicity_is_read_as_a_code_a_name_or_only_a_group(cast: Cast, tmp_path: Path) -> None:
    given = {
        "C1": "B_CARIBBEAN",
        "C2": "Asian or Asian British: Pakistani",
        "C3": "Black or Black British",
        "C4": "Mixed",
        "C5": "Mixed or multiple ethnic groups",
        "C6": "white",
        "C7": "Other ethnic group",
        "C8": "Not known",
        "C9": "Not stated",
        "C10": "Martian",
    }
    output, code = run(history(tmp_path / "h", [child(cid, ethnicity=text) for cid, text in given.items()]))
    assert code == 1
    assert "children.csv line 11: ethnicity: “Martian” is not an ONS 2021 ethnicity" in output
    stored = dict(Child.objects.exclude(imported_id="").values_list("imported_id", "ethnicity"))
    assert stored == {
        "C1": "B_CARIBBEAN",
        "C2": "A_PAKISTANI",
        "C3": "B_GROUP",
        "C4": "M_GROUP",
        "C5": "M_GROUP",
        "C6": "W_GROUP",
        "C7": "O_GROUP",
        "C8": "NOT_STATED",
        "C9": "NOT_STATED",
    }
    groups = {cid: ethnic_group(code) for cid, code in stored.items()}
    assert groups["C3"] == EthnicGroup.BLACK
    assert groups["C4"] == groups["C5"] == EthnicGroup.MIXED
    assert groups["C6"] == EthnicGroup.WHITE
    assert groups["C7"] == EthnicGroup.OTHER
    assert groups["C8"] == EthnicGroup.NOT_KNOWN


def test_a_child_without_a_name_gets_a_placeholder_and_a_later_name_replaces_it(cast: Cast, tmp_path: Path) -> None:
    run(history(tmp_path / "a", [child("C1")]))
    record = Child.objects.get(imported_id="C1")
    assert (record.first_name, record.last_name) == (PLACEHOLDER_FIRST_NAME, "[C1]")
    columns = [*CHILD_COLUMNS, "first_name", "last_name", "care_status", "substance_misuse", "send_status"]
    named = child("C1", first_name="Riley", last_name="Synthetic", care_status="looked_after", substance_misuse="yes")
    output, code = run(history(tmp_path / "b", [named], child_columns=columns))
    assert code == 0, output
    record.refresh_from_db()
    assert (record.first_name, record.last_name, record.care_status) == ("Riley", "Synthetic", "looked_after")
    assert record.substance_misuse is True
    assert record.send_status == "not_known"  # left empty: as it was


def test_a_release_date_is_only_for_custody_and_after_the_sentence(cast: Cast, tmp_path: Path) -> None:
    output, code = run(
        history(
            tmp_path / "h",
            [child("C1")],
            [offence("O1", "C1"), offence("O2", "C1"), offence("O3", "C1")],
            [
                outcome("R1", "C1", "O1", outcome_code="DTO", release_date="2022-11-01"),
                outcome("R2", "C1", "O2", outcome_code="RO", release_date="2022-11-01"),
                outcome("R3", "C1", "O3", outcome_code="DTO", release_date="2022-06-01"),
            ],
        )
    )
    assert code == 1
    assert "outcomes.csv line 3: release_date: Only a custodial sentence has a release date." in output
    assert "outcomes.csv line 4: release_date: The release date must be after the sentence date." in output
    assert [(o.imported_id, str(o.release_date)) for o in Outcome.objects.exclude(imported_id="")] == [("R1", "2022-11-01")]


def test_offences_and_outcomes_meet_the_age_and_date_rules(cast: Cast, tmp_path: Path) -> None:
    output, code = run(
        history(
            tmp_path / "h",
            [child("C1")],
            [
                offence("O1", "C1"),
                offence("O2", "C1", offence_date="2017-05-01"),  # aged 9
                offence("O3", "C1", category="SHOPLIFTING"),
            ],
            [
                outcome("R1", "C1", "O1", outcome_date="2022-04-01"),  # before the offence
                outcome("R2", "C1", "O1", outcome_code="XYZ"),
                outcome("R3", "C1", ""),
            ],
        )
    )
    assert code == 1
    assert "offences.csv line 3: offence_date: The child was 9 on the date of the offence" in output
    assert "offences.csv line 4: category: “SHOPLIFTING” is not an offence category" in output
    assert "outcomes.csv line 2: outcome_date: The outcome date must be on or after the date of each offence." in output
    assert "outcomes.csv line 3: outcome_code: “XYZ” is not an outcome code" in output
    assert "outcomes.csv line 4: offence_id: Give the identifier of each offence" in output
    assert list(Offence.objects.exclude(imported_id="").values_list("imported_id", flat=True)) == ["O1"]
    assert not Outcome.objects.exclude(imported_id="").exists()


def test_an_outcome_code_must_be_valid_on_the_outcome_date(cast: Cast, tmp_path: Path) -> None:
    from yjs.justice.models import OutcomeType

    OutcomeType.objects.filter(code="YCC").update(valid_to="2021-12-31")
    output, code = run(
        history(tmp_path / "h", [child("C1")], [offence("O1", "C1")], [outcome("R1", "C1", "O1", outcome_code="YCC")])
    )
    assert code == 1
    assert "outcomes.csv line 2: outcome_code: Youth conditional caution was not a valid outcome on 1 July 2022." in output
