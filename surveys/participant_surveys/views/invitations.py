"""Invitations to the participant surveys, for the programme's team.

The list, a session code (a printable sheet with a QR code for a group session)
or a personal link, renewing and withdrawing. A token exists only in the response
that made it: the database keeps its hash, so the sheet or the link is shown once
and the screen says so.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info, pgettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import (
    BaseListingView,
    WagtailAdminTemplateMixin,
)
from wagtail.admin.widgets.button import HeaderButton

from intake.languages import autonym
from surveys.models import Invitation, InvitationKind
from surveys.participant_surveys.invitation_filters import STATES, InvitationFilterSet
from surveys.participant_surveys.invitation_forms import (
    SessionInvitationForm,
)
from surveys.participant_surveys.invitations import (
    invitation_create,
    invitation_renew,
    invitation_withdraw,
)
from surveys.participant_surveys.selectors import (
    MIN_GROUP,
    is_programme_team,
)


def invitation_state(invitation: Invitation) -> str:
    """The state's name, as the list shows and filters it (``STATES``)."""
    if invitation.revoked_at is not None:
        state = "withdrawn"
    elif invitation.is_used_up:
        state = "complete"
    elif invitation.is_expired:
        state = "expired"
    else:
        state = "open"
    return str(dict(STATES)[state])


def team_only(user) -> None:
    """Invitations are the programme team's (coaches, managers): 403 for others."""
    if not is_programme_team(user):
        raise PermissionDenied


def invitation_for_user(user, pk: int) -> Invitation:
    """One of the user's programmes' invitations, or 404."""
    return get_object_or_404(
        Invitation.objects.for_user(user).select_related("form", "programme"), pk=pk
    )


# --- the list --------------------------------------------------------------------


def _local(moment: datetime.date | None, format_name: str) -> str:
    """A date, or a moment in Brussels time, as the reader writes it."""
    if moment is None:
        return ""
    if isinstance(moment, datetime.datetime):
        moment = timezone.localtime(moment)
    return formats.date_format(moment, format_name)


class InvitationIndexView(BaseListingView):
    """The invitations of the user's programmes, newest first."""

    page_title = _("Survey invitations")
    header_icon = "link"
    index_url_name = "survey_invitations:index"
    index_results_url_name = "survey_invitations:index_results"
    paginate_by = 25
    default_ordering = "-created_at"
    verbose_name = _("survey invitation")
    verbose_name_plural = _("survey invitations")
    filterset_class = InvitationFilterSet

    def dispatch(self, request, *args, **kwargs):
        team_only(request.user)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def no_results_message(self):
        """A whole sentence: Wagtail's "There are no %(model_name)s" cannot be
        translated well (French: "Il n'y a pas de invitations")."""
        if self.is_searching or self.is_filtering:
            return _("No invitation matches these filters.")
        return _("No invitation yet. Make a session code or a personal link.")

    def get_base_queryset(self):
        return Invitation.objects.for_user(self.request.user).select_related(
            "form", "programme"
        )

    def get_header_buttons(self):
        return [
            HeaderButton(
                _("New session code"),
                url=reverse("survey_invitations:add_session"),
                icon_name="plus",
            ),
            HeaderButton(
                _("New personal link"),
                url=reverse("survey_invitations:add_personal"),
                icon_name="plus",
            ),
        ]

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "label",
                label=_("Name"),
                sort_key="label",
                get_url=lambda i: reverse("survey_invitations:detail", args=[i.pk]),
            ),
            Column("kind", label=_("Kind"), accessor="get_kind_display"),
            Column("survey", label=_("Survey"), accessor=lambda i: i.form.title),
            # Dates as dates: Wagtail's relative "… ago" read a code valid for
            # another day as "0 minutes ago", and today's session as past.
            Column(
                "session_date",
                label=_("Date"),
                sort_key="session_date",
                accessor=lambda i: _local(i.session_date, "SHORT_DATE_FORMAT"),
            ),
            Column(
                "expires_at",
                label=_("Valid until"),
                sort_key="expires_at",
                accessor=lambda i: _local(i.expires_at, "SHORT_DATETIME_FORMAT"),
            ),
            Column(
                "answers",
                label=_("Answers / places"),
                accessor=lambda i: f"{i.use_count} / {i.max_uses}",
            ),
            Column("state", label=_("State"), accessor=invitation_state),
        ]


# --- making, renewing, withdrawing ------------------------------------------------


def sheet_languages(invitation: Invitation) -> list[str]:
    """The programme's languages, then the participants' (as configured)."""
    known = dict(settings.LANGUAGES)
    programme = invitation.programme
    codes = [
        programme.cpas.default_language,
        *(programme.working_languages or []),
        *(code for code, _name in settings.PARTICIPANT_LANGUAGES),
        "en",
    ]
    ordered: list[str] = []
    for code in codes:
        if code in known and code not in ordered:
            ordered.append(code)
    return ordered


