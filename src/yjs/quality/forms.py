"""Forms for correcting the framework's wording and for rating an inspection's results from JSON."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukForm
from yjs.quality.framework_services import prompt_lines

# An inspection's results are a few kilobytes; anything far larger is not one.
MAX_UPLOAD_BYTES = 200_000


class StandardNameForm(GovukForm):
    name = forms.CharField(label=_("Name of the standard"), max_length=200)
    headline = forms.CharField(
        label=_("Headline statement"),
        help_text=_("What good looks like for this standard"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class KeyQuestionForm(GovukForm):
    text = forms.CharField(label=_("Key question"), max_length=300, widget=forms.Textarea(attrs={"rows": 2}))
    prompts = forms.CharField(
        label=_("Prompts"),
        help_text=_("What inspectors look for under this question, one prompt a line, in order"),
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    def clean_prompts(self) -> list[str]:
        lines = prompt_lines(self.cleaned_data["prompts"])
        too_long = [line for line in lines if len(line) > 300]
        if too_long:
            raise ValidationError(_("Each prompt must be 300 characters or fewer"))
        return lines


class InspectionResultsForm(GovukForm):
    results = forms.CharField(
        label=_("Inspection results as JSON"),
        help_text=_('Paste the results, for example {"framework": "2021", "standards": {...}}, or upload a file below'),
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "false"}),
        required=False,
    )
    upload = forms.FileField(label=_("Or upload a JSON file"), required=False)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        upload = cleaned.get("upload")
        if upload:
            if upload.size > MAX_UPLOAD_BYTES:
                raise ValidationError({"upload": _("The file must be smaller than 200 KB")})
            try:
                cleaned["text"] = upload.read().decode("utf-8")
            except UnicodeDecodeError:
                raise ValidationError({"upload": _("The file must be JSON text (UTF-8)")}) from None
        elif (cleaned.get("results") or "").strip():
            cleaned["text"] = cleaned["results"]
        else:
            raise ValidationError({"results": _("Paste the inspection results or upload a JSON file")})
        return cleaned
