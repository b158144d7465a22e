"""save_checked: what the practice areas' services call to save any record they change."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from tests.conftest import Cast
from yjs.children.models import Carer, Child
from yjs.core.concurrency import StaleRecordError, save_checked
from yjs.core.models import Team


def test_a_new_case_record_is_stamped_with_who_made_it_and_its_history_names_them(cast: Cast) -> None:
    carer = Carer(child=cast.child, service=cast.service, name="Robin Carer", relationship="Aunt")

    save_checked(carer, cast.case_manager)

    carer.refresh_from_db()
    assert (carer.created_by, carer.modified_by, carer.version) == (cast.case_manager, cast.case_manager, 1)
    assert carer.history.get().history_user == cast.case_manager


def test_a_change_read_before_someone_else_saved_is_refused(cast: Cast) -> None:
    first = Child.objects.get(pk=cast.child.pk)
    second = Child.objects.get(pk=cast.child.pk)
    first.gender_identity = "Non-binary"
    save_checked(first, cast.case_manager)

    second.gender_identity = "Girl"
    with pytest.raises(StaleRecordError):
        save_checked(second, cast.team_manager)
    assert Child.objects.get(pk=cast.child.pk).gender_identity == "Non-binary"


def test_an_invalid_record_is_refused_before_anything_is_written(cast: Cast) -> None:
    child = Child.objects.get(pk=cast.child.pk)
    child.local_authority = cast.other_service_child.local_authority  # another service's authority

    with pytest.raises(ValidationError):
        save_checked(child, cast.case_manager)
    assert Child.objects.get(pk=cast.child.pk).version == 1


def test_a_record_that_is_not_a_case_record_is_simply_saved(cast: Cast) -> None:
    team = Team(service=cast.service, name="Resettlement")

    save_checked(team, cast.service_manager)

    assert Team.objects.filter(service=cast.service, name="Resettlement").exists()
