"""The commentary form: one GOV.UK textarea for each section of the report, with a character count."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from django import forms
from django.utils.translation import gettext as _

from yjs.core.forms import GovukForm
from yjs.performance.board_report.sections import SECTIONS

MAX_CHARACTERS = 2000
_WORD = re.compile(r"\w+")


def field_name(section: str) -> str:
    return section.replace("-", "_")


class CommentaryForm(GovukForm):
    """`child_names` are the full names of the service's children: the report never names a child."""

    def __init__(self, *args: Any, child_names: Iterable[str] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.child_names = [name for name in child_names if name.strip()]
        for section, heading in SECTIONS.items():
            self.fields[field_name(section)] = forms.CharField(
                label=heading,
                required=False,
                strip=True,
                widget=forms.Textarea(attrs={"rows": 5, "class": "govuk-js-character-count"}),
                error_messages={"max_length": ""},
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for section, heading in SECTIONS.items():
            name = field_name(section)
            text = cleaned.get(name) or ""
            if len(text) > MAX_CHARACTERS:
                self.add_error(
                    name,
                    _("Commentary on %(section)s must be %(most)s characters or fewer")
                    % {"section": str(heading).lower(), "most": f"{MAX_CHARACTERS:,}"},
                )
            elif named := self._named_child(text):
                self.add_error(
                    name,
                    _("Commentary on %(section)s must not name a child: remove “%(name)s”")
                    % {"section": str(heading).lower(), "name": named},
                )
        return cleaned

    def _named_child(self, text: str) -> str | None:
        """The first child named in full (first and last name, as whole words, in any case or spacing)."""
        words = _words(text)
        return next((name for name in self.child_names if _words(name).strip() and _words(name) in words), None)

    def texts(self) -> dict[str, str]:
        return {section: self.cleaned_data.get(field_name(section), "") for section in SECTIONS}

    @staticmethod
    def initial_from(texts: Mapping[str, str]) -> dict[str, str]:
        return {field_name(section): text for section, text in texts.items()}


def _words(text: str) -> str:
    # Words only, so "O'Brien" and "o brien", or a name followed by "'s", compare alike.
    return " " + " ".join(_WORD.findall(text.lower())) + " "
