"""The victims area's forms, in GOV.UK markup; each checks the model's own rules (dates in order) as it validates."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.children.models import Child
from yjs.core.forms import GovukDateField, GovukDateInput, GovukForm, GovukModelForm
from yjs.core.models import User
from yjs.core.record_forms import differences
from yjs.core.roles import CASEWORKERS
from yjs.victims.models import (
    Consent,
    RestorativeJusticeOffer,
    Victim,
    VictimContact,
    VictimFeedback,
    VictimWishes,
    VictimWorker,
)
from yjs.victims.services import (
    CONSENT_FIELDS,
    CONTACT_FIELDS,
    FEEDBACK_FIELDS,
    OFFER_FIELDS,
    VICTIM_FIELDS,
    WISHES_FIELDS,
)


class VersionedForm(GovukModelForm):
    """A form that changes a saved record carries the version it was opened at (yjs.core.concurrency)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["version"].initial = self.instance.version
        else:
            del self.fields["version"]

    def differences_from(self, saved: Any) -> list[tuple[str, str]]:
        """How the record as saved now differs from what the user typed, as the child's record shows it.

        The victim's offences (a many-to-many answer) are compared as a set and named by their labels.
        """
        many = {name for name in self.cleaned_data if name in self.fields and _is_many(saved, name)}
        plain = _Typed(self.fields, {k: v for k, v in self.cleaned_data.items() if k not in many})
        found = differences(plain, saved)  # type: ignore[arg-type]
        for name in many:
            now = list(getattr(saved, name).all())
            if {obj.pk for obj in now} != {obj.pk for obj in self.cleaned_data[name]}:
                found.append((str(self.fields[name].label), "; ".join(str(obj) for obj in now) or "—"))
        return found


def _is_many(record: Any, name: str) -> bool:
    return bool(record._meta.get_field(name).many_to_many)


class _Typed:
    """Some of a form's answers, shaped as `differences` reads a form."""

    def __init__(self, fields: dict[str, forms.Field], cleaned_data: dict[str, Any]) -> None:
        self.fields = fields
        self.cleaned_data = cleaned_data


class OffenceChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj)


class VictimForm(VersionedForm):
    offences = OffenceChoice(
        queryset=None,  # type: ignore[arg-type]
        label=_("Offences the victim was harmed by"),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Victim
        fields = ["offences", *VICTIM_FIELDS]
        widgets = {
            "kind": forms.RadioSelect,
            "referred_on": GovukDateInput,
            "address": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, child: Child, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.child = child
        self.instance.service_id = child.service_id
        self.fields["offences"].queryset = child.offences.filter(archived_at__isnull=True).order_by("offence_date")  # type: ignore[attr-defined]
        self.fields["phone"].widget.attrs.update({"autocomplete": "off", "class": "govuk-input govuk-input--width-20"})


def _bound_to(form: forms.ModelForm, victim: Victim) -> None:
    # The model's rules compare dates with the victim's offences, so the new record knows its victim.
    form.instance.victim = victim
    form.instance.service_id = victim.service_id


class ContactForm(GovukModelForm):
    class Meta:
        model = VictimContact
        fields = list(CONTACT_FIELDS)
        widgets = {
            "contact_date": GovukDateInput,
            "method": forms.RadioSelect,
            "outcome": forms.RadioSelect,
            "follow_up_on": GovukDateInput,
            "notes": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args: Any, victim: Victim, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _bound_to(self, victim)


class ConsentForm(VersionedForm):
    class Meta:
        model = Consent
        fields = list(CONSENT_FIELDS)
        widgets = {"answer": forms.RadioSelect, "answered_on": GovukDateInput, "withdrawn_on": GovukDateInput}

    def __init__(self, *args: Any, victim: Victim, kind: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _bound_to(self, victim)
        self.instance.kind = kind


class OfferForm(VersionedForm):
    class Meta:
        model = RestorativeJusticeOffer
        fields = list(OFFER_FIELDS)
        widgets = {
            "offered_on": GovukDateInput,
            "response": forms.RadioSelect,
            "responded_on": GovukDateInput,
            "kind": forms.RadioSelect,
            "took_place_on": GovukDateInput,
            "completed_on": GovukDateInput,
            "notes": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "kind": _("Once the victim has accepted"),
            "responded_on": _("Leave empty while the victim has not answered"),
        }

    def __init__(self, *args: Any, victim: Victim, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _bound_to(self, victim)
        self.fields["kind"].required = False
        self.fields["kind"].choices = [("", _("Not yet decided")), *self.fields["kind"].choices[1:]]  # type: ignore[attr-defined]


class WishesForm(GovukModelForm):
    class Meta:
        model = VictimWishes
        fields = list(WISHES_FIELDS)
        widgets = {"recorded_on": GovukDateInput, "wishes": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args: Any, victim: Victim, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _bound_to(self, victim)


class FeedbackForm(GovukModelForm):
    class Meta:
        model = VictimFeedback
        fields = list(FEEDBACK_FIELDS)
        widgets = {
            "received_on": GovukDateInput,
            "satisfaction": forms.RadioSelect,
            "comments": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args: Any, victim: Victim, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _bound_to(self, victim)


class ArchiveForm(GovukForm):
    reason = forms.CharField(
        label=_("Why is the victim being removed?"), max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )


class WorkerForm(GovukModelForm):
    class Meta:
        model = VictimWorker
        fields = ["user", "active_from"]
        widgets = {"active_from": GovukDateInput}

    def __init__(self, *args: Any, service_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.service_id = service_id
        staff = User.objects.filter(service_id=service_id, role__in=CASEWORKERS, is_active=True)
        self.fields["user"].queryset = staff.order_by("last_name", "first_name")  # type: ignore[attr-defined]
        self.fields["user"].empty_label = _("Choose a member of staff")  # type: ignore[attr-defined]


class EndWorkerForm(GovukForm):
    last_day = GovukDateField(label=_("Last day as a victim worker"), help_text=_("For example, 31 3 2026"))
