"""The victims area's pages: the child's victims tab, a victim's page and its forms, the worklist and the
service's victim workers. Each fetches and authorises through yjs.victims.access, calls a query or a
service, and renders; every page about a child's victim writes an access-log row for that child."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from yjs.children.history import changes_of
from yjs.children.record_pages import apply_stale_refusal, child_context, posted
from yjs.core.access_log import record_view
from yjs.core.models import User
from yjs.core.pagination import paginate
from yjs.core.refusals import add_service_errors
from yjs.victims import access, forms, queries, services
from yjs.victims.models import (
    Consent,
    RestorativeJusticeOffer,
    Victim,
    VictimContact,
    VictimFeedback,
    VictimWishes,
)
from yjs.victims.vocabularies import ConsentKind

SECTION = "victims"
# Each list on the worklist shows its oldest items first, up to this many, with how many there are in all.
WORKLIST_SHOWN = 50


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _victim(request: HttpRequest, pk: int, page: str) -> Victim:
    victim = access.get_victim_for_user(_user(request), pk)
    record_view(_user(request), victim.child_id, page)
    return victim


@require_safe
def child(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    found = access.get_child_for_victims(user, pk)
    record_view(user, found.pk, "victims")
    context = child_context(
        request,
        found,
        SECTION,
        victims=queries.child_victims(found, timezone.localdate()),
        may_see_details=access.may_see_details(user),
    )
    return render(request, "victims/child.html", context)


@require_http_methods(["GET", "POST"])
def victim_new(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    if not access.may_see_details(user):
        raise PermissionDenied
    found = access.get_child_for_victims(user, pk)
    record_view(user, found.pk, "add a victim")
    form = forms.VictimForm(posted(request), child=found, initial={"referred_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            victim = services.add_victim(user, found, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s has been added") % {"name": victim.name})
            return redirect("victims:victim", victim.pk)
    context = child_context(request, found, SECTION, form=form, title=_("Add a victim"))
    return render(request, "victims/form.html", context)


@require_safe
def victim(request: HttpRequest, pk: int) -> HttpResponse:
    found = _victim(request, pk, "victim")
    [victim_with] = queries.with_records(Victim.objects.filter(pk=found.pk))
    consents = {consent.kind: consent for consent in victim_with.consent_list}  # type: ignore[attr-defined]
    context = child_context(
        request,
        found.child,
        SECTION,
        victim=victim_with,
        consents=[(kind, label, consents.get(kind)) for kind, label in ConsentKind.choices],
        feedback=found.feedback.filter(archived_at__isnull=True),
        today=timezone.localdate(),
    )
    return render(request, "victims/victim.html", context)


def _victim_form(
    request: HttpRequest,
    pk: int,
    page: str,
    form_class: type[Any],
    save: Callable[[User, Victim, dict[str, Any]], Any],
    title: str,
    done: str,
    **form_kwargs: Any,
) -> HttpResponse:
    """A form about one victim: validated, saved by its service, or shown again with the refusal."""
    user = _user(request)
    found = _victim(request, pk, page)
    form = form_class(posted(request), victim=found, **form_kwargs)
    if request.method == "POST" and form.is_valid():
        try:
            save(user, found, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, done)
            return redirect("victims:victim", found.pk)
    context = child_context(request, found.child, SECTION, form=form, title=title, victim=found)
    return render(request, "victims/form.html", context)


def _refuse(form: Any, error: ValidationError, saved: Callable[[], Any]) -> list[tuple[str, str]]:
    """Show a refusal on the form; a save from a stale page also returns how the record as saved now differs."""
    if isinstance(error, services.StaleChange):
        return apply_stale_refusal(form, error.stale, saved())
    add_service_errors(form, error)
    return []


@require_http_methods(["GET", "POST"])
def contact_new(request: HttpRequest, pk: int) -> HttpResponse:
    today = timezone.localdate()
    return _victim_form(
        request,
        pk,
        "record a victim contact",
        forms.ContactForm,
        services.record_contact,
        _("Record a contact with the victim"),
        _("Contact recorded"),
        initial={"contact_date": today},
    )


@require_http_methods(["GET", "POST"])
def consent(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    if kind not in ConsentKind.values:
        raise Http404
    user = _user(request)
    found = _victim(request, pk, "victim consent")
    existing = found.consents.filter(kind=kind, archived_at__isnull=True).first()
    form = forms.ConsentForm(posted(request), victim=found, kind=kind, instance=existing)
    conflicts: list[tuple[str, str]] = []
    if request.method == "POST" and form.is_valid():
        try:
            services.record_consent(user, found, kind, form.cleaned_data)
        except ValidationError as error:
            conflicts = _refuse(form, error, lambda: Consent.objects.get(pk=existing.pk))  # type: ignore[union-attr]
        else:
            messages.success(request, _("Consent recorded"))
            return redirect("victims:victim", found.pk)
    title = _("Consent: %(question)s") % {"question": str(ConsentKind(kind).label).lower()}
    context = child_context(request, found.child, SECTION, form=form, title=title, victim=found, conflicts=conflicts)
    return render(request, "victims/form.html", context)


@require_http_methods(["GET", "POST"])
def offer_new(request: HttpRequest, pk: int) -> HttpResponse:
    return _victim_form(
        request,
        pk,
        "offer restorative justice",
        forms.OfferForm,
        services.offer_restorative_justice,
        _("Offer restorative justice"),
        _("Restorative justice offer recorded"),
        initial={"offered_on": timezone.localdate(), "response": "awaiting"},
    )


@require_http_methods(["GET", "POST"])
def offer_edit(request: HttpRequest, pk: int, offer_pk: int) -> HttpResponse:
    user = _user(request)
    found = _victim(request, pk, "change a restorative justice offer")
    offer = get_object_or_404(RestorativeJusticeOffer, pk=offer_pk, victim=found, archived_at__isnull=True)
    form = forms.OfferForm(posted(request), victim=found, instance=offer)
    conflicts: list[tuple[str, str]] = []
    if request.method == "POST" and form.is_valid():
        try:
            services.change_offer(user, offer, form.cleaned_data)
        except ValidationError as error:
            conflicts = _refuse(form, error, lambda: RestorativeJusticeOffer.objects.get(pk=offer.pk))
        else:
            messages.success(request, _("Restorative justice saved"))
            return redirect("victims:victim", found.pk)
    context = child_context(
        request,
        found.child,
        SECTION,
        form=form,
        title=_("Restorative justice: answer and what took place"),
        victim=found,
        conflicts=conflicts,
    )
    return render(request, "victims/form.html", context)


@require_http_methods(["GET", "POST"])
def wishes_new(request: HttpRequest, pk: int) -> HttpResponse:
    return _victim_form(
        request,
        pk,
        "record a victim's wishes",
        forms.WishesForm,
        services.record_wishes,
        _("Record the victim's wishes for the child's plan"),
        _("Wishes recorded"),
        initial={"recorded_on": timezone.localdate()},
    )


@require_http_methods(["GET", "POST"])
def feedback_new(request: HttpRequest, pk: int) -> HttpResponse:
    return _victim_form(
        request,
        pk,
        "record victim feedback",
        forms.FeedbackForm,
        services.record_feedback,
        _("Record the victim's feedback"),
        _("Feedback recorded"),
        initial={"received_on": timezone.localdate()},
    )


@require_http_methods(["GET", "POST"])
def victim_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    found = _victim(request, pk, "change a victim")
    form = forms.VictimForm(posted(request), child=found.child, instance=access.get_victim_for_user(user, pk))
    conflicts: list[tuple[str, str]] = []
    if request.method == "POST" and form.is_valid():
        try:
            services.change_victim(user, found, form.cleaned_data)
        except ValidationError as error:
            conflicts = _refuse(form, error, lambda: Victim.objects.get(pk=found.pk))
        else:
            messages.success(request, _("%(name)s saved") % {"name": found.name})
            return redirect("victims:victim", found.pk)
    title = _("Change the victim's details")
    context = child_context(request, found.child, SECTION, form=form, title=title, victim=found, conflicts=conflicts)
    return render(request, "victims/form.html", context)


@require_http_methods(["GET", "POST"])
def victim_archive(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user(request)
    found = _victim(request, pk, "remove a victim")
    form = forms.ArchiveForm(posted(request))
    if request.method == "POST" and form.is_valid():
        services.archive_victim(user, found, form.cleaned_data["reason"])
        messages.success(request, _("%(name)s has been removed from the record") % {"name": found.name})
        return redirect("victims:child", found.child_id)
    context = child_context(request, found.child, SECTION, form=form, victim=found)
    return render(request, "victims/archive.html", context)


HISTORY_MODELS = (
    (VictimContact, _("Contact")),
    (Consent, _("Consent")),
    (RestorativeJusticeOffer, _("Restorative justice")),
    (VictimWishes, _("Wishes")),
    (VictimFeedback, _("Feedback")),
)


@require_safe
def history(request: HttpRequest, pk: int) -> HttpResponse:
    found = _victim(request, pk, "victim history")
    rows = list(Victim.history.filter(id=found.pk).select_related("history_user").order_by("history_date", "history_id"))
    changes = changes_of(Victim, rows, lambda row: _("Victim's details"))
    for model, label in HISTORY_MODELS:
        versions = model.history.filter(victim_id=found.pk).select_related("history_user")  # type: ignore[attr-defined]
        changes += changes_of(
            model, list(versions.order_by("history_date", "history_id")), lambda row, label=label: str(label)
        )
    changes.sort(key=lambda change: change.when, reverse=True)
    page = paginate(request, changes)
    return render(request, "victims/history.html", child_context(request, found.child, SECTION, victim=found, page_obj=page))


@require_safe
def worklist(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not access.may_see_details(user):
        raise PermissionDenied
    today = timezone.localdate()
    victims = access.victims_visible_to(user).select_related("child")
    lists = {
        "awaiting": queries.awaiting_first_contact(victims),
        "without_offer": queries.consented_without_offer(victims, today),
        "overdue": queries.follow_ups_overdue(victims, today),
    }
    context = {
        **{name: items[:WORKLIST_SHOWN] for name, items in lists.items()},
        **{f"{name}_count": items.count() for name, items in lists.items()},
        "shown": WORKLIST_SHOWN,
        "today": today,
        "is_victim_worker": access.is_victim_worker(user),
        "may_keep_workers": access.may_keep_workers(user),
    }
    return render(request, "victims/worklist.html", context)


def _keeper(request: HttpRequest) -> User:
    user = _user(request)
    if not access.may_keep_workers(user):
        raise PermissionDenied
    return user


@require_safe
def workers(request: HttpRequest) -> HttpResponse:
    user = _keeper(request)
    return render(request, "victims/workers.html", {"workers": access.workers_of(user), "today": timezone.localdate()})


@require_http_methods(["GET", "POST"])
def worker_new(request: HttpRequest) -> HttpResponse:
    user = _keeper(request)
    form = forms.WorkerForm(posted(request), service_id=user.service_id, initial={"active_from": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            worker = services.designate_worker(user, form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s is now a victim worker") % {"name": worker.user})
            return redirect("victims:workers")
    return render(request, "victims/worker_form.html", {"form": form, "title": _("Designate a victim worker")})


@require_http_methods(["GET", "POST"])
def worker_end(request: HttpRequest, pk: int) -> HttpResponse:
    user = _keeper(request)
    worker = get_object_or_404(access.workers_of(user), pk=pk)
    form = forms.EndWorkerForm(posted(request), initial={"last_day": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.end_designation(user, worker, form.cleaned_data["last_day"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s is no longer a victim worker") % {"name": worker.user})
            return redirect("victims:workers")
    title = _("End %(name)s's time as a victim worker") % {"name": worker.user}
    return render(request, "victims/worker_form.html", {"form": form, "title": title, "worker": worker})
