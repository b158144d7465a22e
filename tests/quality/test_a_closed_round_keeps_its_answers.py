"""Closing a round fixes its answers: nobody answers or moderates a case of a closed round."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.quality.conftest import Audit
from tests.quality.factories import finish
from yjs.quality import services


def test_a_closed_round_refuses_answers_and_moderation(audit: Audit) -> None:
    audit_case = finish(audit.case_of(audit.south_court))
    services.close_round(audit.cast.service_manager, audit.round)
    with pytest.raises(PermissionDenied):
        services.answer_case(audit.cast.auditor, audit_case, {}, "yes")
    with pytest.raises(PermissionDenied):
        services.moderate_case(audit.cast.service_manager, audit_case, {})
    with pytest.raises(ValidationError):
        services.close_round(audit.cast.service_manager, audit.round)
