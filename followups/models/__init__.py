from followups.models.follow_up import FollowUp, FollowUpQuerySet
from followups.models.plan import FollowUpStep, FollowUpStepQuerySet

__all__ = ["FollowUp", "FollowUpQuerySet", "FollowUpStep", "FollowUpStepQuerySet"]