def sheet_instructions(invitation: Invitation) -> list[dict]:
    """The sheet's sentences, once per language, each in that language."""
    rows = []
    for code in sheet_languages(invitation):
        with translation.override(code):
            rows.append(
                {
                    "code": code,
                    "name": autonym(code),
                    "dir": "rtl" if get_language_info(code)["bidi"] else "ltr",
                    "heading": pgettext("participant", "Tell us what you think"),
                    "text": pgettext(
                        "participant",
                        "Scan the code with the camera of your phone, "
                        "or type the address. Then choose your language.",
                    ),
                }
            )
    return rows


def qr_svg(url: str, label: str) -> str:
    """The QR code of ``url`` as inline SVG, sized by CSS, with a text alternative."""
    import segno

    svg = segno.make(url, error="m").svg_inline(
        scale=1, border=2, omitsize=True, svgclass="qr-code"
    )
    return mark_safe(  # noqa: S308 -- segno's SVG, our escaped label
        svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)
    )


def token_response(request, invitation: Invitation, token: str, *, renewed=False):
    """The one response that shows the token: the printable sheet of a session,
    the link of a personal invitation. Never cached."""
    url = request.build_absolute_uri(reverse("survey_entry:open", args=[token]))
    qr_label = _("QR code that opens the survey: %(url)s") % {"url": url}
    context = {
        "invitation": invitation,
        "url": url,
        "kiosk_url": f"{url}?kiosk=1",
        "qr": qr_svg(url, str(qr_label)),
        "renewed": renewed,
        "index_url": reverse("survey_invitations:index"),
        "detail_url": reverse("survey_invitations:detail", args=[invitation.pk]),
    }
    if invitation.kind == InvitationKind.SESSION:
        template = "surveys/admin/invitations/sheet.html"
        context["instructions"] = sheet_instructions(invitation)
    else:
        template = "surveys/admin/invitations/link.html"
        context.update(
            page_title=_("Personal link"),
            header_icon="link",
            breadcrumbs_items=breadcrumbs(invitation.label),
        )
    response = TemplateResponse(request, template, context)
    response["Cache-Control"] = "no-store"
    return response


def breadcrumbs(label) -> list[dict]:
    return [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse("survey_invitations:index"), "label": _("Survey invitations")},
        {"url": "", "label": label},
    ]


class InvitationCreateView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "surveys/admin/invitations/create.html"
    header_icon = "link"
    form_class = SessionInvitationForm

    def dispatch(self, request, *args, **kwargs):
        team_only(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        if self.form_class.kind == InvitationKind.SESSION:
            return _("New session code")
        return _("New personal link")

    def get_breadcrumbs_items(self):
        return breadcrumbs(self.get_page_title())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.form_class(user=self.request.user))
        context["has_surveys"] = bool(context["form"].fields["survey"].queryset)
        context["form_media"] = context["form"].media
        return context

    def post(self, request, *args, **kwargs):
        form = self.form_class(request.POST, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        invitation, token = invitation_create(
            user=request.user,
            form=data["survey"],
            kind=form.kind,
            label=data["label"],
            max_uses=data.get("max_uses"),
            expires_at=data["expires_at"],
            session_date=data.get("session_date"),
            participant=data.get("participant"),
        )
        return token_response(request, invitation, token)


class InvitationDetailView(WagtailAdminTemplateMixin, TemplateView):
    """What is known of an invitation (not its token), with renew and withdraw."""

    template_name = "surveys/admin/invitations/detail.html"
    header_icon = "link"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.invitation = invitation_for_user(request.user, kwargs["pk"])

    def get_page_title(self):
        return self.invitation.label

    def get_breadcrumbs_items(self):
        return breadcrumbs(self.invitation.label)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        invitation = self.invitation
        context.update(
            invitation=invitation,
            state=invitation_state(invitation),
            withdrawn=invitation.revoked_at is not None,
            min_group=MIN_GROUP,
        )
        return context


@require_POST
def invitation_renew_view(request, pk: int):
    """A new token (the old one stops working), shown once."""
    invitation = invitation_for_user(request.user, pk)
    if invitation.revoked_at is not None:
        raise Http404
    token = invitation_renew(invitation)
    return token_response(request, invitation, token, renewed=True)


@require_POST
def invitation_withdraw_view(request, pk: int):
    invitation = invitation_for_user(request.user, pk)
    if invitation.revoked_at is None:
        invitation_withdraw(invitation)
    messages.success(
        request,
        _("“%(label)s” is withdrawn: its code no longer opens the survey.")
        % {"label": invitation.label},
    )
    return HttpResponseRedirect(reverse("survey_invitations:index"))
