"""Notifications as the police send them, for the intake tests."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.apps import apps
from django.utils import timezone

from tests.conftest import Cast

BORN = timezone.localdate() - timedelta(days=365 * 14 + 20)


def notified(cast: Cast, **changes: Any) -> dict[str, Any]:
    """A valid notification of a child unknown to the service, as the service takes it."""
    today = timezone.localdate()
    data: dict[str, Any] = {
        "police_reference": "DP/100001/25",
        "first_name": "Casey",
        "last_name": "Newchild",
        "date_of_birth": BORN,
        "pnc_number": "",
        "sex": "F",
        "address": "1 Synthetic Road",
        "local_authority": cast.child.local_authority,
        "offence_date": today - timedelta(days=5),
        "offence_description": "Theft from a shop",
        "offence_category": "THEFT_AND_HANDLING",
        "gravity_score": 2,
        "admitted": True,
        "officer": "PC 1234 Example",
        "victim_details": "Corner Shop Ltd",
        "notified_on": today - timedelta(days=1),
    }
    return {**data, **changes}


def csv_row(data: dict[str, Any]) -> dict[str, str]:
    """The same notification as a row of an import file."""

    def text(value: Any) -> str:
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, date):
            return value.isoformat()
        if hasattr(value, "code"):
            return value.code
        return str(value)

    return {name: text(value) for name, value in data.items()}


def table_counts() -> dict[str, int]:
    """Rows in every children and diversion table, history included."""
    return {
        model._meta.label: model._default_manager.count()
        for app in ("children", "diversion")
        for model in apps.get_app_config(app).get_models()
    }
