"""A service manager or administrator corrects the framework's wording on its pages; every earlier wording is kept."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from yjs.quality.models import KeyQuestion, Prompt, Standard

pytestmark = pytest.mark.django_db


def _question() -> KeyQuestion:
    return KeyQuestion.objects.get(standard__framework__version="2021", standard__code="2.1", area="safety_of_others")


def test_a_service_manager_rewords_a_key_question_and_its_prompts(client: Client, cast: Cast) -> None:
    question = _question()
    first_prompt = question.prompts.order_by("order").first()
    assert first_prompt is not None
    removed = list(question.prompts.order_by("order"))[2:]
    client.force_login(cast.service_manager)
    url = reverse("quality:key_question_edit", args=[question.pk])

    response = client.post(
        url,
        {
            "text": "Does assessment sufficiently analyse how to keep other people safe, as HMIP words it?",
            "prompts": "Risk of harm identified and analysed\n\n  Who is at risk, and the nature of the risk  \n",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("quality:framework", args=["2021"])
    question.refresh_from_db()
    assert question.text.endswith("as HMIP words it?")
    assert list(question.prompts.order_by("order").values_list("text", flat=True)) == [
        "Risk of harm identified and analysed",
        "Who is at risk, and the nature of the risk",
    ]
    earlier = question.history.order_by("history_date")
    assert [h.text for h in earlier] == [
        "Does assessment sufficiently analyse how to keep other people safe?",
        question.text,
    ]
    assert earlier.last().history_user == cast.service_manager
    # The first prompt kept its row, so its history reads from the old wording to the new.
    assert [h.text for h in first_prompt.history.order_by("history_date")] == [
        "The risk of harm to others is identified and analysed",
        "Risk of harm identified and analysed",
    ]
    for prompt in removed:
        assert not Prompt.objects.filter(pk=prompt.pk).exists()
        assert prompt.history.filter(history_type="-").exists()
    # The page shows the changes, newest first.
    page = client.get(url).content.decode()
    assert "Does assessment sufficiently analyse how to keep other people safe?" in page


def test_an_administrator_renames_a_standard_and_the_old_name_is_kept(client: Client, cast: Cast) -> None:
    standard = Standard.objects.get(framework__version="2021", code="1.4")
    client.force_login(cast.administrator)

    response = client.post(
        reverse("quality:standard_edit", args=[standard.pk]), {"name": "Information and facilities (ICT)"}
    )

    assert response.status_code == 302
    standard.refresh_from_db()
    assert standard.name == "Information and facilities (ICT)"
    assert [h.name for h in standard.history.order_by("history_date")] == [
        "Information and facilities",
        "Information and facilities (ICT)",
    ]
    page = client.get(reverse("quality:framework", args=["2021"])).content.decode()
    assert "1.4 Information and facilities (ICT)" in page


def test_an_empty_question_is_refused_and_what_was_typed_is_kept(client: Client, cast: Cast) -> None:
    question = _question()
    client.force_login(cast.service_manager)

    response = client.post(reverse("quality:key_question_edit", args=[question.pk]), {"text": " ", "prompts": "Kept prompt"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "govuk-error-summary" in page
    assert "Kept prompt" in page
    question.refresh_from_db()
    assert question.text == "Does assessment sufficiently analyse how to keep other people safe?"


@pytest.mark.parametrize("role", ["team_manager", "auditor", "case_manager", "board_member"])
def test_other_roles_cannot_change_the_wording(client: Client, cast: Cast, role: str) -> None:
    question = _question()
    client.force_login(cast.user(role))

    response = client.post(reverse("quality:key_question_edit", args=[question.pk]), {"text": "Changed", "prompts": "x"})

    assert response.status_code == 403
    question.refresh_from_db()
    assert question.text == "Does assessment sufficiently analyse how to keep other people safe?"
    assert question.history.count() == 1  # only the wording as loaded


def test_readers_see_the_framework_without_the_change_links(client: Client, cast: Cast) -> None:
    client.force_login(cast.auditor)
    page = client.get(reverse("quality:framework", args=["2018"])).content.decode()
    assert "3.4 Joint working" in page
    assert "Does joint working with the police support the child&#x27;s desistance?" in page
    assert "Change wording" not in page
    client.force_login(cast.service_manager)
    assert "Change wording" in client.get(reverse("quality:framework", args=["2018"])).content.decode()
