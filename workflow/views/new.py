"""Starting a referral: the social worker picks one of her CPAS's programmes.

The draft is created here; its form is filled on the referral's page (the
programme's own referral form).
"""

from __future__ import annotations

from django import forms
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from intake.models import Programme
from workflow.referrals import referral_draft_create
from workflow.selectors import may_start_referral
from workflow.views.access import RoleRequiredMixin


class NewReferralForm(forms.Form):
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # The tenancy decides the choices: another CPAS's programme is refused.
        self.fields["programme"].queryset = Programme.objects.for_user(user)


class NewReferralView(RoleRequiredMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "workflow/referral_new.html"
    form_class = NewReferralForm
    page_title = _("Refer a client")
    header_icon = "plus"
    user_test = staticmethod(may_start_referral)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("referrals:index"), "label": _("Referrals")},
            {"url": "", "label": self.page_title},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        referral = referral_draft_create(
            user=self.request.user, programme=form.cleaned_data["programme"]
        )
        messages.success(
            self.request,
            _("Referral to %(programme)s started. Fill in its referral form.")
            % {"programme": referral.programme},
        )
        return redirect("referrals:detail", referral.pk)
