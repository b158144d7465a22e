"""Services, their staff, and the children's characteristics and families.

Proportions follow DOMAIN.md section 5 for the open caseload (girls 15-20%, substance misuse 64%,
mental health concern 79%, learning difficulty or EHCP 48%, care-experienced 10%, ethnicity not
stated 10-15%, Black children over-represented), with children seen only in the past a little
less often flagged, as services record needs more fully for current cases.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.utils.text import slugify

from yjs.children.models import Carer, Child, Family
from yjs.core.models import LocalAuthority, Service, Team, User
from yjs.core.roles import Role
from yjs.synth import names
from yjs.synth.reference import REGIONS

REGION_CODES = tuple(code for code, _name in REGIONS)

# Synthetic staff cannot sign in: a fixed marker keeps runs identical (make_password(None) is random).
UNUSABLE_PASSWORD = "!synthetic-staff"  # noqa: S105 - not a password; the leading "!" marks it unusable
LA_SHARES = (0.65, 0.35)
CASES_PER_CASE_MANAGER = 12

WHITE = {"W_BRITISH": 86, "W_OTHER": 8, "W_IRISH": 1, "W_GYPSY": 4, "W_ROMA": 1}
# Among minority-ethnic children in youth justice, Black children are the largest group (YJB statistics),
# although in the 10-17 population Asian children outnumber them.
MINORITY = {
    "B_CARIBBEAN": 13,
    "B_AFRICAN": 20,
    "B_OTHER": 12,
    "M_WBC": 14,
    "M_WBA": 5,
    "M_WA": 4,
    "M_OTHER": 7,
    "A_PAKISTANI": 6,
    "A_BANGLADESHI": 3,
    "A_INDIAN": 3,
    "A_CHINESE": 1,
    "A_OTHER": 4,
    "O_ARAB": 3,
    "O_OTHER": 5,
}
CARE = {"looked_after": 6.5, "care_leaver": 3.5, "child_protection": 6, "child_in_need": 12, "early_help": 10, "none": 62}
SEND = {"ehcp": 22, "sen_support": 26, "none": 42, "not_known": 10}


@dataclass
class ServiceSpec:
    name: str
    code: str
    la_names: tuple[str, str]
    la_codes: tuple[str, str]
    team_names: tuple[str, ...]
    children: int
    minority_share: float
    police_prefix: str
    population: int | None = None  # children aged 10-17 in its area; None: in proportion to `children`
    region_code: str = ""


@dataclass
class Staffing:
    service: Service
    authorities: list[LocalAuthority]
    teams: list[Team]
    case_managers: dict[int, list[User]]
    team_managers: dict[int, User]
    service_manager: User
    open_load: dict[str, int] = field(default_factory=dict)  # open cases per case manager, by username


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    """A fixed time on a day, so that a seed always gives the same timestamps."""
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def service_spec(rng: random.Random, index: int, children: int) -> ServiceSpec:
    first, second = names.place_name(2 * index), names.place_name(2 * index + 1)
    # Most services are mostly White and rural; a minority are urban and far more diverse.
    minority = rng.choices((rng.uniform(0.06, 0.15), rng.uniform(0.15, 0.35), rng.uniform(0.4, 0.75)), weights=(5, 3, 2))[0]
    return ServiceSpec(
        name=f"{first} and {second} YJS",
        code=f"{slugify(first)[:14]}-{index:03d}",
        la_names=(first, second),
        la_codes=(f"E99{2 * index:06d}", f"E99{2 * index + 1:06d}"),
        team_names=names.TEAM_NAMES[rng.choice((2, 3))],
        children=children,
        minority_share=minority,
        police_prefix=first[:2].upper(),
        # By turn rather than by chance, so that the random draws (and every seed's data) stay as they were.
        region_code=REGION_CODES[index % len(REGION_CODES)],
    )


def _person(rng: random.Random, pool: tuple[str, ...]) -> tuple[str, str]:
    return rng.choice(pool), rng.choice(names.SURNAMES)


def create_staff(rng: random.Random, spec: ServiceSpec, open_cases: int, shares: list[float], joined: date) -> Staffing:
    service = Service.objects.create(code=spec.code, name=spec.name, region_code=spec.region_code)
    authorities = LocalAuthority.objects.bulk_create(
        [LocalAuthority(service=service, code=c, name=n) for c, n in zip(spec.la_codes, spec.la_names, strict=True)]
    )
    teams = Team.objects.bulk_create([Team(service=service, name=n) for n in spec.team_names])
    users: list[User] = []

    def user(role: str, handle: str, team: Team | None) -> User:
        first, last = _person(rng, names.ADULTS + names.GIRLS + names.BOYS)
        made = User(
            username=f"{spec.code}-{handle}",
            first_name=first,
            last_name=last,
            email="",
            role=role,
            service=service,
            team=team,
            password=UNUSABLE_PASSWORD,
            date_joined=at(joined),
        )
        users.append(made)
        return made

    manager = user(Role.SERVICE_MANAGER, "sm", None)
    team_managers, case_managers = {}, {}
    for t, team in enumerate(teams):
        team_managers[t] = user(Role.TEAM_MANAGER, f"tm{t + 1}", team)
        count = max(2, math.ceil(open_cases * shares[t] / CASES_PER_CASE_MANAGER))
        case_managers[t] = [user(Role.CASE_MANAGER, f"cm{t + 1}{n + 1:02d}", team) for n in range(count)]
    User.objects.bulk_create(users)
    return Staffing(service, authorities, teams, case_managers, team_managers, manager)


def ethnicity(rng: random.Random, minority_share: float) -> str:
    if rng.random() < 0.12:
        return "NOT_STATED"
    pool = MINORITY if rng.random() < minority_share else WHITE
    return rng.choices(list(pool), weights=list(pool.values()))[0]


def new_child(
    rng: random.Random,
    spec: ServiceSpec,
    staffing: Staffing,
    court: bool,
    is_open: bool,
    date_of_birth: date,
    recorded: date,
) -> Child:
    girls = 0.13 if court else 0.24
    sex = "F" if rng.random() < girls else ("U" if rng.random() < 0.005 else "M")
    first = rng.choice(names.GIRLS if sex == "F" else names.BOYS)
    # Minority-ethnic children are more likely to reach court than to be diverted (DOMAIN.md section 5).
    minority = min(0.9, spec.minority_share * (1.25 if court else 0.8))
    local_authority = staffing.authorities[0 if rng.random() < LA_SHARES[0] else 1]
    care = rng.choices(list(CARE), weights=list(CARE.values()))[0]
    if care == "care_leaver" and (recorded - date_of_birth).days < 16 * 365:
        care = "looked_after"
    flag = 1.0 if is_open else 0.8
    return Child(
        service=staffing.service,
        first_name=first,
        last_name=rng.choice(names.SURNAMES),
        date_of_birth=date_of_birth,
        sex=sex,
        ethnicity=ethnicity(rng, minority),
        local_authority=local_authority,
        address=f"{rng.randint(1, 120)} {rng.choice(names.STREETS)}, {local_authority.name}",
        care_status=care,
        send_status=rng.choices(list(SEND), weights=list(SEND.values()))[0],
        slcn=rng.random() < 0.35,
        mental_health_concern=rng.random() < 0.79 * flag,
        substance_misuse=rng.random() < 0.64 * flag,
        created_at=at(recorded, 11),
    )


def join_family(child: Child, elder: Child, family: Family) -> None:
    """Make `child` a younger sibling of `elder`: same household, surname and area."""
    elder.family = family
    child.family = family
    child.last_name = elder.last_name
    child.local_authority = elder.local_authority
    child.address = elder.address
    family.name = f"{elder.last_name} family"


def carers_for(rng: random.Random, child: Child) -> list[Carer]:
    if child.care_status == "looked_after":
        first, last = _person(rng, names.ADULTS)
        people = [(f"{first} {last}", "Foster carer", False)]
    else:
        mother = (f"{rng.choice(names.ADULTS)} {child.last_name}", "Mother", True)
        people = [mother]
        if rng.random() < 0.45:
            people.append(
                (f"{rng.choice(names.ADULTS)} {child.last_name}", rng.choice(("Father", "Stepfather", "Grandmother")), True)
            )
    return [
        Carer(
            service=child.service,
            child=child,
            name=name,
            relationship=relationship,
            parental_responsibility=responsibility,
            # Ofcom reserves 07700 900000-900999 for drama: never a real number.
            phone=f"07700 900{rng.randint(0, 999):03d}",
            address=child.address,
            created_at=child.created_at,
        )
        for name, relationship, responsibility in people
    ]


def age_at_first_offence(rng: random.Random) -> int:
    return rng.choices(range(10, 18), weights=(2, 4, 8, 12, 16, 18, 16, 12))[0]


def birth_date(rng: random.Random, first_offence: date, last_outcome: date) -> date:
    """A date of birth making the child 10-17 at the first offence and at most 17 at the last outcome."""
    age = age_at_first_offence(rng)
    born = first_offence - timedelta(days=int(age * 365.25) + rng.randint(0, 360))
    latest_allowed = last_outcome - timedelta(days=int(18 * 365.25) - 30)
    if born < latest_allowed:
        born = latest_allowed + timedelta(days=rng.randint(0, 200))
    earliest_allowed = first_offence - timedelta(days=int(10 * 365.25) + 2)
    return min(born, earliest_allowed)
