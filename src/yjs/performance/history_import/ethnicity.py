"""Reading a child's ethnicity as other systems write it: an ONS 2021 code, its label, or only its group."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from yjs.children.vocabularies import Ethnicity

# Group names as the ONS and the YJB write them, and shorter forms other systems use.
GROUPS = {
    "white": Ethnicity.WHITE_GROUP_ONLY,
    "mixed": Ethnicity.MIXED_GROUP_ONLY,
    "mixed or multiple": Ethnicity.MIXED_GROUP_ONLY,
    "mixed or multiple ethnic groups": Ethnicity.MIXED_GROUP_ONLY,
    "black": Ethnicity.BLACK_GROUP_ONLY,
    "black or black british": Ethnicity.BLACK_GROUP_ONLY,
    "black, black british, caribbean or african": Ethnicity.BLACK_GROUP_ONLY,
    "asian": Ethnicity.ASIAN_GROUP_ONLY,
    "asian or asian british": Ethnicity.ASIAN_GROUP_ONLY,
    "other": Ethnicity.OTHER_GROUP_ONLY,
    "other ethnic group": Ethnicity.OTHER_GROUP_ONLY,
    "not known": Ethnicity.NOT_STATED,
    "not stated": Ethnicity.NOT_STATED,
    "unknown": Ethnicity.NOT_STATED,
}


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))


_KNOWN = {
    **{_plain(code): Ethnicity(code) for code in Ethnicity.values},
    **{_plain(str(label)): Ethnicity(code) for code, label in Ethnicity.choices},
    **GROUPS,
}


def parse_ethnicity(text: str) -> str:
    """The stored code for `text`; ValueError with a message for the user when it is none of them.

    Empty means not stated, as on the form.
    """
    if not text.strip():
        return Ethnicity.NOT_STATED
    found = _KNOWN.get(_plain(text))
    if found is None:
        raise ValueError(
            _(
                "“%(value)s” is not an ONS 2021 ethnicity: give a code such as W_BRITISH, its name, "
                "a group such as Black or Black British, or Not known."
            )
            % {"value": text}
        )
    return str(found)
