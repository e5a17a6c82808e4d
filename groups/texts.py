"""Every text the register page's script shows, translated on the server (the
script has no text of its own; it reads ``<script id="register-texts">``).
Placeholders in braces are filled by the script."""

from __future__ import annotations

from django.utils.translation import gettext as _


def register_texts() -> dict[str, str]:
    return {
        "saving": _("Saving…"),
        "saved": _("Saved"),
        "saved_offline": _(
            "Saved on this tablet. It will be sent when the network is back."
        ),
        "not_saved": _("Not saved: %(reason)s") % {"reason": "{reason}"},
        "offline_banner": _(
            "No network. You can go on: the register is kept on this tablet."
        ),
        "network_error": _("the network does not answer"),
        "server_error": _("the server had a problem"),
        "login_required": _(
            "You are no longer logged in. Log in again in another tab: the "
            "register is kept on this tablet."
        ),
        "hours": _("This week: {hours} h of {target} h"),
        "hours_no_target": _("This week: {hours} h"),
        "conflict_mine": _("Yours"),
        "conflict_theirs": _("On the server"),
        "conflict_person": _("Participant"),
        "no_mark": _("not marked"),
        "certificate_needs_network": _(
            "A certificate is sent only with the network. Try again when it is back."
        ),
        "certificate_save_first": _(
            "The register is not saved yet: the certificate can be added once it is."
        ),
        "certificate_kept": _("Certificate kept"),
        "certificate_sending": _("Sending the certificate…"),
    }
