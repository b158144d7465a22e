"""The words for disproportionality's dimensions, groups and stages, shared by the pages and the command."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from yjs.children.vocabularies import CareStatus, EthnicGroup, Sex
from yjs.performance.disproportionality import NOT_LOOKED_AFTER

DIMENSION_LABELS = {"ethnic_group": _("Ethnic group"), "sex": _("Sex"), "care_status": _("Care status")}
GROUP_LABELS: dict[str, dict[str, str]] = {
    "ethnic_group": dict(EthnicGroup.choices),
    "sex": dict(Sex.choices),
    "care_status": {CareStatus.LOOKED_AFTER.value: _("Looked after"), NOT_LOOKED_AFTER: _("Not looked after")},
}
STAGE_LABELS = {
    "population": _("Children aged 10 to 17"),
    "out_of_court": _("Out of court"),
    "court": _("Court"),
    "custody": _("Custody"),
}


def group_label(dimension: str, group: str) -> str:
    return str(GROUP_LABELS.get(dimension, {}).get(group, group))
