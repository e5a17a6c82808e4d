"""The sweep's cases for Wagtail's admin, wagtail-localize and Django's own
URLs. Pages are A's form page (under A's programme page); ``list`` cases show a
list or a blank form (which must name nothing of A to the others)."""

from __future__ import annotations

from tests.security.sweep.patterns import Case

WAGTAIL_CASES: dict[str, Case] = {
    "wagtailadmin_home": Case("list:*"),
    "wagtailadmin_api:pages:listing": Case("nobody"),
    "wagtailadmin_api:pages:detail": Case("nobody", {"pk": "@form"}),
    "wagtailadmin_api:pages:find": Case("nobody"),
    "wagtailadmin_api:pages:action": Case(
        "nobody", {"pk": "@form", "action_name": "copy"}, method="post"
    ),
    "wagtailadmin_api:documents:listing": Case("nobody"),
    "wagtailadmin_api:documents:detail": Case("nobody", {"pk": "@document"}),
    "wagtailadmin_api:documents:find": Case("nobody"),
    "wagtailadmin_api:images:listing": Case("nobody"),
    "wagtailadmin_api:images:detail": Case("nobody", {"pk": "@image"}),
    "wagtailadmin_api:images:find": Case("nobody"),
    "wagtailadmin_error_test": Case("nobody"),
    "wagtailadmin_explore_root": Case("nobody"),
    "wagtailadmin_explore": Case("cpas:MA", {"parent_page_id": "@programme_page"}),
    "wagtailadmin_explore_results": Case(
        "cpas:MA", {"parent_page_id": "@programme_page"}
    ),
    "wagtail_bulk_action": Case(
        "nobody", {"app_label": "wagtailcore", "model_name": "page", "action": "move"}
    ),
    "wagtailadmin_pages:add": Case(
        "cpas:MA",
        {
            "content_type_app_name": "surveys",
            "content_type_model_name": "formpage",
            "parent_page_id": "@programme_page",
        },
    ),
    "wagtailadmin_pages:preview_on_add": Case(
        "cpas:MA",
        {
            "content_type_app_name": "surveys",
            "content_type_model_name": "formpage",
            "parent_page_id": "@programme_page",
        },
    ),
    "wagtailadmin_pages:type_use": Case(
        "list:MA",
        {"content_type_app_name": "surveys", "content_type_model_name": "formpage"},
    ),
    "wagtailadmin_pages:type_use_results": Case(
        "list:MA",
        {"content_type_app_name": "surveys", "content_type_model_name": "formpage"},
    ),
    "wagtailadmin_pages:choose_parent": Case(
        "list:*", {"app_label": "surveys", "model_name": "formpage"}, allowed=(200, 302)
    ),
    "wagtailadmin_pages:usage": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_pages:edit": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_pages:preview_on_edit": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_pages:view_draft": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_pages:add_subpage": Case(
        "nobody", {"parent_page_id": "@programme_page"}
    ),
    "wagtailadmin_pages:delete": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_pages:unpublish": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_pages:convert_alias": Case("nobody", {"page_id": "@form"}),
    "wagtailadmin_pages:search": Case("list:MA"),
    "wagtailadmin_pages:search_results": Case("list:MA"),
    "wagtailadmin_pages:move": Case("cpas:MA", {"page_to_move_id": "@form"}),
    "wagtailadmin_pages:move_confirm": Case(
        "cpas:*", {"page_to_move_id": "@form", "destination_id": "@programme_page"}
    ),
    "wagtailadmin_pages:set_page_position": Case(
        "cpas:MA", {"page_to_move_id": "@form"}, method="post"
    ),
    "wagtailadmin_pages:copy": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_pages:workflow_action": Case(
        "nobody", {"page_id": "@form", "action_name": "approve", "task_state_id": "1"}
    ),
    "wagtailadmin_pages:collect_workflow_action_data": Case(
        "nobody", {"page_id": "@form", "action_name": "approve", "task_state_id": "1"}
    ),
    "wagtailadmin_pages:confirm_workflow_cancellation": Case(
        "cpas:*", {"page_id": "@form"}
    ),
    "wagtailadmin_pages:workflow_preview": Case(
        "nobody", {"page_id": "@form", "task_id": "@task"}
    ),
    "wagtailadmin_pages:set_privacy": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_pages:lock": Case("nobody", {"page_id": "@form"}, method="post"),
    "wagtailadmin_pages:unlock": Case("nobody", {"page_id": "@form"}, method="post"),
    "wagtailadmin_pages:revisions_index": Case("nobody", {"page_id": "@form"}),
    "wagtailadmin_pages:revisions_view": Case(
        "cpas:MA", {"page_id": "@form", "revision_id": "@revision"}
    ),
    "wagtailadmin_pages:revisions_revert": Case(
        "cpas:MA", {"page_id": "@form", "revision_id": "@revision"}
    ),
    "wagtailadmin_pages:revisions_unschedule": Case(
        "cpas:MA", {"page_id": "@form", "revision_id": "@revision"}
    ),
    "wagtailadmin_pages:revisions_compare": Case(
        "cpas:MA", path="/admin/pages/{form}/revisions/compare/earliest...latest/"
    ),
    "wagtailadmin_pages:workflow_history": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_pages:workflow_history_detail": Case(
        "nobody", {"page_id": "@form", "workflow_state_id": "1"}
    ),
    "wagtailadmin_pages:history": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_pages:history_results": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailadmin_choose_page": Case("list:*"),
    "wagtailadmin_choose_page_child": Case(
        "cpas:*", {"parent_page_id": "@programme_page"}
    ),
    "wagtailadmin_choose_page_search": Case("list:*"),
    "wagtailadmin_choose_page_chosen_multiple": Case("list:*"),
    "wagtailadmin_choose_page_external_link": Case("list:*"),
    "wagtailadmin_choose_page_email_link": Case("list:*"),
    "wagtailadmin_choose_page_phone_link": Case("list:*"),
    "wagtailadmin_choose_page_anchor_link": Case("list:*"),
    "wagtailadmin_tag_autocomplete": Case("list:*"),
    "wagtailadmin_tag_model_autocomplete": Case(
        "nobody", {"app_name": "wagtaildocs", "model_name": "document"}
    ),
    "wagtailadmin_account": Case("list:*"),
    "wagtailadmin_logout": Case("list:*", method="post", allowed=(200, 302)),
    "wagtailadmin_dismissibles": Case("list:*"),
    "wagtailadmin_editing_sessions:ping": Case(
        "cpas:MA",
        {
            "app_label": "wagtailcore",
            "model_name": "page",
            "object_id": "@form",
            "session_id": "1",
        },
        method="post",
    ),
    "wagtailadmin_editing_sessions:release": Case("list:*", method="post"),
    "wagtailadmin_block_preview": Case("nobody"),
    "wagtailforms:index": Case("list:MA"),
    "wagtailforms:index_results": Case("list:MA"),
    "wagtailforms:list_submissions": Case("nobody", {"page_id": "@form"}),
    "wagtailforms:list_submissions_results": Case("nobody", {"page_id": "@form"}),
    "wagtailforms:delete_submissions": Case("cpas:MA", {"page_id": "@form"}),
    "wagtailsettings:edit": Case(
        "nobody", {"app_name": "wagtailcore", "model_name": "site", "pk": "@site"}
    ),
    "wagtailsettings:preview_on_edit": Case(
        "nobody", {"app_name": "wagtailcore", "model_name": "site", "pk": "@site"}
    ),
    "wagtailembeds:chooser": Case("list:*"),
    "wagtailembeds:chooser_upload": Case("list:*"),
    "wagtailsnippets:index": Case("nobody"),
    "wagtailadmin_sprite": Case("public"),
    "wagtailadmin_login": Case("public"),
    "wagtailadmin_password_reset": Case("public"),
    "wagtailadmin_password_reset_done": Case("public"),
    "wagtailadmin_password_reset_confirm": Case(
        "public", {"uidb64": "MQ", "token": "guessed-token"}
    ),
    "wagtailadmin_password_reset_complete": Case("public"),
    "wagtailadmin_javascript_catalog": Case("public"),
    "wagtaildocs_serve": Case("public", path="/documents/{document}/document.txt"),
    "wagtaildocs_authenticate_with_password": Case("public", {"restriction_id": "1"}),
    "wagtailcore_authenticate_with_password": Case(
        "public", {"page_view_restriction_id": "1", "page_id": "@form"}
    ),
    "wagtailcore_login": Case("public"),
    "wagtail_serve": Case("public", path="/fr/home/programme-a/"),
    "admin/^.*/$": Case("public", path="/admin/no-such-screen/"),
    "admin/test404/": Case("public"),
    # Present only when the URLconf was first read with DEBUG on (settings.DEBUG
    # is the developer's default; the test runner turns it off).
    "^media/(?P<path>.*)$": Case("public", path="/media/no-such-file.png"),
    "set_language": Case("public", method="post"),
}
