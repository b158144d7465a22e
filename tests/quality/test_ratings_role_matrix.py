"""The framework and rating pages, every role: the exact answer each role gets, as one table.

The framework is HMIP's national wording, shared by every service: managers, auditors and administrators
read it, a service manager or administrator (of any service) corrects it. Rating an inspection's results is
for service managers and auditors; it saves nothing. Every other role is refused (403), and a refused POST
changes no table.

A page added to the framework or rating view modules without a row here fails
test_every_framework_and_rating_page_has_a_row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, resolve, reverse

from tests.access_matrix import Row, saved, statuses, table_sizes
from tests.conftest import ROLE_NAMES, Cast
from yjs.core.models import User
from yjs.quality.models import KeyQuestion, Standard
from yjs.quality.views import frameworks, rating

pytestmark = pytest.mark.django_db

DORSET = (Path(__file__).resolve().parents[2] / "docs" / "examples" / "dorset-2023.json").read_text()
READ = statuses(403, team_manager=200, service_manager=200, auditor=200, administrator=200, other_service_manager=200)
KEEP = statuses(403, service_manager=200, administrator=200, other_service_manager=200)
RATE = statuses(403, service_manager=200, auditor=200, other_service_manager=200)


def _standard(cast: Cast) -> str:
    return reverse("quality:standard_edit", args=[Standard.objects.get(framework__version="2021", code="1.2").pk])


def _question(cast: Cast) -> str:
    question = KeyQuestion.objects.get(standard__framework__version="2021", standard__code="2.2", area="desistance")
    return reverse("quality:key_question_edit", args=[question.pk])


def renamed(cast: Cast, user: User) -> dict[str, Any]:
    return {"name": f"Staff ({user.username})"}


def reworded(cast: Cast, user: User) -> dict[str, Any]:
    return {"text": f"Does planning support desistance? ({user.username})", "prompts": "One\nTwo"}


def results(cast: Cast, user: User) -> dict[str, Any]:
    return {"results": DORSET}


ROWS: list[Row] = [
    Row("the frameworks", "quality:frameworks", lambda cast: reverse("quality:frameworks"), "get", READ),
    Row("a framework", "quality:framework", lambda cast: reverse("quality:framework", args=["2021"]), "get", READ),
    Row("rename a standard", "quality:standard_edit", _standard, "get", KEEP),
    Row("rename a standard", "quality:standard_edit", _standard, "post", saved(KEEP), renamed),
    Row("reword a key question", "quality:key_question_edit", _question, "get", KEEP),
    Row("reword a key question", "quality:key_question_edit", _question, "post", saved(KEEP), reworded),
    Row("rate an inspection", "quality:rate", lambda cast: reverse("quality:rate"), "get", RATE),
    # Rating shows the table on the same page and saves nothing.
    Row("rate an inspection", "quality:rate", lambda cast: reverse("quality:rate"), "post", RATE, results),
]
CASES = [pytest.param(row, role, id=f"{row.method} {row.name} as {role}") for row in ROWS for role in ROLE_NAMES]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_each_role_gets_the_expected_answer_from_each_framework_and_rating_page(
    cast: Cast, client: Client, row: Row, role: str
) -> None:
    user = cast.user(role)
    client.force_login(user)
    url = row.url(cast)
    if row.method == "get":
        assert client.get(url).status_code == row.expected[role]
        return
    before = table_sizes(("quality",))
    response = client.post(url, row.data(cast, user) if row.data else {})
    assert response.status_code == row.expected[role]
    if response.status_code == 302:
        assert table_sizes(("quality",)) != before, "a POST that redirects must have saved something"
    else:
        assert table_sizes(("quality",)) == before, "a refused POST, or rating, must save nothing"


@pytest.mark.parametrize("role", [role for role in ROLE_NAMES if RATE[role] != 200])
def test_the_pdf_is_refused_to_roles_that_do_not_rate(cast: Cast, client: Client, role: str) -> None:
    # The PDF render itself is tested once (test_ratings_pdf), as WeasyPrint is slow; here only the refusals.
    client.force_login(cast.user(role))
    assert client.post(reverse("quality:rate_pdf"), {"results": DORSET}).status_code == 403


def test_a_rating_page_post_shows_the_table(cast: Cast, client: Client) -> None:
    client.force_login(cast.auditor)
    page = client.post(reverse("quality:rate"), {"results": DORSET}).content.decode()
    assert "24/36" in page
    assert "Requires improvement" in page


def test_every_framework_and_rating_page_has_a_row() -> None:
    pages = {f"quality:{p.name}" for p in [*frameworks.urlpatterns, *rating.urlpatterns] if isinstance(p, URLPattern)}
    assert pages - {row.url_name for row in ROWS} - {"quality:rate_pdf"} == set()


def test_every_row_builds_the_url_of_the_page_it_names(cast: Cast) -> None:
    for row in ROWS:
        assert resolve(row.url(cast)).view_name == row.url_name, row.name


def test_signed_out_visitors_are_sent_to_sign_in(client: Client) -> None:
    for url in (reverse("quality:frameworks"), reverse("quality:rate")):
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"] or "sign-in" in response["Location"]
