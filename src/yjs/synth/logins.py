"""One demo login per role, with fixed passwords printed on screen: for a demo or a trial, never production.

Only the `demo` command and `synth --demo-users` call this; no migration creates a login.
"""

from __future__ import annotations

from datetime import date

from axes.utils import reset as reset_lockouts
from django.db import transaction
from django.db.models import Count, Q

from yjs.casework.models import Allocation, Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.core.agencies import ensure_default_agencies
from yjs.core.models import Service, Team, User
from yjs.core.roles import Role

USERNAMES = {
    Role.CASE_MANAGER: "casemanager",
    Role.TEAM_MANAGER: "teammanager",
    Role.SERVICE_MANAGER: "servicemanager",
    Role.POLICE_OFFICER: "police",
    Role.HEALTH_WORKER: "health",
    Role.PARTNER_SCREENER: "screener",
    Role.BOARD_MEMBER: "board",
    Role.AUDITOR: "auditor",
    Role.ADMINISTRATOR: "admin",
}
SCREENER_AGENCY = "Children's social care"
IN_TEAM = frozenset({Role.CASE_MANAGER, Role.TEAM_MANAGER})
CASELOAD = 18
SHOWCASE = 4  # of each: cases with an overdue review, and with an assessment awaiting countersignature


def password_for(username: str) -> str:
    return f"demo-{username}"


def busiest_team(service: Service) -> Team | None:
    """The team with most open court cases: where reviews fall due and a caseload shows the most."""
    court = Q(interventions__end_date__isnull=True, interventions__outcome__outcome_type__stage="court")
    return (
        Team.objects.filter(service=service)
        .annotate(open_cases=Count("interventions", filter=court))
        .order_by("-open_cases", "pk")
        .first()
    )


@transaction.atomic
def ensure_demo_logins(service: Service, as_of: date) -> list[tuple[str, str, str]]:
    """Create or reset one login per role in `service`; give the case manager a real caseload."""
    team = busiest_team(service)
    made: dict[str, User] = {}
    agencies = {agency.name: agency for agency in ensure_default_agencies(service)}
    for role, username in USERNAMES.items():
        user, _ = User.objects.get_or_create(username=username)
        user.first_name, user.last_name = "Demo", str(role.label)
        user.role, user.service, user.is_active = role, service, True
        user.team = team if role in IN_TEAM else None
        user.partner_agency = agencies[SCREENER_AGENCY] if role == Role.PARTNER_SCREENER else None
        user.set_password(password_for(username))
        user.save()
        reset_lockouts(username=username)
        made[role] = user
    if team is not None:
        give_caseload(made[Role.CASE_MANAGER], made[Role.TEAM_MANAGER], team, as_of)
    return [(u.username, password_for(u.username), str(Role(u.role).label)) for u in made.values()]


def give_caseload(case_manager: User, team_manager: User, team: Team, as_of: date) -> None:
    """Hand open cases in the team to `case_manager` until they hold about CASELOAD.

    The demo case manager takes each case over as if they had held it since its latest allocation, with
    the records written in that time, so that the caseload, the records awaiting countersignature and
    their history read as one person's work.
    """
    needed = CASELOAD - Intervention.objects.open().filter(case_manager=case_manager).count()
    if needed <= 0:
        return
    pool = Intervention.objects.open().filter(team=team).exclude(case_manager=case_manager).order_by("pk")
    chosen = list(pool.filter(next_review_due__lt=as_of).values_list("pk", flat=True)[:SHOWCASE])
    awaiting = pool.filter(assessments__status="submitted").exclude(pk__in=chosen).distinct()
    chosen += list(awaiting.values_list("pk", flat=True)[:SHOWCASE])
    chosen += list(pool.exclude(pk__in=chosen).values_list("pk", flat=True)[: max(0, needed - len(chosen))])
    chosen = chosen[:needed]
    Allocation.objects.filter(intervention_id__in=chosen, ended_on__isnull=True).update(case_manager=case_manager)
    Intervention.objects.filter(pk__in=chosen).update(case_manager=case_manager)
    for model in (Assessment, Plan, Review, SignificantChange, Contact):
        records = model.objects.filter(intervention_id__in=chosen)
        records.filter(created_by__role=Role.CASE_MANAGER).update(created_by=case_manager)
        records.filter(modified_by__role=Role.CASE_MANAGER).update(modified_by=case_manager)
    for model in (Assessment, Plan):
        model.objects.filter(intervention_id__in=chosen, submitted_by__role=Role.CASE_MANAGER).update(
            submitted_by=case_manager
        )


def table(rows: list[tuple[str, str, str]]) -> str:
    header = ("username", "password", "role")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
