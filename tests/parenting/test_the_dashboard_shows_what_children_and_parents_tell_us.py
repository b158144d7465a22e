"""The dashboard's "What children and parents tell us" section, as staff and as a board member read it."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from tests.parenting.conftest import Family
from tests.parenting.factories import FeedbackFactory

pytestmark = pytest.mark.django_db

URL = reverse("performance:dashboard") + "?year_ending=2025Q1"


def _section(client: Client, family: Family, role: str) -> str:
    client.force_login(family.cast.user(role))
    page = client.get(URL).content.decode()
    start = page.index('id="feedback"')
    return page[start : page.index("</section>", start)]


@pytest.fixture
def answers(family: Family) -> Family:
    # Six children's answers in April to June 2025 (mean (8 x 3 + 6 + 9 + 10) / 6 = 8.2) and three parents'.
    for score in (8, 8, 8, 6, 9, 10):
        FeedbackFactory(intervention=family.cast.intervention, given_on=date(2025, 5, 1), score=score)
    for score in (5, 7, 6):
        FeedbackFactory(
            intervention=family.cast.intervention,
            given_on=date(2025, 6, 1),
            score=score,
            respondent="carer",
            carer=family.carer,
        )
    return family


def test_staff_see_each_count_and_mean(client: Client, answers: Family) -> None:
    section = _section(client, answers, "team_manager")
    assert "What children and parents tell us" in section
    assert "Mean feedback score out of 10 in each quarter" in section
    assert "Feedback scores by type of intervention, 12 months to 30 Jun 2025" in section
    # The quarter's row: children 6, 8.2, 5 of 6 scoring 7 or more (83%); parents 3, 6.0, 1 of 3 (33%).
    assert _row(section, "Apr-Jun 2025") == ["Apr-Jun 2025", "6", "8.2", "83%", "3", "6.0", "33%"]
    assert _row(section, "Referral order") == ["Referral order", "6", "8.2", "83%", "3", "6.0", "33%"]
    assert "All the feedback from children and parents" in section


def test_a_board_member_sees_small_counts_withheld_and_no_small_mean(client: Client, answers: Family) -> None:
    section = _section(client, answers, "board_member")
    # Children: 6 shown with their mean; 1 of 6 scored under 7, so the share is withheld. Parents: 3 is "<5".
    assert _row(section, "Apr-Jun 2025") == ["Apr-Jun 2025", "6", "8.2", "[c]", "&lt;5", "[c]", "[c]"]
    assert _row(section, "Referral order") == ["Referral order", "6", "8.2", "[c]", "&lt;5", "[c]", "[c]"]
    assert ">6.0<" not in section


def test_with_no_feedback_the_section_says_so(client: Client, family: Family) -> None:
    assert "No feedback was recorded in these 8 quarters." in _section(client, family, "service_manager")


def _row(section: str, header: str) -> list[str]:
    start = section.index(f'<th scope="row" class="govuk-table__header">{header}')
    row = section[start : section.index("</tr>", start)]
    return [cell.split(">", 1)[1].split("<", 1)[0] for cell in row.split("<t")[1:] if cell[:1] in {"h", "d"}]
