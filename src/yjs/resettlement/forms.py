"""The resettlement forms, in GOV.UK markup: a custody episode, a milestone met, accommodation, a transition."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.casework.forms import VersionField
from yjs.children.models import Child
from yjs.core.forms import GovukDateInput, GovukForm, GovukModelForm
from yjs.core.models import User
from yjs.core.roles import CASEWORKERS
from yjs.justice.models import Outcome
from yjs.resettlement.models import AccommodationRecord, CustodyEpisode, Transition
from yjs.resettlement.services import ACCOMMODATION_FIELDS, EPISODE_FIELDS, TRANSITION_FIELDS


class _Versioned(GovukModelForm):
    version = VersionField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.version if self.instance.pk else None

    def data_for_service(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in self._meta.fields}  # type: ignore[union-attr]

    def _post_clean(self) -> None:
        # The service runs the model's checks once, on the record it saves, and its refusal is shown here.
        pass


class EpisodeForm(_Versioned):
    class Meta:
        model = CustodyEpisode
        fields = list(EPISODE_FIELDS)
        widgets = {
            "kind": forms.RadioSelect,
            "establishment_type": forms.RadioSelect,
            "start_date": GovukDateInput,
            "expected_release_date": GovukDateInput,
            "release_date": GovukDateInput,
        }
        help_texts = {
            "establishment": _("For example, HMYOI Wetherby"),
            "release_date": _("Leave empty while the child is still in custody"),
            "expected_release_date": _("For a sentence, the halfway point of a DTO or the date given by the establishment"),
        }

    def __init__(self, *args: Any, child: Child, service_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        sentences = Outcome.objects.filter(child=child, outcome_type__custodial=True, archived_at__isnull=True)
        self.fields["outcome"].queryset = sentences.select_related("outcome_type")  # type: ignore[attr-defined]
        self.fields["outcome"].empty_label = _("None (remand)")  # type: ignore[attr-defined]
        staff = User.objects.filter(service_id=service_id, role__in=CASEWORKERS, is_active=True)
        self.fields["resettlement_worker"].queryset = staff.order_by("last_name", "first_name")  # type: ignore[attr-defined]
        self.fields["resettlement_worker"].empty_label = _("Not yet chosen")  # type: ignore[attr-defined]


class MilestoneForm(GovukForm):
    done_on = forms.DateField(label=_("Date done"), widget=GovukDateInput, help_text=_("For example, 27 3 2026"))
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["done_on"].past = True  # type: ignore[attr-defined]


class AccommodationForm(_Versioned):
    class Meta:
        model = AccommodationRecord
        fields = list(ACCOMMODATION_FIELDS)
        widgets = {
            "accommodation_type": forms.RadioSelect,
            "start_date": GovukDateInput,
            "end_date": GovukDateInput,
            "suitability": forms.RadioSelect,
            "reason": forms.Textarea(attrs={"rows": 3}),
        }


class TransitionForm(_Versioned):
    class Meta:
        model = Transition
        fields = list(TRANSITION_FIELDS)
        widgets = {
            "status": forms.RadioSelect,
            "meeting_date": GovukDateInput,
            "handover_date": GovukDateInput,
            "notes": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {"probation_practitioner": _("Their name, once probation has allocated one")}
