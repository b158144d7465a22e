"""Read-side queries: a child's victims with what their pages show, and the victim worker's worklist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from yjs.children.models import Child
from yjs.victims.models import Consent, RestorativeJusticeOffer, Victim, VictimContact, VictimWishes
from yjs.victims.vocabularies import ConsentKind


def _live(model):  # type: ignore[no-untyped-def]
    return model.objects.filter(archived_at__isnull=True)


def with_records(victims: QuerySet[Victim]) -> QuerySet[Victim]:
    """Victims with their offences and the records their pages show, in one query each."""
    return victims.prefetch_related(
        Prefetch("offences", to_attr="offence_list"),
        Prefetch("contacts", queryset=_live(VictimContact), to_attr="contact_list"),
        Prefetch("consents", queryset=_live(Consent), to_attr="consent_list"),
        Prefetch("offers", queryset=_live(RestorativeJusticeOffer), to_attr="offer_list"),
        Prefetch("wishes", queryset=_live(VictimWishes), to_attr="wishes_list"),
    )


@dataclass(frozen=True)
class VictimSummary:
    """What the child's victims tab shows of one victim; `victim` is only for readers who may see details."""

    number: int
    victim: Victim
    kind: str
    offences: list[str]
    contacted: bool
    consent_to_contact: Consent | None
    consent_to_share: Consent | None
    share_in_force: bool
    latest_offer: RestorativeJusticeOffer | None
    wishes: VictimWishes | None


def child_victims(child: Child, today: date) -> list[VictimSummary]:
    victims = with_records(Victim.objects.live().filter(child=child).order_by("referred_on", "pk"))
    summaries = []
    for number, victim in enumerate(victims, start=1):
        consents = {consent.kind: consent for consent in victim.consent_list}  # type: ignore[attr-defined]
        share = consents.get(ConsentKind.SHARE)
        summaries.append(
            VictimSummary(
                number=number,
                victim=victim,
                kind=victim.get_kind_display(),
                offences=[str(offence) for offence in victim.offence_list],  # type: ignore[attr-defined]
                contacted=any(c.outcome == "spoke" for c in victim.contact_list),  # type: ignore[attr-defined]
                consent_to_contact=consents.get(ConsentKind.CONTACT),
                consent_to_share=share,
                share_in_force=share is not None and share.in_force_on(today),
                latest_offer=next(iter(victim.offer_list), None),  # type: ignore[attr-defined]
                wishes=next(iter(victim.wishes_list), None),  # type: ignore[attr-defined]
            )
        )
    return summaries


def _contact_consent_in_force(today: date) -> Exists:
    return Exists(
        Consent.objects.filter(
            Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gt=today),
            victim=OuterRef("pk"),
            archived_at__isnull=True,
            kind=ConsentKind.CONTACT,
            answer="given",
            answered_on__lte=today,
        )
    )


def awaiting_first_contact(victims: QuerySet[Victim]) -> QuerySet[Victim]:
    """Victims nobody has yet tried to contact, longest waiting first."""
    contacted = _live(VictimContact).filter(victim=OuterRef("pk"))
    return victims.filter(~Exists(contacted)).order_by("referred_on", "pk")


def consented_without_offer(victims: QuerySet[Victim], today: date) -> QuerySet[Victim]:
    """Victims who agreed to be contacted and have not yet been offered restorative justice."""
    offered = _live(RestorativeJusticeOffer).filter(victim=OuterRef("pk"))
    return victims.filter(_contact_consent_in_force(today), ~Exists(offered)).order_by("referred_on", "pk")


def follow_ups_overdue(victims: QuerySet[Victim], today: date) -> QuerySet[VictimContact]:
    """Contacts whose follow-up date has passed with no later contact with that victim."""
    later = _live(VictimContact).filter(victim=OuterRef("victim"), contact_date__gt=OuterRef("contact_date"))
    return (
        _live(VictimContact)
        .filter(victim__in=victims, follow_up_on__lt=today)
        .filter(~Exists(later))
        .select_related("victim", "victim__child")
        .order_by("follow_up_on", "pk")
    )
