"""Who may open which referral screen.

A screen a role does not use sends her back to the dashboard with Wagtail's "no
permission" message; a referral outside her scope does not exist for her (404).
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from wagtail.admin.auth import permission_denied


class RoleRequiredMixin:
    """Lets through the users for whom :attr:`user_test` holds."""

    user_test: Callable[..., bool] = staticmethod(lambda user: True)

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not self.user_test(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
