from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from yjs.children.models import Child

RESOURCES = [
    "children",
    "offences",
    "outcomes",
    "interventions",
    "assessments",
    "plans",
    "reviews",
    "significant-changes",
    "contacts",
]


def run(*args: str) -> str:
    out = StringIO()
    call_command("api_contract_data", *args, stdout=out)
    return out.getvalue().strip()


@pytest.mark.django_db
def test_the_contract_check_data_gives_a_token_that_reads_one_child_and_their_records() -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {run()}")
    for resource in RESOURCES:
        assert client.get(f"/api/v1/{resource}/").json()["count"] == 1


@pytest.mark.django_db
def test_running_it_twice_gives_the_same_token_and_no_second_child() -> None:
    assert run() == run()
    assert Child.objects.count() == 1


@pytest.mark.django_db
def test_it_refuses_to_run_in_production(settings) -> None:  # type: ignore[no-untyped-def]
    settings.PRODUCTION = True
    with pytest.raises(CommandError):
        run()


@pytest.mark.django_db
def test_a_team_manager_of_the_same_team_gets_a_token_that_reaches_the_same_case() -> None:
    run()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {run('--username', 'api-check-manager', '--role', 'team_manager')}")
    assert client.get("/api/v1/interventions/").json()["count"] == 1
    assert Child.objects.count() == 1
