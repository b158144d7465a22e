"""A minimal synthetic service for the API contract check (scripts/api-check): prints a token to test with.

Kept apart from the synthetic data generator so the contract check depends only on the API and the
domain services. Refused in production: it creates a user and a token.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from rest_framework.authtoken.models import Token

from yjs.casework.services import (
    record_contact,
    record_review,
    record_significant_change,
    save_assessment,
    save_plan,
    start_intervention,
)
from yjs.children.models import Child
from yjs.children.services import create_child
from yjs.core.agencies import ensure_default_agencies
from yjs.core.models import LocalAuthority, Service, Team, User
from yjs.core.roles import Role
from yjs.diversion.models import Notification
from yjs.diversion.services.steps import request_screening
from yjs.justice.models import OutcomeType
from yjs.justice.services import record_offence, record_outcome


class Command(BaseCommand):
    help = "Create a small synthetic service and a case manager with an API token; print the token."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--username", default="api-check")
        # A team manager of the same team reaches what a case manager is refused: allocation and oversight.
        parser.add_argument("--role", choices=[Role.CASE_MANAGER, Role.TEAM_MANAGER], default=Role.CASE_MANAGER)

    @transaction.atomic
    def handle(self, *args: Any, username: str, role: str, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("This command makes a user with a token for testing; it does not run in production.")
        service, _ = Service.objects.get_or_create(code="api-check", defaults={"name": "API check YJS"})
        authority, _ = LocalAuthority.objects.get_or_create(
            code="E99000001", defaults={"service": service, "name": "Synthetic borough"}
        )
        team, _ = Team.objects.get_or_create(service=service, name="North")
        user, created = User.objects.get_or_create(
            username=username, defaults={"service": service, "team": team, "role": role}
        )
        if created:
            user.set_unusable_password()
            user.save()
            if role == Role.CASE_MANAGER:
                self.make_case(user, authority, team)
                make_screening_requests(user, authority)
        token, _ = Token.objects.get_or_create(user=user)
        self.stdout.write(token.key)

    def make_case(self, user: User, authority: LocalAuthority, team: Team) -> None:
        child = create_child(
            user,
            {
                "first_name": "Riley",
                "last_name": "Synthetic",
                "date_of_birth": date(2009, 3, 14),
                "sex": "F",
                "ethnicity": "W_BRITISH",
                "local_authority": authority,
            },
        )
        offence = record_offence(
            user,
            child,
            {
                "offence_date": date(2025, 2, 1),
                "description": "Theft from a shop",
                "category": "THEFT_AND_HANDLING",
                "seriousness": 2,
            },
        )
        outcome = record_outcome(
            user,
            child,
            {"outcome_type": OutcomeType.objects.get(code="RO"), "outcome_date": date(2025, 3, 1), "length_months": 6},
            [offence],
        )
        intervention = start_intervention(user, outcome, team=team, start_date=date(2025, 3, 1), case_manager=user)
        save_assessment(user, intervention, {"safety_rating": "low", "rosh_rating": "low"})
        save_plan(user, intervention, {"desistance_objectives": "Attend college"})
        record_review(user, intervention, {"review_date": date(2025, 6, 1), "progress": "Attending well"})
        record_significant_change(user, intervention, {"occurred_on": date(2025, 7, 1), "description": "Moved home"})
        record_contact(
            user,
            intervention,
            {"scheduled_at": datetime(2025, 3, 3, 10, tzinfo=UTC), "contact_type": "office", "status": "attended"},
        )


def make_screening_requests(user: User, authority: LocalAuthority) -> None:
    """A notification at screening, asking the service's default partner agencies about the synthetic child."""
    service = user.service
    assert service is not None
    ensure_default_agencies(service)
    child = Child.objects.filter(service=service).first()
    assert child is not None
    notification = Notification.objects.create(
        service=service,
        created_by=user,
        modified_by=user,
        police_reference="API/000001/25",
        first_name=child.first_name,
        last_name=child.last_name,
        date_of_birth=child.date_of_birth,
        local_authority=authority,
        offence_date=date(2025, 4, 1),
        offence_description="Criminal damage to a bus shelter",
        gravity_score=2,
        admitted=True,
        notified_on=date(2025, 4, 3),
        child=child,
    )
    request_screening(notification, user, on=date(2025, 4, 3))
