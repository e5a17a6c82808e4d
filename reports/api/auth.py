"""Bearer authentication with a personal access token."""

from __future__ import annotations

from ninja.security import HttpBearer

from reports.models import ApiToken
from reports.tokens import token_for_secret


class BearerToken(HttpBearer):
    """``request.auth`` is the token; no token, a wrong, revoked or expired one,
    or a user who is no longer active: 401."""

    def authenticate(self, request, token: str) -> ApiToken | None:
        found = token_for_secret(token)
        if found is not None:
            request.user = found.user
        return found


def is_pseudonymised(request) -> bool:
    return request.auth.pseudonymised
