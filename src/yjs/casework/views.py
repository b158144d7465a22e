"""Casework pages: each fetches and authorises through casework.queries, calls a service, and renders."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import BaseForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from yjs.casework import queries, services
from yjs.casework.assessment_rules import contingency_required
from yjs.casework.continuity import allocatable_staff, suggested_case_managers
from yjs.casework.forms import (
    PLAN_SECTIONS,
    AllocationForm,
    AssessmentForm,
    CloseForm,
    ContactForm,
    ContactOutcomeForm,
    InterventionStartForm,
    OversightForm,
    PlanForm,
    ReviewForm,
    SignificantChangeForm,
    TeamCasesFilterForm,
    summary,
)
from yjs.casework.models import Assessment, Intervention, Plan
from yjs.children.record_pages import mark_children, posted
from yjs.core.access_log import record_view
from yjs.core.concurrency import StaleRecordError
from yjs.core.models import Team
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors, form_after_stale
from yjs.core.roles import CASEWORKERS, MANAGERS, Role

TEAM_CASES_PER_PAGE = 25


def _stale(request: HttpRequest, error: StaleRecordError, to: str) -> HttpResponse:
    messages.error(request, str(error))
    return redirect(to)


def _version(form: BaseForm) -> int | None:
    return form.cleaned_data.get("version")


# Lists


@require_http_methods(["GET"])
def caseload(request: HttpRequest) -> HttpResponse:
    if request.user.role not in CASEWORKERS:
        raise PermissionDenied
    cases = list(queries.caseload_for(request.user))
    mark_children(request.user, [case.child for case in cases])
    return render(request, "casework/caseload.html", {"cases": cases})


@require_http_methods(["GET"])
def team_cases(request: HttpRequest) -> HttpResponse:
    user = request.user
    if user.role not in MANAGERS or user.service_id is None:
        raise PermissionDenied
    teams = Team.objects.filter(service_id=user.service_id) if user.role == Role.SERVICE_MANAGER else None
    filters = TeamCasesFilterForm(request.GET or None, teams=teams)
    valid = filters.is_valid()
    sort = request.GET.get("sort", "next_review")
    sort = sort if sort in queries.TEAM_SORTS else "next_review"
    descending = request.GET.get("order") == "desc"
    cases = queries.team_cases_for(
        user,
        team=filters.cleaned_data.get("team") if valid else None,
        filters=filters.chosen_filters() if valid else [],
        sort=sort,
        descending=descending,
    )
    page = paginate(request, cases, TEAM_CASES_PER_PAGE)
    page.object_list = list(page.object_list)  # evaluated once, so the markers stay on the cases shown
    mark_children(user, [case.child for case in page.object_list])
    sort_query = request.GET.copy()
    sort_query.pop("page", None)
    sort_query.pop("sort", None)
    sort_query.pop("order", None)
    return render(
        request,
        "casework/team_cases.html",
        {
            "filters": filters,
            "page": page,
            "sort": sort,
            "descending": descending,
            "sort_query": sort_query.urlencode(),
            "team": user.team,
        },
    )


# Interventions


@require_http_methods(["GET", "POST"])
def intervention_new(request: HttpRequest, outcome_pk: int) -> HttpResponse:
    outcome = queries.get_outcome_for_user(request.user, outcome_pk, write=True)
    if request.method == "GET":
        record_view(request.user, outcome.child_id, "start an intervention")
    teams = Team.objects.filter(service_id=outcome.service_id)
    if request.user.role != Role.SERVICE_MANAGER:
        teams = teams.filter(pk=request.user.team_id)
    staff = allocatable_staff(outcome.service_id)
    form = InterventionStartForm(
        posted(request),
        teams=teams,
        staff=staff,
        initial={"team": request.user.team_id, "start_date": outcome.start_date or outcome.outcome_date},
    )
    if request.method == "POST" and form.is_valid():
        try:
            intervention = services.start_intervention(request.user, outcome, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Intervention started"))
            return redirect(intervention)
    return render(request, "casework/intervention_new.html", {"form": form, "outcome": outcome, "child": outcome.child})


@require_http_methods(["GET"])
def intervention(request: HttpRequest, pk: int) -> HttpResponse:
    case = queries.get_intervention_for_user(request.user, pk)
    record_view(request.user, case.child_id, "intervention")
    may_change = queries.may_change_intervention(request.user, case)
    assessments = list(case.assessments.filter(archived_at__isnull=True).select_related("submitted_by", "countersigned_by"))
    plans = list(case.plans.filter(archived_at__isnull=True).select_related("submitted_by", "countersigned_by"))
    context = {
        "case": case,
        "child": case.child,
        "status": queries.casework_status_of(case),
        "may_change": may_change and case.is_open,
        "may_allocate": queries.may_allocate(request.user, case) and case.is_open,
        "assessments": assessments,
        "plans": plans,
        # One draft at a time: where there is one, the page offers to carry on with it.
        "draft_assessment": next((a for a in assessments if a.is_draft), None),
        "draft_plan": next((p for p in plans if p.is_draft), None),
        "reviews": case.reviews.filter(archived_at__isnull=True),
        "changes": case.significant_changes.filter(archived_at__isnull=True),
        "contacts": case.contacts.filter(archived_at__isnull=True),
        "allocations": case.allocations.select_related("case_manager", "allocated_by"),
    }
    return render(request, "casework/intervention.html", context)


@require_http_methods(["GET", "POST"])
def allocate(request: HttpRequest, pk: int) -> HttpResponse:
    case = queries.get_intervention_for_user(request.user, pk, write=True)
    if request.method == "GET":
        record_view(request.user, case.child_id, "allocation")
    if not queries.may_allocate(request.user, case):
        raise PermissionDenied
    suggestions = suggested_case_managers(case)
    staff = allocatable_staff(case.service_id).exclude(pk=case.case_manager_id or 0)
    form = AllocationForm(posted(request), staff=staff, suggestions=suggestions, initial={"version": case.version})
    if request.method == "POST" and form.is_valid():
        try:
            services.allocate(request.user, case, form.cleaned_data["case_manager"], _version(form))
        except StaleRecordError as error:
            case = queries.get_intervention_for_user(request.user, pk, write=True)
            form = form_after_stale(AllocationForm, request, error, case.version, staff=staff, suggestions=suggestions)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Case allocated to %(name)s") % {"name": case.case_manager})
            return redirect(case)
    return render(request, "casework/allocate.html", {"form": form, "case": case, "suggestions": suggestions})


@require_http_methods(["GET", "POST"])
def intervention_close(request: HttpRequest, pk: int) -> HttpResponse:
    case = queries.get_intervention_for_user(request.user, pk, write=True)
    if request.method == "GET":
        record_view(request.user, case.child_id, "close intervention")
    form = CloseForm(posted(request), initial={"version": case.version})
    if request.method == "POST" and form.is_valid():
        try:
            services.close_intervention(
                request.user,
                case,
                form.cleaned_data["end_date"],
                form.cleaned_data["reason"],
                _version(form),
                ending=form.cleaned_data["ending"],
            )
        except StaleRecordError as error:
            case = queries.get_intervention_for_user(request.user, pk, write=True)
            form = form_after_stale(CloseForm, request, error, case.version)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Intervention closed"))
            return redirect(case)
    return render(request, "casework/simple_form.html", _form_page(case, form, _("Close the intervention"), _("Close")))


def _form_page(case: Intervention, form: BaseForm, title: str, button: str) -> dict[str, Any]:
    return {"case": case, "child": case.child, "form": form, "title": title, "button": button}


# Assessments and plans


def _countersigned_context(request: HttpRequest, record: Assessment | Plan) -> dict[str, Any]:
    return {
        "may_countersign": record.awaiting_countersignature and queries.may_countersign(request.user, record),
        "oversight_form": OversightForm(initial={"version": record.version}),
    }


def _edit_countersigned(
    request: HttpRequest,
    case: Intervention,
    record: Assessment | Plan | None,
    form: AssessmentForm | PlanForm,
    save: Any,
    save_and_submit: Any,
) -> Assessment | Plan | None:
    """Save as draft or submit from a form; None (with the errors on the form) when refused."""
    if not form.is_valid():
        return None
    data = {name: value for name, value in form.cleaned_data.items() if name != "version"}
    action = save_and_submit if request.POST.get("action") == "submit" else save
    try:
        saved = action(request.user, case, data, record, _version(form))
    except ValidationError as error:
        add_service_errors(form, error)
        return None
    if request.POST.get("action") == "submit":
        messages.success(request, _("Submitted for countersigning"))
    else:
        messages.success(request, _("Draft saved"))
    return saved


@require_http_methods(["GET", "POST"])
def assessment_new(request: HttpRequest, pk: int) -> HttpResponse:
    case = queries.get_intervention_for_user(request.user, pk, write=True)
    if request.method == "GET":
        record_view(request.user, case.child_id, "new assessment")
    form = AssessmentForm(posted(request))
    if request.method == "POST":
        saved = _edit_countersigned(request, case, None, form, services.save_assessment, services.save_and_submit_assessment)
        if saved is not None:
            return redirect(saved)
    return render(request, "casework/assessment.html", {"case": case, "child": case.child, "form": form})


@require_http_methods(["GET", "POST"])
def assessment(request: HttpRequest, pk: int) -> HttpResponse:
    record = queries.get_assessment_for_user(request.user, pk, write=request.method == "POST")
    case = record.intervention
    editable = record.is_draft and case.is_open and queries.may_change_intervention(request.user, case)
    form = AssessmentForm(posted(request), instance=record) if editable else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        latest = None
        try:
            saved = _edit_countersigned(
                request, case, record, form, services.save_assessment, services.save_and_submit_assessment
            )
        except StaleRecordError as error:
            record = queries.get_assessment_for_user(request.user, pk, write=True)
            if not record.is_draft:
                return _stale(request, error, request.path)
            latest = summary(record, AssessmentForm.SECTIONS)
            form = form_after_stale(AssessmentForm, request, error, record.version, instance=record)
            saved = None
        if saved is not None:
            return redirect(saved)
    else:
        record_view(request.user, case.child_id, "assessment")
        latest = None
    context = {"case": case, "child": case.child, "record": record, "form": form, "latest": latest}
    context["summary"] = summary(record, AssessmentForm.SECTIONS)
    return render(request, "casework/assessment.html", context | _countersigned_context(request, record))


def _oversight(request: HttpRequest, record: Assessment | Plan, countersign: Any, send_back: Any) -> HttpResponse:
    form = OversightForm(request.POST)
    if form.is_valid():
        note = form.cleaned_data["note"]
        decision = request.POST.get("decision")
        returning = decision == "return"
        try:
            if decision not in ("countersign", "return"):
                # Fail safe: a post that names no decision changes nothing.
                raise ValidationError(_("Choose whether to countersign or to return it to the case manager."))
            if form.cleaned_data.get("version") not in (None, record.version):
                raise StaleRecordError(record)
            (send_back if returning else countersign)(request.user, record, note)
        except StaleRecordError as error:
            return _stale(request, error, record.get_absolute_url())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Returned to draft") if returning else _("Countersigned"))
            return redirect(record)
    template = "casework/assessment.html" if isinstance(record, Assessment) else "casework/plan.html"
    case = record.intervention
    sections = AssessmentForm.SECTIONS if isinstance(record, Assessment) else PLAN_SECTIONS
    context = {"case": case, "child": case.child, "record": record, "form": None, "summary": summary(record, sections)}
    if isinstance(record, Plan):
        context |= _plan_context(case)
    context |= _countersigned_context(request, record) | {"oversight_form": form}
    return render(request, template, context, status=200)


@require_POST
def assessment_countersign(request: HttpRequest, pk: int) -> HttpResponse:
    record = queries.get_assessment_for_user(request.user, pk)
    if not queries.may_countersign(request.user, record):
        raise PermissionDenied
    return _oversight(request, record, services.countersign_assessment, services.return_assessment)


def _plan_context(case: Intervention) -> dict[str, Any]:
    latest = services.latest_assessment(case)
    needed = latest is not None and contingency_required(latest.safety_rating, latest.rosh_rating)
    return {"case": case, "child": case.child, "latest_assessment": latest, "contingency_needed": needed}


@require_http_methods(["GET", "POST"])
def plan_new(request: HttpRequest, pk: int) -> HttpResponse:
    case = queries.get_intervention_for_user(request.user, pk, write=True)
    if request.method == "GET":
        record_view(request.user, case.child_id, "new plan")
    context = _plan_context(case)
    form = PlanForm(posted(request), contingency_needed=context["contingency_needed"])
    if request.method == "POST":
        saved = _edit_countersigned(request, case, None, form, services.save_plan, services.save_and_submit_plan)
        if saved is not None:
            return redirect(saved)
    return render(request, "casework/plan.html", context | {"form": form})


@require_http_methods(["GET", "POST"])
def plan(request: HttpRequest, pk: int) -> HttpResponse:
    record = queries.get_plan_for_user(request.user, pk, write=request.method == "POST")
    case = record.intervention
    context = _plan_context(case)
    editable = record.is_draft and case.is_open and queries.may_change_intervention(request.user, case)
    form = PlanForm(posted(request), instance=record, contingency_needed=context["contingency_needed"]) if editable else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        latest = None
        try:
            saved = _edit_countersigned(request, case, record, form, services.save_plan, services.save_and_submit_plan)
        except StaleRecordError as error:
            record = queries.get_plan_for_user(request.user, pk, write=True)
            if not record.is_draft:
                return _stale(request, error, request.path)
            latest = summary(record, PLAN_SECTIONS)
            form = form_after_stale(
                PlanForm, request, error, record.version, instance=record, contingency_needed=context["contingency_needed"]
            )
            saved = None
        if saved is not None:
            return redirect(saved)
    else:
        record_view(request.user, case.child_id, "plan")
        latest = None
    context |= {"record": record, "form": form, "summary": summary(record, PLAN_SECTIONS), "latest": latest}
    context |= _countersigned_context(request, record)
    return render(request, "casework/plan.html", context)


@require_POST
def plan_countersign(request: HttpRequest, pk: int) -> HttpResponse:
    record = queries.get_plan_for_user(request.user, pk)
    if not queries.may_countersign(request.user, record):
        raise PermissionDenied
    return _oversight(request, record, services.countersign_plan, services.return_plan)


# Reviews, significant changes and contacts


def _record_page(
    request: HttpRequest, pk: int, form_class: type[BaseForm], service: Any, title: str, done: str
) -> HttpResponse:
    case = queries.get_intervention_for_user(request.user, pk, write=True)
    if request.method == "GET":
        record_view(request.user, case.child_id, "casework form")
    form = form_class(posted(request))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if isinstance(form, ContactForm):
            data = {"scheduled_at": form.scheduled_at(), "contact_type": data["contact_type"]}
        try:
            service(request.user, case, data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect(case)
    return render(request, "casework/simple_form.html", _form_page(case, form, title, _("Save")))


@require_http_methods(["GET", "POST"])
def review_new(request: HttpRequest, pk: int) -> HttpResponse:
    return _record_page(request, pk, ReviewForm, services.record_review, _("Record a review"), _("Review recorded"))


@require_http_methods(["GET", "POST"])
def significant_change_new(request: HttpRequest, pk: int) -> HttpResponse:
    return _record_page(
        request,
        pk,
        SignificantChangeForm,
        services.record_significant_change,
        _("Record a significant change"),
        _("Significant change recorded: check when the next review is due"),
    )


@require_http_methods(["GET", "POST"])
def contact_new(request: HttpRequest, pk: int) -> HttpResponse:
    return _record_page(request, pk, ContactForm, services.record_contact, _("Plan a contact"), _("Contact planned"))


@require_http_methods(["GET", "POST"])
def contact_update(request: HttpRequest, pk: int) -> HttpResponse:
    contact = queries.get_contact_for_user(request.user, pk, write=True)
    case = contact.intervention
    if request.method == "GET":
        record_view(request.user, case.child_id, "contact")
    form = ContactOutcomeForm(
        posted(request),
        initial={
            "version": contact.version,
            "status": contact.status if contact.status != "planned" else None,
            "note": contact.note,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.record_contact_outcome(
                request.user, contact, form.cleaned_data["status"], form.cleaned_data["note"], _version(form)
            )
        except StaleRecordError as error:
            contact = queries.get_contact_for_user(request.user, pk, write=True)
            form = form_after_stale(ContactOutcomeForm, request, error, contact.version)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Contact updated"))
            return redirect(case)
    context = _form_page(case, form, _("What happened at the contact?"), _("Save"))
    context["contact"] = contact
    return render(request, "casework/simple_form.html", context)
