"""Characteristics of a child, in the categories national returns use (DOMAIN.md section 1)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Sex(models.TextChoices):
    MALE = "M", _("Male")
    FEMALE = "F", _("Female")
    NOT_KNOWN = "U", _("Not known")


class EthnicGroup(models.TextChoices):
    """The five reporting groups, plus not known."""

    WHITE = "white", _("White")
    MIXED = "mixed", _("Mixed or multiple ethnic groups")
    BLACK = "black", _("Black or Black British")
    ASIAN = "asian", _("Asian or Asian British")
    OTHER = "other", _("Other ethnic group")
    NOT_KNOWN = "not_known", _("Not known")


class Ethnicity(models.TextChoices):
    """ONS 2021 census categories for England and Wales (19), plus not stated.

    The five "background not recorded" codes are for records that arrive knowing only the reporting
    group (history imported from a system that kept no more): they report in their group, without
    claiming the child chose "any other" background (docs/decisions/0018-ethnic-group-only-records.md).
    """

    INDIAN = "A_INDIAN", _("Asian or Asian British: Indian")
    PAKISTANI = "A_PAKISTANI", _("Asian or Asian British: Pakistani")
    BANGLADESHI = "A_BANGLADESHI", _("Asian or Asian British: Bangladeshi")
    CHINESE = "A_CHINESE", _("Asian or Asian British: Chinese")
    OTHER_ASIAN = "A_OTHER", _("Asian or Asian British: any other Asian background")
    ASIAN_GROUP_ONLY = "A_GROUP", _("Asian or Asian British: background not recorded")
    CARIBBEAN = "B_CARIBBEAN", _("Black, Black British, Caribbean or African: Caribbean")
    AFRICAN = "B_AFRICAN", _("Black, Black British, Caribbean or African: African")
    OTHER_BLACK = "B_OTHER", _("Black, Black British, Caribbean or African: any other Black background")
    BLACK_GROUP_ONLY = "B_GROUP", _("Black, Black British, Caribbean or African: background not recorded")
    WHITE_BLACK_CARIBBEAN = "M_WBC", _("Mixed or multiple: White and Black Caribbean")
    WHITE_BLACK_AFRICAN = "M_WBA", _("Mixed or multiple: White and Black African")
    WHITE_ASIAN = "M_WA", _("Mixed or multiple: White and Asian")
    OTHER_MIXED = "M_OTHER", _("Mixed or multiple: any other Mixed or multiple background")
    MIXED_GROUP_ONLY = "M_GROUP", _("Mixed or multiple: background not recorded")
    WHITE_BRITISH = "W_BRITISH", _("White: English, Welsh, Scottish, Northern Irish or British")
    IRISH = "W_IRISH", _("White: Irish")
    GYPSY_TRAVELLER = "W_GYPSY", _("White: Gypsy or Irish Traveller")
    ROMA = "W_ROMA", _("White: Roma")
    OTHER_WHITE = "W_OTHER", _("White: any other White background")
    WHITE_GROUP_ONLY = "W_GROUP", _("White: background not recorded")
    ARAB = "O_ARAB", _("Other ethnic group: Arab")
    ANY_OTHER = "O_OTHER", _("Other ethnic group: any other ethnic group")
    OTHER_GROUP_ONLY = "O_GROUP", _("Other ethnic group: background not recorded")
    NOT_STATED = "NOT_STATED", _("Not stated")


_GROUP_BY_PREFIX = {
    "A_": EthnicGroup.ASIAN,
    "B_": EthnicGroup.BLACK,
    "M_": EthnicGroup.MIXED,
    "W_": EthnicGroup.WHITE,
    "O_": EthnicGroup.OTHER,
}


def ethnic_group(ethnicity: str) -> EthnicGroup:
    """The reporting group of a detailed ONS 2021 category."""
    return _GROUP_BY_PREFIX.get(ethnicity[:2], EthnicGroup.NOT_KNOWN)


class CareStatus(models.TextChoices):
    NONE = "none", _("Not known to children's social care")
    EARLY_HELP = "early_help", _("Early help plan")
    CHILD_IN_NEED = "child_in_need", _("Child in need")
    CHILD_PROTECTION = "child_protection", _("Child protection plan")
    LOOKED_AFTER = "looked_after", _("Looked after")
    CARE_LEAVER = "care_leaver", _("Care leaver")


CARE_EXPERIENCED = frozenset({CareStatus.LOOKED_AFTER, CareStatus.CARE_LEAVER})


class SendStatus(models.TextChoices):
    NONE = "none", _("No identified special educational need")
    SEN_SUPPORT = "sen_support", _("SEN support (identified need, no plan)")
    EHCP = "ehcp", _("Education, health and care plan (IDP in Wales)")
    NOT_KNOWN = "not_known", _("Not known")
