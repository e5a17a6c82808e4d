"""``surveys`` no longer points at referrals (which now live in ``workflow``).

A submission's referral is kept by ``workflow.ReferralSubmission``, copied there
by ``workflow/0004`` before this runs. An interview draft's referral is dropped:
it was written and never read (an interview's referral comes from its address
each time, and the sent interview's submission is linked by the workflow).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0004_draft_step_reviews"),
    ]
    # intake/0004 drops intake.Referral from the state, once nothing points at it.
    run_before = [("intake", "0004_referral_moves_to_workflow")]

    operations = [
        migrations.RemoveField(model_name="submission", name="referral"),
        migrations.RemoveField(model_name="interviewdraft", name="referral"),
    ]
