"""The rating page: paste or upload an inspection's results, see the ratings table; bad input is explained on the form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tests.conftest import Cast
from yjs.quality.models import Standard

pytestmark = pytest.mark.django_db
DORSET = Path(__file__).resolve().parents[2] / "docs" / "examples" / "dorset-2023.json"
URL = reverse("quality:rate")


def test_an_uploaded_file_is_rated_and_shown_as_a_table(client: Client, cast: Cast) -> None:
    client.force_login(cast.service_manager)
    upload = SimpleUploadedFile("dorset.json", DORSET.read_bytes(), content_type="application/json")

    page = client.post(URL, {"upload": upload}).content.decode()

    assert "Domain 3: Out-of-court disposals" in page
    assert "24/36" in page
    assert 'govuk-tag govuk-tag--green">Outstanding' in page
    assert "Set by: Keeping other people safe" in page
    assert "Download as PDF" in page


def test_counts_are_shown_with_the_near_edge_flag(client: Client, cast: Cast) -> None:
    data = json.loads(DORSET.read_text())
    data["standards"]["2.1"]["key_questions"]["safety_of_others"] = {"yes": 19, "applicable": 24}
    client.force_login(cast.auditor)

    page = client.post(URL, {"results": json.dumps(data)}).content.decode()

    assert "19 of 24 cases" in page
    assert "Near a band edge" in page


def test_a_partial_inspection_shows_its_table_but_no_score(client: Client, cast: Cast) -> None:
    data = json.loads(DORSET.read_text())
    del data["standards"]["1.1"], data["standards"]["3.3"]
    client.force_login(cast.service_manager)

    page = client.post(URL, {"results": json.dumps(data)}).content.decode()

    assert "Not yet: standards 1.1, 3.3 still need a rating" in page
    assert "24/36" not in page


def test_the_table_uses_the_names_as_corrected_in_the_framework(client: Client, cast: Cast) -> None:
    Standard.objects.filter(framework__version="2021", code="1.2").update(name="Staffing")
    client.force_login(cast.service_manager)
    page = client.post(URL, {"results": DORSET.read_text()}).content.decode()
    assert "1.2 Staffing" in page


@pytest.mark.parametrize(
    ("posted", "message"),
    [
        ({"results": ""}, "Paste the inspection results or upload a JSON file"),
        ({"results": "{not json"}, "The file is not valid JSON"),
        ({"results": '{"framework": "2030", "standards": {}}'}, "Unknown framework"),
    ],
)
def test_bad_input_is_explained_and_kept(client: Client, cast: Cast, posted: dict[str, str], message: str) -> None:
    client.force_login(cast.service_manager)
    response = client.post(URL, posted)
    page = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in page
    assert message in page
    if posted["results"]:
        assert posted["results"].replace('"', "&quot;") in page
