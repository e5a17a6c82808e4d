"""Placeholder, replaced by the participant interface (issue #7)."""

from django.http import Http404, HttpResponse


def language_choice(request, token):
    raise Http404


def survey(request, token):
    raise Http404


def send(request, token):
    raise Http404


def rate_limited(request, exception):
    return HttpResponse(status=429)
