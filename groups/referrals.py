"""The one place this app imports the referral model from (``workflow``'s):
everything else imports it from here."""

from workflow.models import Referral, ReferralState

#: The referrals from which a participant may join a group.
ENROLLABLE_STATES = (ReferralState.ACCEPTED, ReferralState.IN_PROGRESS)

__all__ = ["ENROLLABLE_STATES", "Referral", "ReferralState"]
