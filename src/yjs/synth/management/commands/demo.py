"""yjs demo: a demo service and one login per role, for `make run`. Safe to run again at any time."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from tqdm import tqdm

from yjs.core.models import Service, User
from yjs.synth import diversion, governance, logins, practice, reference
from yjs.synth.build import Options, build_service
from yjs.synth.people import LA_SHARES, ServiceSpec

DEMO_SEED = 2023
DEMO_POLICE_PREFIX = "WX"
DEMO_REGION = "E12000009"  # South West, whose published figures the demo compares itself with
DEMO_POPULATION = 80_000  # children aged 10-17, as in a combined service like Dorset (DOMAIN.md section 5)
HISTORY_YEARS = 6


def demo_spec(children: int) -> ServiceSpec:
    # A combined service shaped like the one in DOMAIN.md: two authorities, 65/35, ~150 open cases.
    return ServiceSpec(
        name="Wessex Combined YJS (demo)",
        code="wessex-demo",
        la_names=("Casterbridge", "Sandbourne and Budmouth"),
        la_codes=("E99900001", "E99900002"),
        team_names=("Casterbridge", "Sandbourne", "Out of court"),
        children=children,
        minority_share=0.13,
        police_prefix=DEMO_POLICE_PREFIX,
        population=DEMO_POPULATION,
        region_code=DEMO_REGION,
    )


class Command(BaseCommand):
    help = "If there is no service yet, build the demo service; then create or reset one demo login per role."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--children", type=int, default=1500)
        parser.add_argument("--as-of", type=date.fromisoformat, default=None)

    def handle(self, *args: Any, **options: Any) -> None:
        as_of = options["as_of"] or timezone.localdate()
        service = Service.objects.order_by("pk").first()
        if service is None:
            children = options["children"]
            self.stdout.write(f"Building the demo service ({children} children)...")
            bar = tqdm(total=children, unit="child", file=sys.stderr, disable=options["verbosity"] == 0)
            settings = Options(seed=DEMO_SEED, as_of=as_of, start_year=as_of.year - HISTORY_YEARS, progress=bar.update)
            service = build_service(demo_spec(children), 0, settings)
            bar.close()
        self._reference_data(service, as_of)
        rows = logins.ensure_demo_logins(service, as_of)
        users = {str(role): User.objects.get(username=name) for role, name in logins.USERNAMES.items()}
        diversion.ensure_demo_pipeline(service, as_of, DEMO_SEED, DEMO_POLICE_PREFIX, users)
        governance.ensure_demo_board(service, as_of, DEMO_SEED, users["board_member"])
        practice.ensure_demo_practice(service, as_of, DEMO_SEED, users)
        self.stdout.write(f"Demo logins for {service.name} (demo passwords: never use them in production):")
        self.stdout.write(logins.table(rows))

    def _reference_data(self, service: Service, as_of: date) -> None:
        """Population estimates and comparators, so the demo's indicators have rates and something to compare with."""
        spec = demo_spec(0)
        if service.code == spec.code:  # a database built before reference data existed gets it too
            years = range(as_of.year - HISTORY_YEARS, as_of.year + 1)
            reference.service_population(spec.la_codes, LA_SHARES, DEMO_POPULATION, spec.minority_share, years, DEMO_SEED)
            if not service.region_code:
                service.region_code = DEMO_REGION
                service.save(update_fields=["region_code"])
        reference.comparators(as_of.year - HISTORY_YEARS, as_of, DEMO_SEED)
