"""The demo's quality records: the six recommendations of the 2023 inspection of a combined service with their
actions, and an audit round.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction

from yjs.core.models import Service, User
from yjs.governance.models import Action, ProgressUpdate, Recommendation
from yjs.governance.vocabularies import PlanOwner, PlanStatus, SourceKind
from yjs.lib.dates import add_months

INSPECTION_TITLE = "HMIP inspection of youth justice services, January 2023"
INSPECTION_PUBLISHED = date(2023, 6, 13)


@dataclass(frozen=True)
class DemoAction:
    what: str
    owner: str  # a partner's job title, or "service_manager" for the demo's service manager login
    due_months: int  # months from `as_of`: negative is in the past
    done_months: int | None = None  # months from `as_of` it was done, or None while open


@dataclass(frozen=True)
class DemoRecommendation:
    number: int
    owner: str
    text: str
    actions: tuple[DemoAction, ...]
    progress: tuple[tuple[int, str], ...]  # (months from `as_of`, what was written)


SM = "service_manager"

# Our summary of the six recommendations made to Dorset in 2023 (DOMAIN.md section 3), with actions a service
# might set itself: some done, some in progress, and at least one overdue whenever the demo is built.
RECOMMENDATIONS: tuple[DemoRecommendation, ...] = (
    DemoRecommendation(
        1,
        PlanOwner.BOARD,
        "Review the board's arrangements across the combined area and consider independent chairing.",
        (
            DemoAction(
                "Commission a review of board membership, terms of reference and sub-groups", "Chair of the board", -10, -9
            ),
            DemoAction("Present options for independent chairing to the board", "Chair of the board", -2),
            DemoAction("Agree revised terms of reference and publish them", "Chair of the board", 3),
        ),
        (
            (-9, "Review completed by the local authority's governance team; report shared with members."),
            (-1, "Options paper drafted; discussion deferred to the next meeting as two statutory partners were absent."),
        ),
    ),
    DemoRecommendation(
        2,
        PlanOwner.BOARD,
        "Agree a shared partnership approach and framework for child exploitation and county lines.",
        (
            DemoAction(
                "Map the exploitation panels and pathways in both local authorities", "Head of community safety", -8, -7
            ),
            DemoAction(
                "Agree a joint exploitation framework with children's social care and police",
                "Director of children's services",
                -1,
            ),
            DemoAction("Train case managers on the framework and the referral pathway", SM, 4),
        ),
        (
            (-7, "Mapping complete: two panels with different thresholds; a single panel proposed."),
            (-2, "Draft framework circulated to partners for comment."),
        ),
    ),
    DemoRecommendation(
        3,
        PlanOwner.BOARD,
        "Keep supporting and challenging schools so that every child gets their full education entitlement.",
        (
            DemoAction(
                "Report part-time timetables and exclusions of children known to the service to each board",
                "Head of virtual school",
                -6,
                -6,
            ),
            DemoAction(
                "Agree an escalation route to the education lead for children without full-time provision",
                "Head of virtual school",
                2,
            ),
        ),
        ((-5, "Quarterly education report now a standing board item."),),
    ),
    DemoRecommendation(
        4,
        PlanOwner.BOARD,
        "Make sure case managers are invited to all statutory multi-agency meetings of children's social care and "
        "can read its records directly.",
        (
            DemoAction(
                "Add the service to the invitation lists for strategy meetings and child protection conferences",
                "Head of children's social care",
                -9,
                -8,
            ),
            DemoAction(
                "Give case managers read access to children's social care records", "Head of children's social care", -3, -1
            ),
            DemoAction("Audit a sample of cases for attendance at multi-agency meetings", SM, 1),
        ),
        (
            (-8, "Invitation lists updated in both local authorities."),
            (-1, "Read access live for all case managers after information-sharing agreement signed."),
        ),
    ),
    DemoRecommendation(
        5,
        SM,
        "Analyse reoffending after out-of-court disposals and monitor how effective each disposal is.",
        (
            DemoAction("Produce a reoffending analysis by out-of-court disposal type", SM, -5, -4),
            DemoAction("Report out-of-court reoffending to the board each quarter", SM, -1, -1),
        ),
        ((-4, "First analysis presented: reoffending lowest after community resolutions with an intervention."),),
    ),
    DemoRecommendation(
        6,
        SM,
        "Improve the analysis and quality of assessments of the risk of harm a child poses to others.",
        (
            DemoAction("Deliver risk of harm training to all case managers", SM, -4, -3),
            DemoAction("Introduce a monthly audit of risk of harm assessments", SM, -1),
            DemoAction("Report audit findings on risk of harm to the board", SM, 5),
        ),
        (
            (-3, "Training delivered to 21 of 23 case managers; the remaining two booked."),
            (0, "Audit tool agreed; the first round slipped because of staff absence."),
        ),
    ),
)


def _month_offset(as_of: date, months: int) -> date:
    return add_months(as_of, months)


def _written_on(as_of: date, months: int) -> date:
    # Progress is dated a few days before the month mark so that none of it falls after `as_of`.
    return min(_month_offset(as_of, months) - timedelta(days=3), as_of)


def ensure_demo_recommendations(service: Service, as_of: date, users: dict[str, User]) -> bool:
    """The six recommendations of the inspection, once; False if the service has them already."""
    if Recommendation.objects.filter(service=service, source_title=INSPECTION_TITLE).exists():
        return False
    manager = users.get("service_manager")
    made_on = min(INSPECTION_PUBLISHED, _month_offset(as_of, -12))
    for spec in RECOMMENDATIONS:
        recommendation = Recommendation.objects.create(
            service=service,
            source_kind=SourceKind.INSPECTION_REPORT,
            source_title=INSPECTION_TITLE,
            made_on=made_on,
            number=spec.number,
            text=spec.text,
            owner=PlanOwner.BOARD if spec.owner == PlanOwner.BOARD else PlanOwner.SERVICE_MANAGER,
            status=PlanStatus.OPEN,
        )
        for action in spec.actions:
            staff = manager if action.owner == SM else None
            Action.objects.create(
                recommendation=recommendation,
                what=action.what,
                owner_staff=staff,
                owner_name="" if staff is not None else (action.owner if action.owner != SM else "Service manager"),
                due_on=_month_offset(as_of, action.due_months),
                done_on=None if action.done_months is None else min(_month_offset(as_of, action.done_months), as_of),
            )
        author = manager or User.objects.filter(service=service).order_by("pk").first()
        if author is None:
            continue
        for months, text in spec.progress:
            ProgressUpdate.objects.create(
                recommendation=recommendation, written_on=_written_on(as_of, months), text=text, written_by=author
            )
    return True


@transaction.atomic
def ensure_demo_quality(service: Service, as_of: date, seed: int, users: dict[str, User]) -> None:
    """Add the demo's examples once; running the demo again changes nothing."""
    ensure_demo_recommendations(service, as_of, users)
