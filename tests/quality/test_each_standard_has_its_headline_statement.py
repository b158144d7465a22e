"""Each standard carries its headline statement, loaded with the framework and corrected on its page with history."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from yjs.quality.models import Standard

pytestmark = pytest.mark.django_db


def test_every_standard_of_both_versions_is_loaded_with_a_headline() -> None:
    standards = Standard.objects.filter(framework__version__in=["2018", "2021"])

    assert standards.count() == 25  # 2018: 12; 2021: 12 and 4.1
    assert not standards.filter(headline="").exists()
    assert Standard.objects.get(framework__version="2021", code="2.1").headline.startswith(
        "Assessment is well-informed, analytical and personalised"
    )
    assert Standard.objects.get(framework__version="2018", code="3.4").headline.startswith("Joint working with the police")


def test_a_service_manager_corrects_a_headline_and_the_earlier_wording_is_kept(client: Client, cast: Cast) -> None:
    standard = Standard.objects.get(framework__version="2021", code="3.4")
    loaded = standard.headline
    client.force_login(cast.service_manager)

    response = client.post(
        reverse("quality:standard_edit", args=[standard.pk]),
        {"name": standard.name, "headline": "  Out-of-court work is diverted, jointly decided and effective.  "},
    )

    assert response.status_code == 302
    standard.refresh_from_db()
    assert standard.headline == "Out-of-court work is diverted, jointly decided and effective."
    assert [h.headline for h in standard.history.order_by("history_date")] == [loaded, standard.headline]
    page = client.get(reverse("quality:framework", args=["2021"])).content.decode()
    assert "Out-of-court work is diverted, jointly decided and effective." in page


def test_the_framework_page_shows_the_headline_above_the_key_questions(client: Client, cast: Cast) -> None:
    standard = Standard.objects.get(framework__version="2021", code="2.2")
    client.force_login(cast.service_manager)

    page = client.get(reverse("quality:framework", args=["2021"])).content.decode()

    assert page.index(standard.headline) < page.index("Does planning focus sufficiently on supporting the child")
