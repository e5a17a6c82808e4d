"""``Referral`` now lives in ``workflow`` (``workflow/0003``), on the same table:
it leaves intake's state only, and no row moves."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0003_referral_cpas_programme_state_index"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Referral")],
            database_operations=[],
        ),
    ]
