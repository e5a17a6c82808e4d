"""``Referral`` moves from ``intake`` to ``workflow``: its table and rows stay.

State only: the model is created here with ``db_table = "intake_referral"``,
deleted from ``intake``'s state by ``intake/0004``, and the foreign keys of the
history and the notifications point to the new model (the same table). The
content type is renamed so the referral permissions, and whatever else names the
model through its content type, follow.
"""

import django.db.models.deletion
import django.utils.timezone
import django_fsm
from django.conf import settings
from django.db import migrations, models

STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("in_review", "In review"),
    ("returned_for_information", "More information asked"),
    ("orientation_planned", "Orientation interview planned"),
    ("orientation_done", "Orientation interview done"),
    ("waitlisted", "On the waiting list"),
    ("accepted", "Accepted"),
    ("in_progress", "In progress"),
    ("completed", "Completed"),
    ("rejected", "Refused"),
    ("withdrawn", "Withdrawn"),
    ("dropped_out", "Dropped out"),
    ("reactivated", "Coming back"),
]


def move_content_type(apps, source: str, target: str) -> None:
    """Rename the referral's content type from ``source`` to ``target``; if both
    exist, the permissions (and their groups and users) go to ``target``'s."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    old = ContentType.objects.filter(app_label=source, model="referral").first()
    if old is None:
        return
    new = ContentType.objects.filter(app_label=target, model="referral").first()
    if new is None:
        old.app_label = target
        old.save(update_fields=["app_label"])
        return
    for permission in Permission.objects.filter(content_type=old):
        kept = Permission.objects.filter(
            content_type=new, codename=permission.codename
        ).first()
        if kept is None:
            permission.content_type = new
            permission.save(update_fields=["content_type"])
            continue
        kept.group_set.add(*permission.group_set.all())
        kept.user_set.add(*permission.user_set.all())
        permission.delete()
    old.delete()


def to_workflow(apps, schema_editor):
    move_content_type(apps, "intake", "workflow")


def to_intake(apps, schema_editor):
    move_content_type(apps, "workflow", "intake")


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("intake", "0003_referral_cpas_programme_state_index"),
        ("surveys", "0004_draft_step_reviews"),
        ("workflow", "0002_notificationpreference_notification"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]
    # intake/0004 deletes the model from intake's state: after it exists here.
    run_before = [("intake", "0004_referral_moves_to_workflow")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Referral",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "state",
                            django_fsm.FSMField(
                                choices=STATES,
                                db_index=True,
                                default="draft",
                                max_length=50,
                                protected=True,
                                verbose_name="state",
                            ),
                        ),
                        (
                            "phase",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("launch", "Launch"),
                                    ("intermediate", "Intermediate"),
                                    ("final", "Final"),
                                ],
                                max_length=20,
                                verbose_name="phase",
                            ),
                        ),
                        (
                            "answers",
                            models.JSONField(
                                blank=True,
                                default=dict,
                                help_text="Kept while the referral is a draft; "
                                "frozen in a submission once sent.",
                                verbose_name="answers of the referral form",
                            ),
                        ),
                        (
                            "eligibility_override",
                            models.TextField(
                                blank=True,
                                verbose_name="reason to admit despite the "
                                "eligibility rules",
                            ),
                        ),
                        (
                            "orientation_at",
                            models.DateTimeField(
                                blank=True,
                                null=True,
                                verbose_name="orientation interview",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="created"
                            ),
                        ),
                        (
                            "state_changed_at",
                            models.DateTimeField(
                                db_index=True,
                                default=django.utils.timezone.now,
                                verbose_name="state since",
                            ),
                        ),
                        (
                            "antenna",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="referrals",
                                to="intake.antenna",
                                verbose_name="referring antenna",
                            ),
                        ),
                        (
                            "cpas",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="referrals",
                                to="intake.cpas",
                                verbose_name="CPAS",
                            ),
                        ),
                        (
                            "participant",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="referrals",
                                to="intake.participant",
                                verbose_name="participant",
                            ),
                        ),
                        (
                            "programme",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="referrals",
                                to="intake.programme",
                                verbose_name="programme",
                            ),
                        ),
                        (
                            "referred_by",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="referrals",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="referred by",
                            ),
                        ),
                        (
                            "submission",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="surveys.submission",
                                verbose_name="referral form",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "referral",
                        "verbose_name_plural": "referrals",
                        "db_table": "intake_referral",
                        "ordering": ["-state_changed_at", "-pk"],
                        "indexes": [
                            models.Index(
                                fields=["programme", "state", "state_changed_at"],
                                name="intake_refe_program_696046_idx",
                            ),
                            models.Index(
                                fields=["antenna", "state", "state_changed_at"],
                                name="intake_refe_antenna_28380b_idx",
                            ),
                            models.Index(
                                fields=[
                                    "cpas",
                                    "programme",
                                    "state",
                                    "state_changed_at",
                                ],
                                name="intake_refe_cpas_id_6997ec_idx",
                            ),
                        ],
                    },
                    bases=(django_fsm.ConcurrentTransitionMixin, models.Model),
                ),
                migrations.AlterField(
                    model_name="transitionlog",
                    name="referral",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="transitions",
                        to="workflow.referral",
                        verbose_name="referral",
                    ),
                ),
                migrations.AlterField(
                    model_name="notification",
                    name="referral",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notifications",
                        to="workflow.referral",
                        verbose_name="referral",
                    ),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(to_workflow, to_intake),
    ]
