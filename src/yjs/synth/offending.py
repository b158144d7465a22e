"""A child's offending history as a chain of episodes: offences, then the outcome given for them.

Outcome mixes and timings are tuned to DOMAIN.md section 5: out-of-court outcomes dominate first
contact, later episodes escalate to court, custody stays rare, and about a third of children commit a
further offence within twelve months of an outcome (binary proven reoffending, 31-33% nationally).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from yjs.lib.dates import add_months

COURT = frozenset({"DISCHARGE", "FINE", "RO", "YRO", "DTO", "S250"})
CUSTODY = frozenset({"DTO", "S250"})
# Outcomes the YJS always supervises, and those it supervises some of the time (with that chance).
SUPERVISED = {"O22": 1.0, "O20_21": 1.0, "YCC": 1.0, "RO": 1.0, "YRO": 1.0, "DTO": 1.0, "S250": 1.0, "YC": 0.6, "CR": 0.35}
# Months of YJS work for out-of-court outcomes, which carry no length of their own.
PROGRAMME_MONTHS = {"CR": 3, "O22": 4, "O20_21": 3, "YC": 3, "YCC": 3}
LENGTHS = {
    "RO": (3, 6, 6, 9, 9, 12),
    "YRO": (6, 9, 12, 12, 18, 24),
    "DTO": (4, 6, 8, 10, 12, 18, 24),
    "S250": (24, 36, 48),
    "DISCHARGE": (6, 12, 12, 24),
}
FIRST_MIX = {
    "NFA": 4,
    "CR": 22,
    "O22": 12,
    "O20_21": 5,
    "YC": 20,
    "YCC": 12,
    "DISCHARGE": 3,
    "FINE": 2,
    "RO": 15,
    "YRO": 4,
    "DTO": 0.8,
    "S250": 0.2,
}
LATER_MIX = {
    "NFA": 2,
    "CR": 6,
    "O22": 4,
    "O20_21": 2,
    "YC": 6,
    "YCC": 14,
    "DISCHARGE": 4,
    "FINE": 5,
    "RO": 17,
    "YRO": 32,
    "DTO": 6,
    "S250": 0.7,
}
# The open caseload per 140 interventions: 76 court (23 community to 1 custody), 64 out of court.
OPEN_MIX = {"RO": 40, "YRO": 32, "DTO": 3, "S250": 1, "YCC": 20, "YC": 22, "CR": 10, "O22": 8, "O20_21": 4}
# YJB seriousness range of the most serious offence behind each outcome.
SERIOUSNESS = {
    "NFA": (1, 2),
    "CR": (1, 3),
    "O22": (1, 3),
    "O20_21": (1, 3),
    "YC": (1, 4),
    "YCC": (2, 4),
    "DISCHARGE": (1, 3),
    "FINE": (1, 3),
    "RO": (2, 5),
    "YRO": (3, 6),
    "DTO": (5, 7),
    "S250": (7, 8),
}
GRAVITY = {"NFA": 1, "CR": 2, "O22": 2, "O20_21": 2, "YC": 3, "YCC": 4}

# (category, description, seriousness, weight)
CATALOGUE = (
    ("VIOLENCE_AGAINST_THE_PERSON", "Common assault", 2, 14),
    ("VIOLENCE_AGAINST_THE_PERSON", "Assault on an emergency worker", 3, 4),
    ("VIOLENCE_AGAINST_THE_PERSON", "Assault occasioning actual bodily harm", 4, 8),
    ("VIOLENCE_AGAINST_THE_PERSON", "Wounding or inflicting grievous bodily harm", 6, 2),
    ("VIOLENCE_AGAINST_THE_PERSON", "Wounding with intent", 7, 1),
    ("THEFT_AND_HANDLING", "Theft from a shop", 1, 8),
    ("THEFT_AND_HANDLING", "Theft from the person", 3, 2),
    ("THEFT_AND_HANDLING", "Handling stolen goods", 2, 2),
    ("CRIMINAL_DAMAGE", "Criminal damage (under 5,000 pounds)", 2, 8),
    ("CRIMINAL_DAMAGE", "Criminal damage (over 5,000 pounds)", 3, 1),
    ("DRUGS", "Possession of cannabis", 1, 6),
    ("DRUGS", "Possession of a class A drug", 3, 2),
    ("DRUGS", "Possession with intent to supply a class A drug", 6, 3),
    ("PUBLIC_ORDER", "Using threatening behaviour", 2, 6),
    ("PUBLIC_ORDER", "Affray", 4, 2),
    ("PUBLIC_ORDER", "Violent disorder", 5, 1),
    ("MOTORING", "Driving without insurance", 1, 4),
    ("MOTORING", "Driving otherwise than in accordance with a licence", 1, 2),
    ("MOTORING", "Dangerous driving", 4, 1),
    ("ROBBERY", "Robbery of personal property", 5, 4),
    ("ROBBERY", "Robbery with a weapon", 6, 2),
    ("SEXUAL", "Sexual communication with a child", 5, 1),
    ("SEXUAL", "Sexual assault", 6, 1),
    ("DOMESTIC_BURGLARY", "Burglary of a dwelling", 5, 2),
    ("NON_DOMESTIC_BURGLARY", "Burglary of a non-dwelling", 3, 2),
    ("FRAUD_AND_FORGERY", "Fraud by false representation", 3, 1),
    ("RACIALLY_AGGRAVATED", "Racially aggravated public order offence", 4, 1),
    ("VEHICLE_THEFT", "Taking a vehicle without consent", 3, 2),
    ("VEHICLE_THEFT", "Aggravated vehicle taking", 5, 1),
    ("ARSON", "Arson", 5, 1),
    ("ARSON", "Arson endangering life", 8, 0.3),
    ("DEATH_OR_INJURY_BY_DANGEROUS_DRIVING", "Causing serious injury by dangerous driving", 7, 0.3),
    ("OTHER", "Possession of a bladed article in a public place", 4, 4),
    ("OTHER", "Sending a malicious communication", 2, 2),
)
BREACHES = {
    "RO": ("BREACH", "Breach of a referral order", 2),
    "YRO": ("BREACH", "Breach of a youth rehabilitation order", 3),
}


def _offences_within(low: int, high: int) -> tuple[list[tuple[str, str, int]], list[float]]:
    rows = [(c, d, s) for c, d, s, _ in CATALOGUE if low <= s <= high]
    weights = [w for _, _, s, w in CATALOGUE if low <= s <= high]
    return rows, weights


_MAIN = {code: _offences_within(*bounds) for code, bounds in SERIOUSNESS.items()}


@dataclass
class OffencePlan:
    day: date
    category: str
    description: str
    seriousness: int
    gravity: int | None


@dataclass
class Episode:
    code: str
    offences: list[OffencePlan]
    outcome_date: date
    length_months: int | None
    supervised: bool
    release_date: date | None = None
    prior_episodes: int = 0
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def is_court(self) -> bool:
        return self.code in COURT

    @property
    def index_date(self) -> date:
        """Where a reoffending clock starts: release for custody, otherwise the outcome date."""
        return self.release_date or self.outcome_date

    def programme_end(self) -> date | None:
        """When the YJS's work on this outcome is planned to end, or None if it is not supervised."""
        if not self.supervised:
            return None
        months = self.length_months or PROGRAMME_MONTHS.get(self.code, 3)
        return add_months(self.outcome_date, months)


