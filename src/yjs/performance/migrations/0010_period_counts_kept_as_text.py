"""Kept period counts are text (PostgreSQL writes out jsonb several times slower than it sends text), and the
reoffending cohorts are kept in a new form under a new name: every kept count is forgotten, to be counted afresh
when next read."""

from django.db import migrations, models


def forget_every_count(apps, schema_editor):
    apps.get_model("performance", "PeriodCount").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("performance", "0009_period_counts")]

    operations = [
        migrations.RunPython(forget_every_count, migrations.RunPython.noop),
        migrations.AlterField(model_name="periodcount", name="counts", field=models.TextField()),
    ]
