"""The victims area's vocabularies."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class VictimKind(models.TextChoices):
    PERSON = "person", _("A person")
    ORGANISATION = "organisation", _("An organisation (for example a shop or a school)")


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Phone call")
    LETTER = "letter", _("Letter")
    EMAIL = "email", _("Email")
    HOME_VISIT = "home_visit", _("Home visit")
    OFFICE = "office", _("Meeting at the office")


class ContactOutcome(models.TextChoices):
    SPOKE = "spoke", _("Spoke with the victim")
    NO_ANSWER = "no_answer", _("No answer")
    MESSAGE_LEFT = "message_left", _("Message left")
    LETTER_SENT = "letter_sent", _("Letter sent, no reply yet")
    DECLINED = "declined", _("The victim did not want contact")


class ConsentKind(models.TextChoices):
    CONTACT = "contact", _("To be contacted by the service")
    SHARE = "share", _("To share their views with the child's case manager")


class ConsentAnswer(models.TextChoices):
    GIVEN = "given", _("Given")
    REFUSED = "refused", _("Refused")


class OfferResponse(models.TextChoices):
    AWAITING = "awaiting", _("Awaiting an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class RestorativeKind(models.TextChoices):
    DIRECT = "direct", _("Direct: a face-to-face meeting")
    INDIRECT_LETTER = "indirect_letter", _("Indirect: a letter of explanation or apology")
    INDIRECT_SHUTTLE = "indirect_shuttle", _("Indirect: messages passed between them (shuttle)")
    DIRECT_REPARATION = "direct_reparation", _("Reparation to the victim")
    COMMUNITY_REPARATION = "community_reparation", _("Reparation to the community, chosen by the victim")


class Satisfaction(models.IntegerChoices):
    VERY_DISSATISFIED = 1, _("Very dissatisfied")
    DISSATISFIED = 2, _("Dissatisfied")
    NEITHER = 3, _("Neither satisfied nor dissatisfied")
    SATISFIED = 4, _("Satisfied")
    VERY_SATISFIED = 5, _("Very satisfied")
