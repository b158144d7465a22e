"""The partner agencies a service asks to screen out-of-court cases."""

from __future__ import annotations

from django.db.models import QuerySet

from yjs.core.models import DEFAULT_PARTNER_AGENCIES, PartnerAgency, Service


def ensure_default_agencies(service: Service) -> list[PartnerAgency]:
    """Give a service the four agencies every YJS screens with, leaving any it already has alone."""
    return [PartnerAgency.objects.get_or_create(service=service, name=name)[0] for name in DEFAULT_PARTNER_AGENCIES]


def screening_agencies(service_id: int) -> QuerySet[PartnerAgency]:
    """The agencies asked about each child notified: active, and marked as screening out-of-court cases."""
    return PartnerAgency.objects.filter(service_id=service_id, active=True, screens_out_of_court=True)
