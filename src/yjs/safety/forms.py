"""The safety pages' forms, in GOV.UK markup; the models' and services' rules decide what is refused."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukDateField, GovukDateInput, GovukForm, GovukModelForm
from yjs.core.models import User
from yjs.core.record_forms import VersionedForm, differences
from yjs.safety.models import ExploitationScreening, MappaRecord, NrmReferral, PanelMeeting, PanelReferral
from yjs.safety.services import ActionAnswer
from yjs.safety.vocabularies import Agency, Indicator, ReferralReason

ACTION_ROWS = 3


class MeetingForm(VersionedForm):
    """The meeting, and a box for each agency naming who came from it."""

    class Meta:
        model = PanelMeeting
        fields = ["held_on", "chair", "notes"]
        widgets = {"held_on": GovukDateInput, "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = dict(type(self).base_fields)
        for agency in Agency:
            fields[f"agency_{agency.value}"] = forms.CharField(
                label=_("Who came from %(agency)s") % {"agency": agency.label},
                required=False,
                max_length=500,
                help_text=_("Names and roles, separated by commas") if agency == Agency.YOUTH_JUSTICE else "",
            )
        self.base_fields = fields
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for row in self.instance.attendees.all():
                self.initial[f"agency_{row.agency}"] = row.names

    def meeting_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self._meta.fields]  # type: ignore[union-attr]

    def agency_fields(self) -> list[forms.BoundField]:
        return [self[f"agency_{agency.value}"] for agency in Agency]

    def attendees(self) -> dict[str, str]:
        return {agency.value: self.cleaned_data.get(f"agency_{agency.value}", "") for agency in Agency}

    def meeting_data(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self._meta.fields}  # type: ignore[union-attr]

    def differences_from(self, saved: PanelMeeting) -> list[tuple[str, str]]:
        """The meeting's own fields as the record's pages compare them, then who came from each agency."""
        meeting_only = {name: self.cleaned_data[name] for name in self._meta.fields}  # type: ignore[union-attr]
        found = differences(_Typed(self.fields, meeting_only), saved)  # type: ignore[arg-type]
        names = {row.agency: row.names for row in saved.attendees.all()}
        return found + [
            (str(self.fields[f"agency_{agency.value}"].label), names.get(agency.value) or "—")
            for agency in Agency
            if (names.get(agency.value) or "") != (self.cleaned_data.get(f"agency_{agency.value}") or "").strip()
        ]


class _Typed:
    """Some of a form's answers, shaped as `differences` reads a form."""

    def __init__(self, fields: dict[str, forms.Field], cleaned_data: dict[str, Any]) -> None:
        self.fields = fields
        self.cleaned_data = cleaned_data


