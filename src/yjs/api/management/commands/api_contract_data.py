"""A minimal synthetic service for the API contract check (scripts/api-check): prints a token to test with.

Kept apart from the synthetic data generator so the contract check depends only on the API and the
domain services. Refused in production: it creates a user and a token.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from rest_framework.authtoken.models import Token

from yjs.casework.models import Assessment, Intervention, Plan
from yjs.children.services import create_child
from yjs.core.models import LocalAuthority, Service, Team, User
from yjs.core.roles import Role
from yjs.justice.models import OutcomeType
from yjs.justice.services import record_offence, record_outcome


class Command(BaseCommand):
    help = "Create a small synthetic service and a case manager with an API token; print the token."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--username", default="api-check")

    @transaction.atomic
    def handle(self, *args: Any, username: str, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("This command makes a user with a token for testing; it does not run in production.")
        service, _ = Service.objects.get_or_create(code="api-check", defaults={"name": "API check YJS"})
        authority, _ = LocalAuthority.objects.get_or_create(
            code="E99000001", defaults={"service": service, "name": "Synthetic borough"}
        )
        team, _ = Team.objects.get_or_create(service=service, name="North")
        user, created = User.objects.get_or_create(
            username=username, defaults={"service": service, "team": team, "role": Role.CASE_MANAGER}
        )
        if created:
            user.set_unusable_password()
            user.save()
            self.make_case(user, authority, team)
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
        # Casework records are made directly until casework has services for them.
        intervention = Intervention.objects.create(
            service=child.service, child=child, outcome=outcome, team=team, case_manager=user, start_date=date(2025, 3, 1)
        )
        assessment = Assessment.objects.create(
            service=child.service, intervention=intervention, safety_rating="low", rosh_rating="low"
        )
        Plan.objects.create(service=child.service, intervention=intervention, assessment=assessment)
