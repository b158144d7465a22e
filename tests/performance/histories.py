"""Hand-built criminal histories for the indicator tests: a child, their offences, and the outcomes given."""

from __future__ import annotations

from datetime import date

from tests.factories import ChildFactory, LocalAuthorityFactory, OffenceFactory, OutcomeFactory, ServiceFactory
from yjs.children.models import Child
from yjs.core.models import LocalAuthority, Service
from yjs.justice.models import Offence, Outcome, OutcomeType


def area(service: Service | None = None) -> LocalAuthority:
    return LocalAuthorityFactory(service=service or ServiceFactory())


def child(born: date = date(2008, 6, 15), *, authority: LocalAuthority | None = None, **fields: object) -> Child:
    authority = authority or area()
    return ChildFactory(date_of_birth=born, service=authority.service, local_authority=authority, **fields)


def offence(of: Child, committed: date, category: str = "THEFT_AND_HANDLING") -> Offence:
    return OffenceFactory(child=of, service=of.service, offence_date=committed, category=category)


def outcome(
    of: Child,
    code: str,
    on: date,
    *offences: Offence,
    released: date | None = None,
    committed: date | None = None,
    **fields: object,
) -> Outcome:
    """An outcome for the given offences, or for a new offence committed on `committed` (default: a month before)."""
    if not offences:
        offences = (offence(of, committed or date.fromordinal(on.toordinal() - 30)),)
    return OutcomeFactory(
        child=of,
        service=of.service,
        outcome_type=OutcomeType.objects.get(code=code),
        outcome_date=on,
        release_date=released,
        offences=list(offences),
        **fields,
    )
