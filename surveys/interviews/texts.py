"""Every text the interview page's script shows, translated on the server.

``static/surveys/js/interview.js`` has no user-facing text of its own: it reads
this dictionary from ``<script id="interview-texts">``. Placeholders in braces
(``{current}``, ``{name}``...) are filled by the script.
"""

from __future__ import annotations

from django.utils.translation import gettext as _


# Long as a table is: one entry per text the script shows, nothing to split.
def interview_texts() -> dict[str, str]:
    """The texts in the active language."""
    return {
        # Where the answers are.
        "saving": _("Saving…"),
        "saved": _("Saved"),
        "saved_at": _("Saved at %(time)s") % {"time": "{time}"},
        "saved_offline": _("Saved on this tablet, waiting for the network"),
        "not_saved": _("Not saved: %(reason)s") % {"reason": "{reason}"},
        "sending": _("Sending…"),
        "sent": _("Sent"),
        "waiting_to_send": _(
            "Saved on this tablet. It will be sent when the network is back: "
            "keep this page open."
        ),
        "send_failed": _("Not sent: %(reason)s") % {"reason": "{reason}"},
        "retry": _("Try again"),
        "offline_banner": _(
            "No network. You can go on: the answers are kept on this tablet."
        ),
        "online_banner": _("The network is back."),
        "network_error": _("the network does not answer"),
        "server_error": _("the server had a problem"),
        "login_required": _(
            "You are no longer logged in. Log in again in another tab: the "
            "answers are kept on this tablet."
        ),
        "already_sent": _("This interview was already sent. Nothing more was saved."),
        "too_large": _(
            "This form is too large to be sent. Shorten the longest answers."
        ),
        "client_uuid_reused": _(
            "These answers were already sent with other content. Nothing was changed."
        ),
        "form_changed": _("This form changed. Reload the page: your answers are kept."),
        "restored": _("Answers kept on this tablet were restored."),
        # Moving between sections.
        "progress": _("Section %(current)s of %(total)s")
        % {"current": "{current}", "total": "{total}"},
        "back": _("Back"),
        "next": _("Next"),
        "send": _("Send the interview"),
        # Conflicts between two devices.
        "conflict_title": _("This interview was changed on another device"),
        "conflict_intro": _(
            "Compare both versions. For each question, tick the answer to keep, "
            "or keep one version whole. Nothing is overwritten until you choose."
        ),
        "keep_chosen": _("Keep the ticked answers"),
        "keep_mine": _("Keep all of mine"),
        "keep_theirs": _("Keep all of the other one"),
        "mine": _("On this tablet"),
        "theirs": _("Saved by %(name)s at %(time)s")
        % {"name": "{name}", "time": "{time}"},
        "theirs_unknown": _("Saved on another device"),
        "question": _("Question"),
        "no_answer": _("(no answer)"),
        "section_position": _("Open section"),
        "notes_label": _("Interview notes"),
        "next_appointment_label": _("Next appointment"),
        "step_review": _("Action plan step"),
        "differences_only": _("Only the questions that differ are listed."),
        "no_differences": _("Both versions have the same answers."),
        # Errors.
        "errors_title": _("Some answers need your attention."),
        "error_prefix": _("Error:"),
        "required": _("This question needs an answer."),
        "every_line": _("Answer every line."),
        "plan_row": _("Each step needs a goal and a step."),
        "invalid": _("Check this answer: it is not in the expected form."),
    }
