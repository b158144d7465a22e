"""`yjs rate-inspection`: the Dorset 2023 inspection reproduced end to end, and bad input refused in one line."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

DORSET = Path(__file__).resolve().parents[2] / "docs" / "examples" / "dorset-2023.json"


def _run(path: Path, *args: str) -> str:
    out = StringIO()
    call_command("rate_inspection", str(path), *args, stdout=out)
    return out.getvalue()


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "inspection.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def _dorset() -> dict[str, Any]:
    return json.loads(DORSET.read_text())


def test_dorset_2023_scores_24_of_36_and_is_good_in_json() -> None:
    result = json.loads(_run(DORSET, "--format", "json"))
    assert (result["framework"], result["score"], result["maximum_score"], result["overall_rating"]) == (
        "2021",
        24,
        36,
        "Good",
    )
    ratings = {code: standard["rating"] for code, standard in result["standards"].items()}
    assert ratings == {
        **{code: "Good" for code in ("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.3", "3.4", "4.1")},
        "3.1": "Requires improvement",
        "3.2": "Outstanding",
    }
    assert result["standards"]["3.1"] | {"key_questions": None} == {
        "name": "Assessment",
        "rating": "Requires improvement",
        "score": 1,
        "lowest_key_question": "safety_of_others",
        "source": "key_questions",
        "key_questions": None,
    }
    assert result["standards"]["3.2"]["score"] == 3
    assert result["standards"]["2.3"]["lowest_key_question"] == "desistance"
    assert result["standards"]["1.1"]["source"] == "judgement"
    assert result["standards"]["4.1"]["score"] is None
    assert result["standards"]["2.1"]["key_questions"]["safety_of_others"] == {
        "percentage": 79,
        "band": "Good",
        "near_edge": False,
    }


def test_dorset_2023_as_a_table() -> None:
    text = _run(DORSET)
    lines = text.splitlines()
    line_31 = next(line for line in lines if line.startswith("3.1 "))
    assert line_31.split()[2:5] == ["86", "71", "60"]
    assert "safety_of_others" in line_31
    assert "Requires improvement" in line_31
    assert "Outstanding" in next(line for line in lines if line.startswith("3.2 "))
    assert "Score: 24/36" in lines
    assert "Overall rating: Good" in lines


def test_counts_and_an_override_are_accepted_and_the_override_is_shown_beside_the_computed(tmp_path: Path) -> None:
    data = _dorset()
    data["standards"]["3.1"] = {
        "key_questions": {
            "desistance": {"yes": 30, "applicable": 35},
            "safety_of_child": {"yes": 25, "applicable": 35},
            "safety_of_others": {"yes": 21, "applicable": 35},
        },
        "override": {"rating": "Good", "reason": "Panel moderated two cases"},
    }
    result = json.loads(_run(_write(tmp_path, data), "--format", "json"))
    standard = result["standards"]["3.1"]
    assert (standard["rating"], standard["computed_rating"], standard["score"]) == ("Good", "Requires improvement", 2)
    assert standard["override"]["reason"] == "Panel moderated two cases"
    assert standard["key_questions"]["safety_of_others"] == {
        "percentage": 60,
        "band": "Requires improvement",
        "near_edge": False,
        "yes": 21,
        "applicable": 35,
    }
    assert (result["score"], result["overall_rating"]) == (25, "Good")
    table = _run(_write(tmp_path, data))
    assert "Good (computed Requires improvement)" in table
    assert "3.1 overridden: Panel moderated two cases" in table


def _without(code: str) -> dict[str, Any]:
    data = _dorset()
    del data["standards"][code]
    return data


def _with(code: str, entry: Any) -> dict[str, Any]:
    data = _dorset()
    data["standards"][code] = entry
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_dorset() | {"framework": "2030"}, "Unknown framework '2030' (known: 2018, 2021)"),
        (_with("5.1", {"rating": "Good"}), "Standard 5.1 is not in the 2021 framework"),
        (
            _with("2.1", {"key_questions": {"desistance": 96, "safety_of_child": 188, "safety_of_others": 79}}),
            "Standard 2.1, safety_of_child: 188 is not a percentage between 0 and 100",
        ),
        (_without("2.2"), "missing 2.2"),
        (_with("1.1", {"rating": "Not rated"}), "Standard 1.1: 'Not rated' is allowed only"),
        (_with("1.1", {"rating": "Excellent"}), "Standard 1.1: 'Excellent' is not a rating"),
        (
            _with(
                "3.1",
                {
                    "key_questions": {"desistance": 1, "safety_of_child": 1, "safety_of_others": 1},
                    "override": {"rating": "Good"},
                },
            ),
            "Standard 3.1: an override needs a reason",
        ),
        ("{not json", "The file is not valid JSON"),
    ],
)
def test_bad_input_is_refused_in_one_line(tmp_path: Path, data: Any, message: str) -> None:
    with pytest.raises(CommandError) as refused:
        _run(_write(tmp_path, data))
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)


def test_every_missing_scored_standard_is_named(tmp_path: Path) -> None:
    data = _dorset()
    for code in ("1.4", "3.3", "3.4"):
        del data["standards"][code]
    with pytest.raises(CommandError, match=r"missing 1\.4, 3\.3, 3\.4$"):
        _run(_write(tmp_path, data))


def test_the_console_script_exits_non_zero_on_bad_input(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = _write(tmp_path, _without("1.1"))
    done = subprocess.run(
        [sys.executable, "-m", "django", "rate_inspection", str(path)],
        capture_output=True,
        text=True,
        env={"DJANGO_SETTINGS_MODULE": "yjs.config.settings", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode != 0
    assert done.stderr.strip().endswith("missing 1.1")
