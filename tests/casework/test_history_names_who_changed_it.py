from __future__ import annotations

from tests.conftest import Cast
from yjs.casework.services import save_and_submit_assessment, save_assessment

COMPLETE = {"factors_for_desistance": "Coach", "safety_rating": "low", "rosh_rating": "low", "reoffending_likelihood": "low"}


def test_each_version_of_an_assessment_is_kept_with_who_saved_it(cast: Cast) -> None:
    draft = save_assessment(cast.case_manager, cast.intervention, {"motivation": "First"})
    save_and_submit_assessment(cast.case_manager, cast.intervention, COMPLETE, draft, draft.version)
    versions = list(draft.history.order_by("history_id"))
    assert [v.status for v in versions] == ["draft", "draft", "submitted"]
    assert {v.history_user for v in versions} == {cast.case_manager}
    assert versions[0].motivation == "First"
