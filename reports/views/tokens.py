"""A user's personal access tokens for the API: listed, created (the secret
shown once, on the page that follows), revoked."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from intake.tenancy import scope_of
from reports.models import ApiToken
from reports.tokens import token_create, token_revoke


def may_have_tokens(user) -> bool:
    """Anyone placed in a CPAS (and the operators): a token reads what she reads."""
    return not scope_of(user).nothing


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What the token is for, e.g. 'Power BI, yearly report'."),
    )
    pseudonymised = forms.BooleanField(
        label=_("Pseudonymised"),
        required=False,
        initial=True,
        help_text=_(
            "Names, phone numbers, e-mail addresses and national numbers are "
            "replaced by a stable pseudonym."
        ),
    )
    expires_at = forms.DateTimeField(
        label=_("Expires"),
        required=False,
        # The browser's own input: no inline script (Content-Security-Policy).
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
        ),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
    )


class TokenListView(WagtailAdminTemplateMixin, FormView):
    template_name = "reports/admin/tokens.html"
    form_class = TokenForm
    page_title = _("API tokens")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        if not may_have_tokens(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        token, secret = token_create(user=self.request.user, **form.cleaned_data)
        # Shown once, in this response; never stored or sent again.
        return TemplateResponse(
            self.request,
            "reports/admin/token_created.html",
            self.get_context_data(token=token, secret=secret),
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            tokens=ApiToken.objects.filter(user=self.request.user),
            api_root=self.request.build_absolute_uri(reverse("api:openapi-json")),
            **kwargs,
        )


@require_POST
def token_revoke_view(request, pk: int):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    token_revoke(token=token)
    messages.success(request, _("The token '%(name)s' was revoked.") % {"name": token})
    return redirect("api_tokens:index")