class ReferralForm(GovukForm):
    reason = forms.ChoiceField(label=_("Reason for the referral"), choices=ReferralReason.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Why the panel should consider the child"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_("For a manager's referral, say what worries you and what you want the panel to decide"),
    )
    meeting = forms.ModelChoiceField(
        label=_("Panel meeting"),
        queryset=PanelMeeting.objects.none(),
        required=False,
        empty_label=_("Next meeting to be arranged"),
    )

    def __init__(self, *args: Any, meetings: QuerySet[PanelMeeting], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not (data.get("note") or "").strip():
            self.add_error(
                "note",
                _("Enter why you are referring the child")
                if data.get("reason") == ReferralReason.MANAGER
                else _("Enter what the panel should consider"),
            )
        return data


class DecisionForm(GovukForm):
    """The panel's decision for one child, with up to three actions, each with an owner and a due date."""

    agreed_rosh = forms.ChoiceField(label=_("Agreed risk of serious harm to others"), widget=forms.RadioSelect)
    agreed_safety = forms.ChoiceField(label=_("Agreed safety and wellbeing rating"), widget=forms.RadioSelect)
    decision = forms.CharField(label=_("What the panel agreed"), widget=forms.Textarea(attrs={"rows": 4}))
    review_on = GovukDateField(label=_("Date of the panel's review"), help_text=_("For example, 27 3 2026"))
    # The referral's version when the page was opened: a decision saved from a stale page is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, staff: QuerySet[User], **kwargs: Any) -> None:
        from yjs.casework.vocabularies import RiskLevel

        fields = dict(type(self).base_fields)
        for n in range(1, ACTION_ROWS + 1):
            fields[f"action_{n}"] = forms.CharField(label=_("Action %(n)s") % {"n": n}, required=False, max_length=500)
            fields[f"owner_{n}"] = forms.ModelChoiceField(
                label=_("Who owns action %(n)s") % {"n": n},
                queryset=staff,
                required=False,
                empty_label=_("Choose a member of staff"),
            )
            fields[f"due_{n}"] = GovukDateField(label=_("When action %(n)s is due") % {"n": n}, required=False)
        self.base_fields = fields
        super().__init__(*args, **kwargs)
        self.fields["agreed_rosh"].choices = RiskLevel.choices  # type: ignore[attr-defined]
        self.fields["agreed_safety"].choices = RiskLevel.choices  # type: ignore[attr-defined]

    def decision_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in ("agreed_rosh", "agreed_safety", "decision", "review_on")]

    def action_rows(self) -> list[tuple[int, forms.BoundField, forms.BoundField, forms.BoundField]]:
        return [(n, self[f"action_{n}"], self[f"owner_{n}"], self[f"due_{n}"]) for n in range(1, ACTION_ROWS + 1)]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for n in range(1, ACTION_ROWS + 1):
            text, owner, due = (data.get(f"{part}_{n}") for part in ("action", "owner", "due"))
            if not (text or owner or due):
                continue
            if not (text or "").strip():
                self.add_error(f"action_{n}", _("Enter action %(n)s, or leave its row empty") % {"n": n})
            if owner is None and f"owner_{n}" not in self.errors:
                self.add_error(f"owner_{n}", _("Choose who owns action %(n)s") % {"n": n})
            if due is None and f"due_{n}" not in self.errors:
                self.add_error(f"due_{n}", _("Enter when action %(n)s is due") % {"n": n})
        return data

    def differences_from(self, saved: PanelReferral) -> list[tuple[str, str]]:
        decision_only = {name: self.cleaned_data[name] for name in ("agreed_rosh", "agreed_safety", "decision", "review_on")}
        return differences(_Typed(self.fields, decision_only), saved)  # type: ignore[arg-type]

    def decision_data(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in ("agreed_rosh", "agreed_safety", "decision", "review_on")}

    def actions(self) -> list[ActionAnswer]:
        data = self.cleaned_data
        return [
            ActionAnswer(data[f"action_{n}"], data[f"owner_{n}"], data[f"due_{n}"])
            for n in range(1, ACTION_ROWS + 1)
            if data.get(f"action_{n}")
        ]


class MappaForm(VersionedForm):
    class Meta:
        model = MappaRecord
        fields = ["category", "level", "started_on", "next_meeting_on", "ended_on"]
        widgets = {
            "category": forms.RadioSelect,
            "level": forms.RadioSelect,
            "started_on": GovukDateInput,
            "next_meeting_on": GovukDateInput,
            "ended_on": GovukDateInput,
        }
        help_texts = {
            "next_meeting_on": _("Levels 2 and 3 only"),
            "ended_on": _("Leave empty while the child is managed under MAPPA"),
        }


class ScreeningForm(GovukModelForm):
    indicators = forms.MultipleChoiceField(
        label=_("Indicators seen"),
        choices=Indicator.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("The first six are signs of criminal exploitation, the last four of sexual exploitation"),
    )

    class Meta:
        model = ExploitationScreening
        fields = ["screened_on", "indicators", "missing_episodes", "associates", "locations", "risk", "summary"]
        widgets = {
            "screened_on": GovukDateInput,
            "risk": forms.RadioSelect,
            "associates": forms.Textarea(attrs={"rows": 3}),
            "locations": forms.Textarea(attrs={"rows": 3}),
            "summary": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "associates": _("Names or nicknames, and how the child knows them"),
            "locations": _("Addresses, areas or places the child is found or taken to"),
        }


class NrmForm(VersionedForm):
    class Meta:
        model = NrmReferral
        fields = [
            "referred_on",
            "exploitation_type",
            "reasonable_grounds_on",
            "reasonable_grounds",
            "conclusive_grounds_on",
            "conclusive_grounds",
        ]
        widgets = {
            "referred_on": GovukDateInput,
            "exploitation_type": forms.RadioSelect,
            "reasonable_grounds_on": GovukDateInput,
            "conclusive_grounds_on": GovukDateInput,
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("reasonable_grounds", "conclusive_grounds"):
            self.fields[name].choices = [("", _("No decision yet")), *self.fields[name].choices[1:]]  # type: ignore[attr-defined]


class ContingencyReviewForm(GovukForm):
    reviewed_on = GovukDateField(label=_("Date reviewed"), past=True, help_text=_("For example, 27 3 2026"))
    note = forms.CharField(label=_("What was reviewed and what changed"), widget=forms.Textarea(attrs={"rows": 4}))
