"""The quarterly board report of the reader's own service: the page, its PDF, and the commentary form."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from yjs.children.models import Child
from yjs.core.models import User
from yjs.performance.access import may_read_performance
from yjs.performance.board_report.commentary import may_write_commentary, save_commentary
from yjs.performance.board_report.forms import MAX_CHARACTERS, CommentaryForm, field_name
from yjs.performance.board_report.pdf import print_html, render_pdf, report_context
from yjs.performance.board_report.report import board_report as build_report
from yjs.performance.board_report.report import commentaries
from yjs.performance.board_report.sections import SECTIONS
from yjs.performance.kpis.forms import QuarterForm
from yjs.performance.periods import Quarter, last_complete_quarter


def _reader(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if not may_read_performance(user):
        raise PermissionDenied
    return user


def _chooser(request: HttpRequest) -> tuple[QuarterForm, Quarter]:
    today = timezone.localdate()
    chooser = QuarterForm(request.GET or None, today=today)
    return chooser, chooser.chosen(last_complete_quarter(today))


@require_GET
def board_report(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    chooser, quarter = _chooser(request)
    assert user.service is not None
    report = build_report(user.service, quarter, timezone.localdate())
    context = report_context(report, chooser=chooser, may_write=may_write_commentary(user), pdf=False)
    return render(request, "performance/board_report/page.html", context)


@require_GET
def board_report_pdf(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    chooser, quarter = _chooser(request)
    if chooser.is_bound and not chooser.is_valid():
        raise Http404(_("There is no board report for that quarter."))
    assert user.service is not None
    rendered = render_pdf(print_html(build_report(user.service, quarter, timezone.localdate())))
    response = HttpResponse(rendered.pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="board-report-{user.service.code}-{quarter}.pdf"'
    return response


@require_http_methods(["GET", "POST"])
def commentary(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    if not may_write_commentary(user):
        raise PermissionDenied
    service = user.service
    assert service is not None
    chooser, quarter = _chooser(request)
    if chooser.is_bound and not chooser.is_valid():
        raise Http404(_("There is no board report for that quarter."))
    names = [
        f"{first} {last}" for first, last in Child.objects.filter(service=service).values_list("first_name", "last_name")
    ]
    written = commentaries(service, quarter)
    form = CommentaryForm(
        request.POST if request.method == "POST" else None,
        initial=CommentaryForm.initial_from(written),
        child_names=names,
    )
    if request.method == "POST" and form.is_valid():
        save_commentary(user, service, quarter, form.texts())
        messages.success(request, _("Commentary saved for %(label)s") % {"label": quarter.financial_year_label()})
        return redirect(f"{reverse('performance:board_report')}?quarter={quarter}")
    sections = [(heading, form[field_name(key)], written.get(key, "")) for key, heading in SECTIONS.items()]
    context = {"form": form, "quarter": quarter, "service": service, "sections": sections, "max_characters": MAX_CHARACTERS}
    return render(request, "performance/board_report/commentary.html", context)


urlpatterns = [
    path("board-report/", board_report, name="board_report"),
    path("board-report/pdf/", board_report_pdf, name="board_report_pdf"),
    path("board-report/commentary/", commentary, name="board_report_commentary"),
]
