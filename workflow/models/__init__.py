from workflow.models.forms import ReferralSubmission
from workflow.models.history import TransitionLog
from workflow.models.notification import (
    EmailFrequency,
    Notification,
    NotificationPreference,
)
from workflow.models.referral import OPEN_STATES, Referral, ReferralState

__all__ = [
    "OPEN_STATES",
    "EmailFrequency",
    "Notification",
    "NotificationPreference",
    "Referral",
    "ReferralState",
    "ReferralSubmission",
    "TransitionLog",
]
