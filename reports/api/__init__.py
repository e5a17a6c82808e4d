"""The read-only API for analysts (django-ninja), at ``/api/``.

Every request carries a personal access token (``Authorization: Bearer …``,
:mod:`reports.tokens`); the token acts as its user, with her roles of the
moment, through the same ``for_user`` querysets as the screens. A pseudonymised
token never returns names, phone numbers, e-mail addresses or national numbers.
The schema is at ``/api/openapi.json``; there is no docs page (ninja's loads
Swagger from a CDN, and no request leaves for an outside service).
"""

from ninja import NinjaAPI

from reports.api.auth import BearerToken
from reports.api.endpoints import router

api = NinjaAPI(
    title="Activation sociale · read-only API",
    version="1",
    description=(
        "Participants, referrals, form submissions and fund-report figures, as "
        "the token's user sees them. Lists are paginated (`page`)."
    ),
    urls_namespace="api",
    auth=BearerToken(),
    docs_url=None,
    openapi_url="/openapi.json",
)
api.add_router("/", router)
