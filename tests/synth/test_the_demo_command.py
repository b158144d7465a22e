from __future__ import annotations

from datetime import date
from io import StringIO

from django.core.management import call_command

from yjs.casework.models import Assessment, Intervention
from yjs.children.models import Child
from yjs.core.models import Service, User
from yjs.core.roles import Role
from yjs.synth.logins import USERNAMES, password_for

AS_OF = date(2026, 6, 30)


def _demo() -> str:
    out = StringIO()
    call_command("demo", children=400, as_of=AS_OF, stdout=out, verbosity=0)
    return out.getvalue()


def _caseload_pks() -> list[int]:
    return list(Intervention.objects.open().filter(case_manager__username="casemanager").values_list("pk", flat=True))


def test_there_is_one_demo_login_for_every_role() -> None:
    assert set(USERNAMES) == set(Role)


def test_the_demo_makes_one_service_and_one_login_per_role(db) -> None:  # type: ignore[no-untyped-def]
    printed = _demo()
    assert Service.objects.count() == 1
    for role, username in USERNAMES.items():
        user = User.objects.get(username=username)
        assert user.role == role
        assert user.check_password(password_for(username))
        assert f"{username}  " in printed


def test_running_the_demo_again_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    _demo()
    children, users = Child.objects.count(), User.objects.count()
    caseload = set(_caseload_pks())
    User.objects.filter(username="police").update(is_active=False)
    _demo()
    assert (Service.objects.count(), Child.objects.count(), User.objects.count()) == (1, children, users)
    assert set(_caseload_pks()) == caseload
    assert User.objects.get(username="police").is_active


def test_the_demo_case_manager_has_a_caseload_in_the_team_managers_team(db) -> None:  # type: ignore[no-untyped-def]
    _demo()
    case_manager = User.objects.get(username="casemanager")
    caseload = Intervention.objects.open().filter(case_manager=case_manager)
    assert caseload.count() >= 10
    assert not caseload.exclude(team=case_manager.team).exists()
    assert User.objects.get(username="teammanager").team == case_manager.team
    assert caseload.filter(next_review_due__lt=AS_OF).exists()
    awaiting = Assessment.objects.filter(intervention__in=caseload, status="submitted")
    assert awaiting.exists()
    assert not awaiting.exclude(submitted_by=case_manager).exists()
    assert not caseload.filter(allocations__ended_on__isnull=True).exclude(allocations__case_manager=case_manager).exists()
