"""yjs synth: realistic synthetic services, staff and children at any scale, the same for the same seed."""

from __future__ import annotations

import random
import sys
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from tqdm import tqdm

from yjs.core.models import Service
from yjs.lib.formats import long_date
from yjs.synth import logins, people, reference
from yjs.synth.build import Options, build_service, split


class Command(BaseCommand):
    help = "Generate synthetic services, staff, children and their casework (DOMAIN.md section 5)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--children", type=int, default=1000, help="children in all, split over the services")
        parser.add_argument("--services", type=int, default=1)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--start-year", type=int, default=None, help="first year of history (default: six years back)")
        parser.add_argument(
            "--as-of", type=date.fromisoformat, default=None, help="the day the data is current to (default: today)"
        )
        parser.add_argument(
            "--demo-users", action="store_true", help="also create one demo login per role in the first service"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        as_of = options["as_of"] or timezone.localdate()
        settings = Options(seed=options["seed"], as_of=as_of, start_year=options["start_year"] or as_of.year - 6)
        rng = random.Random(f"{settings.seed}:services")
        sizes = split(options["children"], options["services"], rng)
        # Numbering continues after existing services, so a second run adds services rather than clashing.
        offset = Service.objects.count()
        bar = tqdm(total=options["children"], unit="child", file=sys.stderr, disable=options["verbosity"] == 0)
        settings.progress = bar.update
        made = []
        for n, size in enumerate(sizes):
            spec = people.service_spec(rng, offset + n, size)
            bar.set_description(spec.name)
            made.append(build_service(spec, offset + n, settings))
        bar.close()
        reference.comparators(settings.start_year, as_of, settings.seed)
        if options["demo_users"] and made:
            self.stdout.write(logins.table(logins.ensure_demo_logins(made[0], as_of)))
        if options["verbosity"]:
            self.stdout.write(
                f"Made {len(made)} services and {options['children']} children, current to {long_date(as_of)}."
            )