def pick(rng: random.Random, mix: dict[str, float]) -> str:
    return rng.choices(list(mix), weights=list(mix.values()))[0]


def _episode(rng: random.Random, code: str, first_day: date, previous: Episode | None, prior: int) -> Episode:
    rows, weights = _MAIN[code]
    chosen = [rows_pick for rows_pick in rng.choices(rows, weights=weights, k=1)]
    extra_count = rng.choices((0, 1, 2), weights=(70, 22, 8))[0]
    top = chosen[0][2]
    if extra_count:
        lesser, lesser_weights = _offences_within(1, top)
        chosen += rng.choices(lesser, weights=lesser_weights, k=extra_count)
    if (
        previous is not None
        and previous.code in BREACHES
        and previous.programme_end()
        and first_day < previous.programme_end()
    ):
        if rng.random() < 0.5:
            chosen.append(BREACHES[previous.code])
    gravity = GRAVITY.get(code, 5 if code in COURT else None)
    offences = []
    day = first_day
    for category, description, seriousness in chosen:
        offences.append(OffencePlan(day, category, description, seriousness, gravity))
        day += timedelta(days=rng.randint(0, 25))
    last = max(o.day for o in offences)
    delay = rng.randint(28, 140) if code in COURT else rng.randint(10, 60)
    outcome_date = last + timedelta(days=delay)
    lengths = LENGTHS.get(code)
    length = rng.choice(lengths) if lengths else None
    supervised = rng.random() < SUPERVISED.get(code, 0.0)
    release = add_months(outcome_date, length // 2) if code in CUSTODY and length else None
    return Episode(code, offences, outcome_date, length, supervised, release, prior)


def _next_gap(rng: random.Random) -> int:
    # Four in five further offences come within a year of the last outcome; the rest later.
    return rng.randint(7, 360) if rng.random() < 0.8 else rng.randint(370, 800)


def history_chain(rng: random.Random, first_day: date, as_of: date) -> list[Episode]:
    """Episodes for a child whose work with the YJS has ended by `as_of`."""
    episodes: list[Episode] = []
    day = first_day
    while len(episodes) < 6:
        previous = episodes[-1] if episodes else None
        code = pick(rng, LATER_MIX if previous else FIRST_MIX)
        episode = _episode(rng, code, day, previous, len(episodes))
        end = episode.programme_end() or episode.outcome_date
        # Children still under supervision on `as_of` belong to the open caseload, drawn separately.
        if end + timedelta(days=14) > as_of or (episode.release_date and episode.release_date > as_of):
            break
        episodes.append(episode)
        chance = min(0.6, 0.32 + (0.08 if episode.is_court else 0.0) + 0.04 * len(episodes))
        if rng.random() >= chance:
            break
        day = episode.index_date + timedelta(days=_next_gap(rng))
    return episodes


def open_chain(rng: random.Random, as_of: date) -> list[Episode]:
    """Episodes for a child on the open caseload: some earlier outcomes, then one under supervision now."""
    code = pick(rng, OPEN_MIX)
    priors_weights = (35, 30, 20, 15) if code in COURT else (75, 20, 5, 0)
    priors = rng.choices((0, 1, 2, 3), weights=priors_weights)[0]
    # Lay the chain out from an arbitrary day, then move it so the open outcome lands in its window.
    day = date(2000, 1, 1)
    episodes: list[Episode] = []
    for index in range(priors + 1):
        previous = episodes[-1] if episodes else None
        this_code = code if index == priors else pick(rng, LATER_MIX if previous else FIRST_MIX)
        episode = _episode(rng, this_code, day, previous, index)
        if index == priors:
            episode.supervised = True
        episodes.append(episode)
        day = episode.index_date + timedelta(days=rng.randint(7, 360))
    final = episodes[-1]
    span = (final.programme_end() or final.outcome_date) - final.outcome_date
    target = as_of - timedelta(days=rng.randint(0, max(1, int(span.days * 0.92))))
    return [_shifted(e, target - final.outcome_date) for e in episodes]


def _shifted(episode: Episode, by: timedelta) -> Episode:
    episode.offences = [
        OffencePlan(o.day + by, o.category, o.description, o.seriousness, o.gravity) for o in episode.offences
    ]
    episode.outcome_date += by
    if episode.release_date:
        episode.release_date += by
    return episode
