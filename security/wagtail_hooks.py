from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from security.demo import seed_two_factor


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request) -> dict:
    """Account → Two-factor authentication: enrol (coaches and social workers
    may), or replace the authenticator and get new recovery codes."""
    return {
        "url": reverse("security:enrol"),
        "label": _("Two-factor authentication"),
        "help_text": _(
            "Set up an authenticator app, or replace it and get new recovery codes."
        ),
    }


hooks.register("register_demo_step", seed_two_factor)
