"""Which child a police notification is about: the matching rules, as plain functions on plain values.

The police name a child as their own records have them; the YJS may already hold the child, spelt a
little differently, with or without the police national computer (PNC) number. A match the rules are
sure of links the notification at once; one they are not sure of goes to a person to review, with the
children it might be; and a child nobody resembles is new. Linking the wrong child would put one
child's offence on another's record, so when in doubt the rules ask.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from yjs.lib.names import normalise_name


def normalise_pnc(pnc_number: str) -> str:
    """A PNC number as the police write it: upper case, no spaces ("09/123456a " → "09/123456A")."""
    return "".join(pnc_number.split()).upper()


@dataclass(frozen=True)
class Identity:
    """Who a record says the child is."""

    first_name: str
    last_name: str
    date_of_birth: date
    pnc_number: str = ""
    # As compared, worked out once (an import compares each of thousands of identities with several others).
    names: tuple[str, str] = field(init=False, repr=False, compare=False)
    pnc: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", (normalise_name(self.first_name), normalise_name(self.last_name)))
        object.__setattr__(self, "pnc", normalise_pnc(self.pnc_number))

    @classmethod
    def of(cls, record: Any) -> Identity:
        return cls(record.first_name, record.last_name, record.date_of_birth, record.pnc_number or "")


class Certainty(StrEnum):
    LINKED = "linked"  # one child, beyond doubt
    REVIEW = "review"  # a person must decide between the candidates
    NEW = "new"  # nobody like this child is known


@dataclass(frozen=True)
class Match:
    certainty: Certainty
    child: Any = None  # the key of the child linked to, when certain
    candidates: tuple[Any, ...] = field(default=())  # the keys of the children a reviewer chooses from


def _is_certain(notified: Identity, known: Identity) -> bool:
    if notified.date_of_birth != known.date_of_birth:
        return False
    if notified.pnc and known.pnc:
        # The PNC number is the police's own identifier: with the date of birth it settles who this is,
        # whatever spelling of the name either side holds.
        return notified.pnc == known.pnc
    # A record made before the child was ever arrested has no PNC number yet: the full name must agree.
    return notified.names == known.names


def _is_possible(notified: Identity, known: Identity) -> bool:
    if notified.pnc and notified.pnc == known.pnc:
        return True  # the same PNC with another date of birth or name: a typing error on one side?
    if notified.date_of_birth != known.date_of_birth:
        return False
    # Same birthday and surname (a sibling, or a first name spelt another way), or same name but another PNC.
    return notified.names[1] == known.names[1]


def match(notified: Identity, known: Iterable[tuple[Any, Identity]]) -> Match:
    """Match a notified child against the service's children (given as (key, identity) pairs).

    Linked when exactly one child is certainly this one; reviewed when there is any doubt (several
    certain children, or only possible ones); new when no child resembles them.
    """
    certain: list[Any] = []
    possible: list[Any] = []
    for key, identity in known:
        if _is_certain(notified, identity):
            certain.append(key)
        elif _is_possible(notified, identity):
            possible.append(key)
    if len(certain) == 1:
        return Match(Certainty.LINKED, child=certain[0])
    if certain or possible:
        return Match(Certainty.REVIEW, candidates=tuple(dict.fromkeys([*certain, *possible])))
    return Match(Certainty.NEW)
