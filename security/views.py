"""The two-factor pages: enrolment (QR code, then recovery codes shown once) and
verification at log-in (a code from the app, or a recovery code)."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.two_factor import (
    enrolled,
    qr_code_svg,
    readable_secret,
    totp_device_confirm,
    totp_device_start,
)

#: Session key of the authenticator being enrolled (its primary key).
ENROLLING = "security_enrolling_device"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )

    def cleaned_code(self) -> str:
        return "".join(self.cleaned_data["code"].split())


def next_url(request: HttpRequest) -> str:
    """Where to go after the second factor: the page first asked for, if it is
    on this site, else the admin's dashboard."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """Ask the code of the authenticator app, or a recovery code (used once)."""
    if not enrolled(request.user):
        return redirect(f"{reverse('security:enrol')}?{request.GET.urlencode()}")
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device = match_token(request.user, form.cleaned_code())
        if device is not None:
            otp_login(request, device)
            return redirect(next_url(request))
        form.add_error(
            "code", _("This code is not valid. Check your app's clock, or wait.")
        )
    return render(
        request,
        "security/verify.html",
        {"form": form, "next": next_url(request)},
        status=200 if not form.errors else 400,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest) -> HttpResponse:
    """Show a new authenticator's QR code; a correct code confirms it, logs the
    second factor in and shows the ten recovery codes once."""
    if request.user.is_verified() is False and enrolled(request.user):
        # Replacing an authenticator needs the current one first.
        return redirect(f"{reverse('security:verify')}?{request.GET.urlencode()}")
    device = _enrolling_device(request)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        codes = totp_device_confirm(device=device, token=form.cleaned_code())
        if codes is not None:
            del request.session[ENROLLING]
            otp_login(request, device)
            return render(
                request,
                "security/recovery_codes.html",
                {"codes": codes, "next": next_url(request)},
            )
        form.add_error("code", _("This code is not valid. Scan the QR code again."))
    context = {
        "form": form,
        "next": next_url(request),
        "qr_code": mark_safe(qr_code_svg(device)),  # drawn by segno, no user text
        "secret": readable_secret(device),
    }
    return render(
        request, "security/enrol.html", context, status=400 if form.errors else 200
    )


def _enrolling_device(request: HttpRequest) -> TOTPDevice:
    pk = request.session.get(ENROLLING)
    if request.method == "POST" and pk is not None:
        return get_object_or_404(TOTPDevice, pk=pk, user=request.user, confirmed=False)
    device = totp_device_start(user=request.user)
    request.session[ENROLLING] = device.pk
    return device
