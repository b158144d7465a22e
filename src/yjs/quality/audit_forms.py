"""The audit forms: a new round, assigning auditors, answering a case, moderating it, and the service's ratings."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukDateField, GovukForm
from yjs.core.models import User
from yjs.quality.audit_selectors import StandardQuestions
from yjs.quality.audit_vocabularies import Answer, OversightAnswer
from yjs.quality.models import AuditAnswer, AuditCase, Framework, Standard
from yjs.quality.ratings import EARNED_RATINGS, Rating
from yjs.quality.sampling import MAX_SEED


class RoundForm(GovukForm):
    title = forms.CharField(label=_("Title"), max_length=200, help_text=_("For example, Spring 2025 case audit"))
    framework = forms.ModelChoiceField(
        label=_("Inspection framework"), queryset=Framework.objects.order_by("-version"), widget=forms.RadioSelect
    )
    window_start = GovukDateField(label=_("Interventions starting from"), help_text=_("For example, 1 4 2025"))
    window_end = GovukDateField(label=_("Interventions starting up to"), help_text=_("For example, 30 9 2025"))
    size = forms.IntegerField(
        label=_("Sample size (optional)"),
        required=False,
        min_value=1,
        max_value=999,
        help_text=_("Leave empty for as many cases as give a 95% confidence interval no wider than 10 points either way"),
        widget=forms.NumberInput(attrs={"class": "govuk-input--width-4"}),
    )
    seed = forms.IntegerField(
        label=_("Seed (optional)"),
        required=False,
        min_value=1,
        max_value=MAX_SEED,
        help_text=_("Leave empty for a random seed; enter an earlier round's seed to draw its sample again"),
        widget=forms.NumberInput(attrs={"class": "govuk-input--width-10"}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("window_start"), data.get("window_end")
        if start and end and end < start:
            self.add_error("window_end", _("The end of the window must be the same as or after its start."))
        return data


def _auditor_choices(auditors: list[User]) -> list[tuple[str, str]]:
    return [("", _("Not assigned"))] + [(str(a.pk), f"{a} ({a.get_role_display()})") for a in auditors]


class AssignForm(GovukForm):
    """A choice of auditor for each case not yet audited."""

    def __init__(self, *args: Any, cases: list[AuditCase], auditors: list[User], **kwargs: Any) -> None:
        # Fields are made before the form's own __init__, so that the Design System's classes reach them.
        self.cases = cases
        self.base_fields = {
            f"auditor_{c.pk}": forms.ChoiceField(
                label=_("Auditor for case %(number)s") % {"number": c.position},
                choices=_auditor_choices(auditors),
                required=False,
            )
            for c in cases
        }
        kwargs["initial"] = {f"auditor_{c.pk}": str(c.auditor_id or "") for c in cases}
        super().__init__(*args, **kwargs)

    def rows(self) -> list[tuple[AuditCase, forms.BoundField]]:
        return [(c, self[f"auditor_{c.pk}"]) for c in self.cases]


class EvenlyForm(GovukForm):
    auditors = forms.MultipleChoiceField(label=_("Auditors to share the cases between"), widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args: Any, auditors: list[User], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["auditors"].choices = [(str(a.pk), f"{a} ({a.get_role_display()})") for a in auditors]  # type: ignore[attr-defined]


class AuditForm(GovukForm):
    """Yes, No or Not applicable for every key question asked of the case, a reason for every No, and oversight."""

    oversight_met = forms.ChoiceField(
        label=_("Did management oversight meet the needs of the case?"),
        choices=OversightAnswer.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    oversight_reason = forms.CharField(
        label=_("Why oversight did not meet the needs of the case"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, standards: list[StandardQuestions], answers: list[AuditAnswer], **kwargs: Any) -> None:
        self.standards = standards
        known = {a.key_question_id: a for a in answers}
        fields: dict[str, forms.Field] = {}
        initial = dict(kwargs.pop("initial", {}))
        for group in standards:
            for kq in group.questions:
                fields[f"answer_{kq.pk}"] = forms.ChoiceField(
                    label=kq.text, choices=Answer.choices, required=False, widget=forms.RadioSelect
                )
                fields[f"reason_{kq.pk}"] = forms.CharField(
                    label=_("Reason (required for No)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
                )
                if kq.pk in known:
                    initial[f"answer_{kq.pk}"] = known[kq.pk].answer
                    initial[f"reason_{kq.pk}"] = known[kq.pk].reason
        self.base_fields = {**fields, **type(self).base_fields}
        super().__init__(*args, initial=initial, **kwargs)

    def groups(self) -> list[dict[str, Any]]:
        return [
            {
                "standard": group.standard,
                "questions": [
                    {"kq": kq, "answer": self[f"answer_{kq.pk}"], "reason": self[f"reason_{kq.pk}"]}
                    for kq in group.questions
                ],
            }
            for group in self.standards
        ]


AGREE, CHANGE = "agree", "change"


class ModerationForm(GovukForm):
    """For each answer: agree, or change it to another answer with a reason."""

    def __init__(self, *args: Any, answers: list[AuditAnswer], **kwargs: Any) -> None:
        self.answers = answers
        fields: dict[str, forms.Field] = {}
        initial: dict[str, str] = {}
        for record in answers:
            pk = record.key_question_id
            fields[f"agree_{pk}"] = forms.ChoiceField(
                label=_("Your view of: %(question)s") % {"question": record.key_question.text},
                choices=[(AGREE, _("Agree")), (CHANGE, _("Change the answer"))],
                widget=forms.RadioSelect,
            )
            fields[f"changed_{pk}"] = forms.ChoiceField(
                label=_("Moderated answer"), choices=Answer.choices, required=False, widget=forms.RadioSelect
            )
            fields[f"why_{pk}"] = forms.CharField(
                label=_("Reason for the change"), required=False, widget=forms.Textarea(attrs={"rows": 2})
            )
            initial[f"agree_{pk}"] = CHANGE if record.moderated_answer else AGREE
            initial[f"changed_{pk}"] = record.moderated_answer
            initial[f"why_{pk}"] = record.moderation_reason
        self.base_fields = fields
        super().__init__(*args, initial=initial, **kwargs)

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "answer": a,
                "agree": self[f"agree_{a.key_question_id}"],
                "changed": self[f"changed_{a.key_question_id}"],
                "why": self[f"why_{a.key_question_id}"],
            }
            for a in self.answers
        ]


def _rating_choices(standard: Standard) -> list[tuple[str, str]]:
    earned = [(str(r), str(r)) for r in EARNED_RATINGS]
    if standard.may_be_not_rated:
        earned.append((str(Rating.NOT_RATED), str(Rating.NOT_RATED)))
    return earned


class RatingForm(GovukForm):
    """One standard: a judgement with its evidence, or for a case-assessed standard an override and its reason."""

    rating = forms.ChoiceField(label=_("Rating"), required=False, widget=forms.Select(attrs={"class": "govuk-select"}))
    strengths = forms.CharField(label=_("Strengths"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    areas_for_improvement = forms.CharField(
        label=_("Areas for improvement"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    override_reason = forms.CharField(
        label=_("Reason for the override"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, standard: Standard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.standard = standard
        blank = _("Keep the computed rating") if standard.is_case_assessed else _("Not yet judged")
        self.fields["rating"].choices = [("", blank), *_rating_choices(standard)]
        if standard.is_case_assessed:
            self.fields["rating"].label = _("Override the computed rating")
            del self.fields["strengths"], self.fields["areas_for_improvement"]
        else:
            del self.fields["override_reason"]
