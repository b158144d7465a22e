"""The police proposal and the YJS brief assessment: propose, allocate the assessment, record it."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from yjs.casework.continuity import allocatable_staff
from yjs.children.record_pages import posted
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.models import User
from yjs.core.refusals import add_service_errors
from yjs.diversion.forms_screening import AllocateAssessmentForm, BriefAssessmentForm, ProposalForm
from yjs.diversion.models import BriefAssessment, Notification
from yjs.diversion.pipeline import TransitionRefused
from yjs.diversion.rules import DiversionRules
from yjs.diversion.services import proposal as services
from yjs.diversion.services import screening
from yjs.diversion.views.notification import get_notification_for_user
from yjs.justice.models import Outcome


def _log(request: HttpRequest, notification: Notification, what: str) -> None:
    if request.method == "GET" and notification.child_id:
        record_view(request.user, notification.child_id, f"{what} {notification.police_reference}")  # type: ignore[arg-type]


def _keep_typed(form: Any, error: Exception, version: int) -> None:
    """Refuse a stale save on the form, keeping what was typed and carrying the latest version."""
    form.add_error(None, str(error))
    form.data = form.data.copy()
    form.data["version"] = str(version)


@require_http_methods(["GET", "POST"])
def propose(request: HttpRequest, pk: int) -> HttpResponse:
    notification = get_notification_for_user(request, pk, work=True)
    _log(request, notification, "Out-of-court proposal")
    rules = DiversionRules.from_settings()
    refusal = services.proposal_refusal(notification)
    initial = {"offence_category": notification.offence_category, "version": notification.version}
    form = ProposalForm(posted(request), rules=rules, initial=initial)
    if request.method == "POST" and refusal is None and form.is_valid():
        data = {name: form.cleaned_data.get(name) for name in services.PROPOSAL_FIELDS}
        try:
            services.propose(request.user, notification, data, form.cleaned_data.get("version"))  # type: ignore[arg-type]
        except StaleRecordError as error:
            notification = get_notification_for_user(request, pk, work=True)
            _keep_typed(form, error, notification.version)
        except TransitionRefused as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Proposal recorded"))
            return redirect(notification)
    elif request.method == "POST" and refusal:
        messages.error(request, refusal)
    context = {
        "notification": notification,
        "child": notification.child,
        "form": form,
        "refusal": refusal,
        # Overdue agencies the proposal may go ahead without: the page names them.
        "late": [r for r in screening.unanswered(notification) if r.due_on < timezone.localdate()],
        "requests": notification.screening_requests.filter(archived_at__isnull=True).select_related("agency"),
        "previous_outcomes": (
            Outcome.objects.filter(child_id=notification.child_id, archived_at__isnull=True)
            .select_related("outcome_type")
            .order_by("-outcome_date")
            if notification.child_id
            else []
        ),
    }
    return render(request, "diversion/proposal/propose.html", context)


def _assessment(notification: Notification) -> BriefAssessment:
    try:
        return notification.brief_assessment
    except ObjectDoesNotExist:
        raise Http404 from None


@require_http_methods(["GET", "POST"])
def assessment_allocate(request: HttpRequest, pk: int) -> HttpResponse:
    notification = get_notification_for_user(request, pk, work=True)
    assessment = _assessment(notification)
    user: User = request.user  # type: ignore[assignment]
    if not services.may_allocate_assessment(user, assessment):
        raise PermissionDenied
    _log(request, notification, "Brief assessment allocation")
    suggestions = services.suggested_for_assessment(notification)
    staff = allocatable_staff(notification.service_id)
    form = AllocateAssessmentForm(
        posted(request),
        staff=staff,
        suggestions=suggestions,
        initial={"version": assessment.version, "case_manager": assessment.case_manager_id},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.allocate_brief_assessment(
                user, assessment, form.cleaned_data["case_manager"], form.cleaned_data.get("version")
            )
        except StaleRecordError as error:
            _keep_typed(form, error, BriefAssessment.objects.get(pk=assessment.pk).version)
        except TransitionRefused as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Brief assessment allocated to %(name)s") % {"name": assessment.case_manager})
            return redirect(notification)
    context = {"notification": notification, "assessment": assessment, "form": form, "suggestions": suggestions}
    return render(request, "diversion/proposal/allocate.html", context)


@require_http_methods(["GET", "POST"])
def assessment_record(request: HttpRequest, pk: int) -> HttpResponse:
    """The case manager's brief assessment: saved as a draft, then completed for the panel."""
    notification = get_notification_for_user(request, pk)
    assessment = _assessment(notification)
    user: User = request.user  # type: ignore[assignment]
    if not services.may_record_assessment(user, assessment):
        raise PermissionDenied
    _log(request, notification, "Brief assessment")
    editable = assessment.completed_on is None
    form = BriefAssessmentForm(posted(request), instance=BriefAssessment.objects.get(pk=assessment.pk))
    if request.method == "POST":
        completing = request.POST.get("action") == "complete"
        if not editable:
            form.add_error(None, _("This brief assessment has been completed and can no longer be changed."))
        elif form.is_valid():
            data = {name: form.cleaned_data.get(name) for name in services.ASSESSMENT_FIELDS}
            save = services.complete_brief_assessment if completing else services.save_brief_assessment
            try:
                save(user, assessment, data, form.cleaned_data.get("version"))
            except StaleRecordError as error:
                _keep_typed(form, error, BriefAssessment.objects.get(pk=assessment.pk).version)
            except TransitionRefused as error:
                form.add_error(None, str(error))
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Brief assessment completed") if completing else _("Draft saved"))
                return redirect(notification if completing else request.path)
    context = {
        "notification": notification,
        "assessment": assessment,
        "proposal": getattr(notification, "proposal", None),
        "form": form if editable else None,
    }
    return render(request, "diversion/proposal/assessment.html", context)


urlpatterns = [
    path("notifications/<int:pk>/propose/", propose, name="propose"),
    path("notifications/<int:pk>/brief-assessment/allocate/", assessment_allocate, name="assessment_allocate"),
    path("notifications/<int:pk>/brief-assessment/", assessment_record, name="assessment_record"),
]
