from __future__ import annotations

from intake.forms import TenantModelForm
from intake.models import Programme


class ReminderPolicyForm(TenantModelForm):
    """A manager sets the policy of the programmes she manages only."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "programme" in self.fields:
            self.fields["programme"].queryset = Programme.objects.editable_by(for_user)
