"""The disproportionality stages are counted for every dimension at once and kept under one name: the counts kept
per dimension are no longer read, and are forgotten."""

from django.db import migrations

NO_LONGER_READ = ("stages_by_ethnic_group", "stages_by_sex", "stages_by_care_status")


def forget_counts_by_dimension(apps, schema_editor):
    apps.get_model("performance", "PeriodCount").objects.filter(calculation__in=NO_LONGER_READ).delete()


class Migration(migrations.Migration):
    dependencies = [("performance", "0010_period_counts_kept_as_text")]

    operations = [migrations.RunPython(forget_counts_by_dimension, migrations.RunPython.noop)]
