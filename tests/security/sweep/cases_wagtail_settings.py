"""The sweep's cases for Wagtail's settings screens (collections, workflows,
reports, users, groups, sites, locales), its images and documents, and
wagtail-localize's translation views."""

from __future__ import annotations

from tests.security.sweep.patterns import Case

SETTINGS_CASES: dict[str, Case] = {
    "wagtailusers_users:index": Case("nobody"),
    "wagtailusers_users:index_results": Case("nobody"),
    "wagtailusers_users:add": Case("nobody"),
    "wagtailusers_users:edit": Case("nobody", {"pk": "@user"}),
    "wagtailusers_users:delete": Case("nobody", {"pk": "@user"}),
    "wagtailusers_users:history": Case("nobody", {"pk": "@user"}),
    "wagtailusers_users:history_results": Case("nobody", {"pk": "@user"}),
    "wagtailusers_users:usage": Case("nobody", {"pk": "@user"}),
    "wagtailusers_users:copy": Case("nobody", {"pk": "@user"}),
    "wagtailusers_groups:index": Case("nobody"),
    "wagtailusers_groups:index_results": Case("nobody"),
    "wagtailusers_groups:add": Case("nobody"),
    "wagtailusers_groups:edit": Case("nobody", {"pk": "@page_group"}),
    "wagtailusers_groups:delete": Case("nobody", {"pk": "@page_group"}),
    "wagtailusers_groups:history": Case("nobody", {"pk": "@page_group"}),
    "wagtailusers_groups:history_results": Case("nobody", {"pk": "@page_group"}),
    "wagtailusers_groups:usage": Case("nobody", {"pk": "@page_group"}),
    "wagtailsites:index": Case("nobody"),
    "wagtailsites:index_results": Case("nobody"),
    "wagtailsites:add": Case("nobody"),
    "wagtailsites:edit": Case("nobody", {"pk": "@site"}),
    "wagtailsites:delete": Case("nobody", {"pk": "@site"}),
    "wagtailsites:history": Case("nobody", {"pk": "@site"}),
    "wagtailsites:history_results": Case("nobody", {"pk": "@site"}),
    "wagtailsites:usage": Case("nobody", {"pk": "@site"}),
    "wagtailsites:copy": Case("nobody", {"pk": "@site"}),
    "wagtaillocales:index": Case("nobody"),
    "wagtaillocales:index_results": Case("nobody"),
    "wagtaillocales:add": Case("nobody"),
    "wagtaillocales:edit": Case("nobody", {"pk": "@locale"}),
    "wagtaillocales:delete": Case("nobody", {"pk": "@locale"}),
    "wagtaillocales:history": Case("nobody", {"pk": "@locale"}),
    "wagtaillocales:history_results": Case("nobody", {"pk": "@locale"}),
    "wagtaillocales:usage": Case("nobody", {"pk": "@locale"}),
    "wagtaillocales:copy": Case("nobody", {"pk": "@locale"}),
    "wagtailadmin_collections:index": Case("nobody"),
    "wagtailadmin_collections:index_results": Case("nobody"),
    "wagtailadmin_collections:add": Case("nobody"),
    "wagtailadmin_collections:edit": Case("nobody", {"pk": "@collection"}),
    "wagtailadmin_collections:delete": Case("nobody", {"pk": "@collection"}),
    "wagtailadmin_collections:set_privacy": Case(
        "nobody", {"collection_id": "@collection"}
    ),
    "wagtailadmin_workflows:index": Case("nobody"),
    "wagtailadmin_workflows:index_results": Case("nobody"),
    "wagtailadmin_workflows:add": Case("nobody"),
    "wagtailadmin_workflows:enable": Case("nobody", {"pk": "@workflow"}),
    "wagtailadmin_workflows:disable": Case("nobody", {"pk": "@workflow"}),
    "wagtailadmin_workflows:edit": Case("nobody", {"pk": "@workflow"}),
    "wagtailadmin_workflows:usage": Case("nobody", {"pk": "@workflow"}),
    "wagtailadmin_workflows:usage_results": Case("nobody", {"pk": "@workflow"}),
    "wagtailadmin_workflows:remove": Case(
        "nobody", {"page_pk": "@form", "workflow_pk": "@workflow"}
    ),
    "wagtailadmin_workflows:add_task": Case(
        "nobody", {"app_label": "wagtailcore", "model_name": "grouPapprovaltask"}
    ),
    "wagtailadmin_workflows:select_task_type": Case("nobody"),
    "wagtailadmin_workflows:task_index": Case("nobody"),
    "wagtailadmin_workflows:task_index_results": Case("nobody"),
    "wagtailadmin_workflows:edit_task": Case("nobody", {"pk": "@task"}),
    "wagtailadmin_workflows:disable_task": Case("nobody", {"pk": "@task"}),
    "wagtailadmin_workflows:enable_task": Case("nobody", {"pk": "@task"}),
    "wagtailadmin_workflows:task_chooser": Case("list:*"),
    "wagtailadmin_workflows:task_chooser_results": Case("list:*"),
    "wagtailadmin_workflows:task_chooser_create": Case("list:*"),
    "wagtailadmin_workflows:task_chosen": Case("list:*", {"task_id": "@task"}),
    "wagtailadmin_reports:locked_pages": Case("nobody"),
    "wagtailadmin_reports:locked_pages_results": Case("nobody"),
    "wagtailadmin_reports:workflow": Case("list:MA"),
    "wagtailadmin_reports:workflow_results": Case("list:MA"),
    "wagtailadmin_reports:workflow_tasks": Case("list:MA"),
    "wagtailadmin_reports:workflow_tasks_results": Case("list:MA"),
    "wagtailadmin_reports:site_history": Case("list:*"),
    "wagtailadmin_reports:site_history_results": Case("list:*"),
    "wagtailadmin_reports:aging_pages": Case("list:MA"),
    "wagtailadmin_reports:aging_pages_results": Case("list:MA"),
    "wagtailadmin_reports:page_types_usage": Case(
        "nobody"
    ),  # every CPAS's pages: the operator's
    "wagtailadmin_reports:page_types_usage_results": Case(
        "nobody"
    ),  # every CPAS's pages: the operator's
    "wagtailimages:index": Case("nobody"),
    "wagtailimages:index_results": Case("nobody"),
    "wagtailimages:add": Case("nobody"),
    "wagtailimages:add_multiple": Case("nobody"),
    "wagtailimages:edit": Case("nobody", {"image_id": "@image"}),
    "wagtailimages:delete": Case("nobody", {"image_id": "@image"}),
    "wagtailimages:url_generator": Case("nobody", {"image_id": "@image"}),
    "wagtailimages:url_generator_output": Case("nobody", {"image_id": "@image"}),
    "wagtailimages:preview": Case(
        "nobody", {"image_id": "@image", "filter_spec": "original"}
    ),
    "wagtailimages:image_usage": Case("nobody", {"image_id": "@image"}),
    "wagtailimages:edit_multiple": Case(
        "nobody", {"image_id": "@image"}, method="post"
    ),
    "wagtailimages:create_multiple_from_uploaded_image": Case(
        "nobody", {"uploaded_file_id": "1"}, method="post"
    ),
    "wagtailimages:delete_multiple": Case(
        "nobody", {"image_id": "@image"}, method="post"
    ),
    "wagtailimages:delete_upload_multiple": Case(
        "nobody", {"uploaded_file_id": "1"}, method="post"
    ),
    "wagtaildocs:index": Case("nobody"),
    "wagtaildocs:index_results": Case("nobody"),
    "wagtaildocs:add": Case("nobody"),
    "wagtaildocs:add_multiple": Case("nobody"),
    "wagtaildocs:edit": Case("nobody", {"document_id": "@document"}),
    "wagtaildocs:delete": Case("nobody", {"document_id": "@document"}),
    "wagtaildocs:document_usage": Case("nobody", {"document_id": "@document"}),
    "wagtaildocs:edit_multiple": Case("nobody", {"doc_id": "@document"}, method="post"),
    "wagtaildocs:create_multiple_from_uploaded_document": Case(
        "nobody", {"uploaded_file_id": "1"}, method="post"
    ),
    "wagtaildocs:delete_multiple": Case(
        "nobody", {"doc_id": "@document"}, method="post"
    ),
    "wagtaildocs:delete_upload_multiple": Case(
        "nobody", {"uploaded_file_id": "1"}, method="post"
    ),
    "wagtaildocs_chooser:choose": Case("list:*"),
    "wagtaildocs_chooser:choose_results": Case("list:*"),
    "wagtaildocs_chooser:chosen": Case("nobody", {"pk": "@document"}),
    "wagtaildocs_chooser:chosen_multiple": Case("list:*"),
    "wagtaildocs_chooser:create": Case("nobody"),
    "wagtailimages_chooser:choose": Case("list:*"),
    "wagtailimages_chooser:choose_results": Case("list:*"),
    "wagtailimages_chooser:chosen": Case("nobody", {"pk": "@image"}),
    "wagtailimages_chooser:chosen_multiple": Case("list:*"),
    "wagtailimages_chooser:create": Case("nobody"),
    "wagtailimages_chooser:select_format": Case("nobody", {"image_id": "@image"}),
    "wagtail_localize:javascript_catalog": Case("public"),
    "wagtail_localize:submit_page_translation": Case("nobody", {"page_id": "@form"}),
    "wagtail_localize:submit_snippet_translation": Case(
        "nobody", {"app_label": "intake", "model_name": "programme", "pk": "@programme"}
    ),
    "wagtail_localize:update_translations": Case(
        "nobody", {"translation_source_id": "@translation_source"}
    ),
    "wagtail_localize:edit_string_translation": Case(
        "nobody",
        {"translation_id": "@translation", "string_segment_id": "@string_segment"},
        method="post",
    ),
    "wagtail_localize:edit_override": Case(
        "nobody",
        {
            "translation_id": "@translation",
            "overridable_segment_id": "@overridable_segment",
        },
        method="post",
    ),
    "wagtail_localize:download_pofile": Case(
        "nobody", {"translation_id": "@translation"}
    ),
    "wagtail_localize:upload_pofile": Case(
        "nobody", {"translation_id": "@translation"}, method="post"
    ),
    "wagtail_localize:machine_translate": Case(
        "nobody", {"translation_id": "@translation"}, method="post"
    ),
    "wagtail_localize:preview_translation": Case(
        "nobody", {"translation_id": "@translation", "mode": "default"}
    ),
    "wagtail_localize:stop_translation": Case(
        "nobody", {"translation_id": "@translation"}, method="post"
    ),
    "wagtail_localize:convert_to_alias": Case("nobody", {"page_id": "@form"}),
    "wagtail_localize:translations_report": Case(
        "nobody"
    ),  # every CPAS's pages: the operator's
    "wagtail_localize:translations_report_results": Case(
        "nobody"
    ),  # every CPAS's pages: the operator's
    "wagtail_localize:snippets_api_listing": Case(
        "nobody", {"app_label": "intake", "model_name": "programme"}
    ),
    "wagtail_localize:snippets_api_detail": Case(
        "nobody", {"app_label": "intake", "model_name": "programme", "pk": "@programme"}
    ),
}
