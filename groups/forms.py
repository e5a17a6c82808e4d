"""Admin forms for groups, their rhythms and sessions; every choice limited to
the editor's tenancy (:class:`intake.forms.TenantModelForm`)."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import InlinePanel

from groups.models import Weekday
from groups.selectors.staff import programmes_run_by, team_of
from groups.signals import CANCELLED, MOVED, session_change_announce
from intake.forms import TenantModelForm
from intake.languages import working_language_choices


class GroupForm(TenantModelForm):
    """A group: programmes the editor runs, coaches of her CPAS."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "programme" in self.fields:
            self.fields["programme"].queryset = programmes_run_by(for_user)
        if "coaches" in self.fields:
            self.fields["coaches"].queryset = team_of(for_user)


class SeriesForm(WagtailAdminModelForm):
    """A rhythm: the days as checkboxes, the days without session one a line."""

    weekdays = forms.TypedMultipleChoiceField(
        label=_("Days"),
        choices=Weekday.choices,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    skipped_dates = forms.CharField(
        label=_("Days without session"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Holidays: one date a line, as 2026-11-11."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["skipped_dates"] = "\n".join(self.instance.skipped_dates)

    def clean_skipped_dates(self) -> list[str]:
        days = []
        for line in (self.cleaned_data.get("skipped_dates") or "").split():
            try:
                days.append(datetime.date.fromisoformat(line.strip()).isoformat())
            except ValueError:
                raise forms.ValidationError(
                    _("“%(line)s” is not a date like 2026-11-11.") % {"line": line}
                ) from None
        return sorted(set(days))


class SeriesPanel(InlinePanel):
    """The group's rhythms, each with :class:`SeriesForm`."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = SeriesForm
        return options


class SessionForm(TenantModelForm):
    """A session: moved (a new time) or cancelled (with a reason) from here too."""

    cancelled = forms.BooleanField(label=_("Cancelled"), required=False)
    support_language = forms.ChoiceField(
        label=_("For the language"), required=False, choices=()
    )

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.fields["support_language"].choices = [
            ("", "—"),
            *working_language_choices(),
        ]
        if "programme" in self.fields:
            self.fields["programme"].queryset = programmes_run_by(for_user)
        if "coach" in self.fields:
            self.fields["coach"].queryset = team_of(for_user)
        self.initial.setdefault("cancelled", self.instance.cancelled_at is not None)

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("cancelled")
            and not (cleaned.get("cancel_reason") or "").strip()
        ):
            self.add_error("cancel_reason", _("Say why the session is cancelled."))
        programme, group = cleaned.get("programme"), cleaned.get("group")
        if group is not None and programme is None:
            cleaned["programme"] = group.programme
        return cleaned

    def save(self, commit=True):
        session = self.instance
        if (
            session.pk
            and "starts_at" in self.changed_data
            and session.moved_from is None
        ):
            session.moved_from = self.initial.get("starts_at")
        change = self._change(session)
        if self.cleaned_data.get("cancelled"):
            session.cancelled_at = session.cancelled_at or timezone.now()
        else:
            session.cancelled_at, session.cancel_reason = None, ""
        saved = super().save(commit=commit)
        if change:
            session_change_announce(session=saved, change=change)
        return saved

    def _change(self, session) -> str | None:
        """What the people enrolled are told of: a new cancellation, else a new
        time or place (nothing for a session being created)."""
        if not session.pk:
            return None
        if self.cleaned_data.get("cancelled") and session.cancelled_at is None:
            return CANCELLED
        if not self.cleaned_data.get("cancelled") and {
            "starts_at",
            "place",
        } & set(self.changed_data):
            return MOVED
        return None
