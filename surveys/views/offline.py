"""Placeholder, replaced by the interview mode's offline support (issue #6)."""

from django.http import Http404


def service_worker(request):
    raise Http404


def manifest(request):
    raise Http404
