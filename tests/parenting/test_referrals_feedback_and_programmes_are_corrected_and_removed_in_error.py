"""A referral's basics, a feedback response and a programme can be corrected; a referral or response recorded in
error is removed with a reason after a confirmation page, archived and kept in its history, never deleted; a save
from a stale page is refused and keeps what the user typed."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from tests.parenting.conftest import Family
from tests.parenting.factories import FeedbackFactory, ProgrammeFactory
from yjs.parenting.models import FeedbackResponse, ParentingProgramme, ParentingReferral

pytestmark = pytest.mark.django_db


def referral_data(family: Family, version: int, **changes: str) -> dict[str, str]:
    return {
        "carer": str(family.carer.pk),
        "referred_on": "2025-04-12",
        "basis": "parenting_order",
        "programme": str(family.programme.pk),
        "notes": "Referred by the court",
        "version": str(version),
    } | changes


def test_the_referrals_basics_are_corrected_from_the_childs_page_and_kept_in_history(family: Family, client: Client) -> None:
    client.force_login(family.cast.case_manager)
    edit = reverse("parenting:referral_edit", args=[family.referral.pk])
    assert edit in client.get(reverse("parenting:child", args=[family.cast.child.pk])).content.decode()
    assert client.post(edit, referral_data(family, family.referral.version)).status_code == 302
    referral = ParentingReferral.objects.get(pk=family.referral.pk)
    assert (referral.referred_on, referral.basis, referral.notes) == (
        date(2025, 4, 12),
        "parenting_order",
        "Referred by the court",
    )
    assert referral.history.first().history_user == family.cast.case_manager
    assert referral.history.count() >= 2


def test_a_change_from_a_stale_page_is_refused_and_keeps_what_was_typed(family: Family, client: Client) -> None:
    client.force_login(family.cast.case_manager)
    edit = reverse("parenting:referral_edit", args=[family.referral.pk])
    opened_at = family.referral.version
    assert client.post(edit, referral_data(family, opened_at, notes="First save")).status_code == 302
    response = client.post(edit, referral_data(family, opened_at, notes="Second save from the old page"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "after you opened it" in page
    assert "Second save from the old page" in page
    assert ParentingReferral.objects.get(pk=family.referral.pk).notes == "First save"


def test_a_referral_recorded_in_error_is_archived_with_the_reason(family: Family, client: Client) -> None:
    client.force_login(family.cast.case_manager)
    remove = reverse("parenting:referral_remove", args=[family.referral.pk])
    assert "Are you sure you want to remove the referral of Pat Testcase" in client.get(remove).content.decode()
    refused = client.post(remove, {"reason": ""})
    assert refused.status_code == 200
    assert "Enter why it is being removed" in refused.content.decode()
    assert client.post(remove, {"reason": "Wrong parent"}).status_code == 302
    kept = ParentingReferral.objects.get(pk=family.referral.pk)
    assert (kept.archive_reason, kept.archived_by) == ("Wrong parent", family.cast.case_manager)
    assert kept.history.first().history_user == family.cast.case_manager
    assert "Pat Testcase" not in client.get(reverse("parenting:child", args=[family.cast.child.pk])).content.decode()
    assert client.get(remove).status_code == 404


def test_a_feedback_response_is_corrected_and_one_recorded_in_error_removed(family: Family, client: Client) -> None:
    cast = family.cast
    response = FeedbackFactory(child=cast.child, intervention=cast.intervention, score=3, went_well="Typed wrong")
    client.force_login(cast.team_manager)
    page = reverse("parenting:child", args=[cast.child.pk])
    edit = reverse("parenting:feedback_edit", args=[response.pk])
    remove = reverse("parenting:feedback_remove", args=[response.pk])
    shown = client.get(page).content.decode()
    assert edit in shown
    assert remove in shown
    data = {
        "intervention": str(cast.intervention.pk),
        "respondent": "child",
        "given_on": "2025-06-01",
        "score": "8",
        "went_well": "My worker listened",
        "version": str(response.version),
    }
    assert client.post(edit, data).status_code == 302
    corrected = FeedbackResponse.objects.get(pk=response.pk)
    assert (corrected.score, corrected.went_well) == (8, "My worker listened")
    assert corrected.history.first().history_user == cast.team_manager

    assert client.post(remove, {"reason": "Entered twice"}).status_code == 302
    assert FeedbackResponse.objects.get(pk=response.pk).archive_reason == "Entered twice"
    assert "My worker listened" not in client.get(page).content.decode()


def test_an_auditor_sees_no_links_to_change_or_remove(family: Family, client: Client) -> None:
    client.force_login(family.cast.auditor)
    page = client.get(reverse("parenting:child", args=[family.cast.child.pk])).content.decode()
    assert reverse("parenting:referral_edit", args=[family.referral.pk]) not in page
    assert reverse("parenting:referral_remove", args=[family.referral.pk]) not in page


def test_a_programme_is_renamed_and_stopped_and_its_referrals_keep_it(family: Family, client: Client) -> None:
    client.force_login(family.cast.service_manager)
    edit = reverse("parenting:programme_edit", args=[family.programme.pk])
    assert edit in client.get(reverse("parenting:referrals")).content.decode()
    data = {"name": "Non-violent resistance (NVR)", "provider": "Dorset Families Matter", "in_use": ""}
    assert client.post(edit, data).status_code == 302
    programme = ParentingProgramme.objects.get(pk=family.programme.pk)
    assert (programme.name, programme.provider, programme.in_use) == (
        "Non-violent resistance (NVR)",
        "Dorset Families Matter",
        False,
    )
    assert programme.history.count() == 2
    assert ParentingReferral.objects.get(pk=family.referral.pk).programme == programme
    # The referral naming it can still be changed with the programme it names, though no longer offered.
    client.force_login(family.cast.case_manager)
    response = client.post(
        reverse("parenting:referral_edit", args=[family.referral.pk]), referral_data(family, family.referral.version)
    )
    assert response.status_code == 302


def test_a_programme_cannot_take_the_name_of_another(family: Family, client: Client) -> None:
    ProgrammeFactory(service=family.cast.service, name="Triple P Teen")
    client.force_login(family.cast.service_manager)
    edit = reverse("parenting:programme_edit", args=[family.programme.pk])
    response = client.post(edit, {"name": "Triple P Teen", "provider": "", "in_use": "on"})
    assert response.status_code == 200
    assert ParentingProgramme.objects.get(pk=family.programme.pk).name == "Non-violent resistance"
