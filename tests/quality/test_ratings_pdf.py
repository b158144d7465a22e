"""The ratings table as a PDF, from the rating page: one render, as WeasyPrint is slow."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from tests.conftest import Cast

pytestmark = pytest.mark.django_db
DORSET = Path(__file__).resolve().parents[2] / "docs" / "examples" / "dorset-2023.json"


def test_the_pdf_reads_back_every_standard_the_score_and_the_overall_rating(client: Client, cast: Cast) -> None:
    client.force_login(cast.service_manager)
    text = DORSET.read_text().replace(
        '"3.1": {', '"3.1": {"override": {"rating": "Good", "reason": "Panel moderation"}, ', 1
    )

    response = client.post(reverse("quality:rate_pdf"), {"results": text})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="inspection-ratings-2021.pdf"'
    # Words as drawn, whatever the line breaks in the table's narrow cells.
    pdf = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(response.content)).pages)
    for expected in (
        f"Inspection ratings: {cast.service.name}",
        "Domain 1: Organisational delivery",
        "Domain 4: Resettlement",
        "2.1 Assessment",
        "3.2 Planning",
        "Outstanding",
        "Requires improvement",
        "Overridden by the rating panel; computed: Requires improvement",
        "Panel moderation",
        "25/36",
        "Overall rating",
        "Page 1 of",
    ):
        assert expected in pdf, expected
