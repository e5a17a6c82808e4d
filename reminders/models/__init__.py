from reminders.models.policy import ReminderPolicy
from reminders.models.reminder import Reminder, ReminderKind, ReminderState, SkipReason

__all__ = ["Reminder", "ReminderKind", "ReminderPolicy", "ReminderState", "SkipReason"]
