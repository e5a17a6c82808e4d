"""A group's page (members, waiting list, next sessions) and enrolling people:
from an accepted or running referral, onto the waiting list, or past the
group's places with a manager's written reason."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView

from groups.models import Enrolment, EnrolmentStatus, Group, Session
from groups.permissions import is_programme_manager
from groups.referrals import ENROLLABLE_STATES, Referral
from groups.selectors.placement import placed_level
from groups.selectors.staff import programmes_run_by
from groups.services.enrolments import (
    enrolment_create,
    enrolment_leave,
    enrolment_promote,
)
from groups.services.errors import Refused
from groups.views.admin_page import AdminPage
from intake.list_exports import list_export_buttons


def group_page_url(group_id: int) -> str:
    return reverse("groups:inspect", args=[group_id])


class GroupDetailMixin:
    """The inspect view of a group shows its people and its next sessions."""

    def get_header_buttons(self):
        """Its attendance to export, for those who may."""
        extra = {"group": str(self.object.pk)}
        return [
            *super().get_header_buttons(),
            *list_export_buttons(self.request, "attendance", extra=extra),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        group: Group = self.object
        rows = list(
            group.enrolments.select_related("participant", "referral").order_by(
                "position", "participant__last_name", "participant__first_name"
            )
        )
        now = timezone.now()
        waiting = [row for row in rows if row.status == EnrolmentStatus.WAITING]
        for row in waiting:
            row.days_waiting = (
                (now - row.waiting_since).days if row.waiting_since else 0
            )
        runs = programmes_run_by(self.request.user).filter(pk=group.programme_id)
        context.update(
            enrolled=[row for row in rows if row.status == EnrolmentStatus.ENROLLED],
            waiting=waiting,
            left=[row for row in rows if row.status == EnrolmentStatus.LEFT],
            next_sessions=list(
                Session.objects.filter(group=group, ends_at__gte=now).order_by(
                    "starts_at"
                )[:6]
            ),
            runs_group=runs.exists(),
            is_manager=is_programme_manager(self.request.user, group.programme),
            calendar_url=reverse("groups_calendar:index")
            + f"?programme={group.programme_id}",
        )
        return context


def _group_run_by(request: HttpRequest, pk: int) -> Group:
    group = (
        Group.objects.for_user(request.user)
        .filter(pk=pk, programme__in=programmes_run_by(request.user))
        .select_related("programme")
        .first()
    )
    if group is None:
        raise Http404
    return group


class EnrolForm(forms.Form):
    referral = forms.ModelChoiceField(label=_("Participant"), queryset=None)
    waiting = forms.BooleanField(
        label=_("On the waiting list"),
        required=False,
        help_text=_("She takes the next free place, in the order of the list."),
    )
    over_capacity_reason = forms.CharField(
        label=_("Reason to enrol past the group's places"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only a programme manager, only when the group is full."),
    )

    def __init__(self, *args, group: Group, user, **kwargs):
        super().__init__(*args, **kwargs)
        present = group.enrolments.exclude(status=EnrolmentStatus.LEFT).values(
            "participant"
        )
        referrals = (
            Referral.objects.for_user(user)
            .filter(programme=group.programme_id, state__in=ENROLLABLE_STATES)
            .exclude(participant__isnull=True)
            .exclude(participant__in=present)
            .select_related("participant")
            .order_by("participant__last_name", "participant__first_name")
        )
        field = self.fields["referral"]
        field.queryset = referrals
        field.label_from_instance = lambda referral: self.label_of(referral, group)
        if not is_programme_manager(user, group.programme):
            del self.fields["over_capacity_reason"]

    @staticmethod
    def label_of(referral: Referral, group: Group) -> str:
        label = f"{referral.participant} · {referral.get_state_display()}"
        level = (
            placed_level(referral.participant, group.programme) if group.level else ""
        )
        if level and level.casefold() == group.level.casefold():
            label += " · " + str(_("placement test: this group's level"))
        return label


class EnrolView(AdminPage, FormView):
    template_name = "groups/enrol.html"
    form_class = EnrolForm
    header_icon = "group"
    page_title = _("Enrol in the group")

    def setup(self, request, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.group = _group_run_by(request, kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.group)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "group": self.group,
            "user": self.request.user,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            group=self.group,
            taken=self.group.enrolments.filter(status=EnrolmentStatus.ENROLLED).count(),
            group_url=group_page_url(self.group.pk),
        )
        return context

    def form_valid(self, form):
        referral = form.cleaned_data["referral"]
        try:
            enrolment = enrolment_create(
                group=self.group,
                referral=referral,
                user=self.request.user,
                waiting=form.cleaned_data["waiting"],
                over_capacity_reason=form.cleaned_data.get("over_capacity_reason", ""),
            )
        except Refused as refused:
            form.add_error(None, refused.message)
            return self.form_invalid(form)
        if enrolment.status == EnrolmentStatus.WAITING:
            text = _("%(person)s is number %(n)d on the waiting list.") % {
                "person": referral.participant,
                "n": enrolment.position,
            }
        else:
            text = _("%(person)s is in the group.") % {"person": referral.participant}
        messages.success(self.request, text)
        return redirect(group_page_url(self.group.pk))


def _enrolment_run_by(request: HttpRequest, pk: int) -> Enrolment:
    return get_object_or_404(
        Enrolment.objects.for_user(request.user).filter(
            group__programme__in=programmes_run_by(request.user)
        ),
        pk=pk,
    )


@require_POST
def promote(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = _enrolment_run_by(request, pk)
    try:
        enrolment_promote(
            enrolment=enrolment,
            user=request.user,
            over_capacity_reason=request.POST.get("over_capacity_reason", ""),
        )
    except Refused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _("%(person)s is in the group.") % {"person": enrolment.participant},
        )
    return redirect(group_page_url(enrolment.group_id))


@require_POST
def leave(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = _enrolment_run_by(request, pk)
    enrolment_leave(enrolment=enrolment)
    messages.success(
        request,
        _("%(person)s left the group.") % {"person": enrolment.participant},
    )
    return redirect(group_page_url(enrolment.group_id))
