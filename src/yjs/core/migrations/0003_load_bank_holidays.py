"""Load the bank holidays of England and Wales (reference data; a service's administrator can add more)."""

import json
from pathlib import Path

from django.db import migrations

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "bank_holidays_england_and_wales.json"


def load(apps, schema_editor):
    BankHoliday = apps.get_model("core", "BankHoliday")
    for row in json.loads(FIXTURE.read_text()):
        BankHoliday.objects.update_or_create(day=row["fields"]["day"], defaults={"name": row["fields"]["name"]})


class Migration(migrations.Migration):
    dependencies = [("core", "0002_bank_holidays")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
