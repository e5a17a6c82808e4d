"""The forms filled for a referral are linked from the workflow's side.

``surveys.Submission.referral`` pointed up at the referral; each of its values
becomes one :class:`ReferralSubmission` row here, before ``surveys/0005`` drops
the column (and the other way round when unapplied), so no link is lost.
"""

import django.db.models.deletion
from django.db import migrations, models


def links_to_workflow(apps, schema_editor):
    Submission = apps.get_model("surveys", "Submission")
    ReferralSubmission = apps.get_model("workflow", "ReferralSubmission")
    linked = Submission.objects.exclude(referral=None).values_list("pk", "referral_id")
    ReferralSubmission.objects.bulk_create(
        ReferralSubmission(submission_id=submission, referral_id=referral)
        for submission, referral in linked.iterator()
    )


def links_to_surveys(apps, schema_editor):
    Submission = apps.get_model("surveys", "Submission")
    ReferralSubmission = apps.get_model("workflow", "ReferralSubmission")
    for link in ReferralSubmission.objects.iterator():
        Submission.objects.filter(pk=link.submission_id).update(
            referral_id=link.referral_id
        )


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0004_draft_step_reviews"),
        ("workflow", "0003_referral_moves_here"),
    ]
    # The column it copies is dropped by surveys/0005 (which knows no workflow).
    run_before = [("surveys", "0005_referral_links_move_to_workflow")]

    operations = [
        migrations.CreateModel(
            name="ReferralSubmission",
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
                    "referral",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="submission_links",
                        to="workflow.referral",
                        verbose_name="referral",
                    ),
                ),
                (
                    "submission",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="referral_link",
                        to="surveys.submission",
                        verbose_name="submission",
                    ),
                ),
            ],
            options={
                "verbose_name": "form filled for a referral",
                "verbose_name_plural": "forms filled for referrals",
            },
        ),
        migrations.AddField(
            model_name="referral",
            name="submissions",
            field=models.ManyToManyField(
                blank=True,
                related_name="referrals",
                through="workflow.ReferralSubmission",
                to="surveys.submission",
                verbose_name="forms filled",
            ),
        ),
        migrations.RunPython(links_to_workflow, links_to_surveys),
    ]
