"""Placeholder, replaced by the interview mode (issue #6)."""

from django.http import Http404


def interview(request, form_id, participant_id):
    raise Http404


def draft(request, form_id, participant_id):
    raise Http404


def send(request, form_id, participant_id):
    raise Http404
