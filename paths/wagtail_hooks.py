"""Programme paths in the admin, the path on the participant's page, the
demo's step."""

from __future__ import annotations

from wagtail import hooks

from paths.demo import seed_paths_step
from paths.panels import participant_panel
from paths.viewsets import path_viewset


@hooks.register("register_admin_viewset")
def register_path_viewset():
    return path_viewset


hooks.register("register_participant_panel", participant_panel)
hooks.register("register_demo_step", seed_paths_step)
