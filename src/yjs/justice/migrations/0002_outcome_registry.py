"""Load the outcome registry (reference data, DOMAIN.md section 1). New national codes arrive as rows."""

from pathlib import Path

from django.core import serializers
from django.db import migrations

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "outcome_types.json"


def load(apps, schema_editor):
    OutcomeType = apps.get_model("justice", "OutcomeType")
    for obj in serializers.deserialize("json", FIXTURE.read_text()):
        fields = {f.name: getattr(obj.object, f.name) for f in obj.object._meta.fields if f.name != "code"}
        OutcomeType.objects.update_or_create(code=obj.object.code, defaults=fields)


class Migration(migrations.Migration):
    dependencies = [("justice", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
