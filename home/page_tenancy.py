"""Tenancy of the page tree: a CPAS's staff see the tree's top (the root and
the home page of each language) and their own programmes' pages with what lies
below them (forms); another CPAS's pages answer 404 in the explorer, the page
chooser, the move pages and every other admin view of a page. Operators
(superusers) see every page.

Wagtail grants page permissions on subtrees (``home.services``), which already
keeps another CPAS's pages from being edited; this keeps their titles from
being listed or shown.
"""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404
from wagtail.models import Page

from home.models import ProgrammePage
from intake.tenancy import scope_of

#: The top of the tree everyone may browse: the root and the home pages.
SHARED_DEPTH = 2
#: URL arguments of Wagtail's admin views that name a page.
PAGE_ARGUMENTS = ("page_id", "parent_page_id", "destination_id", "page_to_move_id")


def visible_pages(user) -> Q | None:
    """The pages ``user`` may see in the admin, as a filter; ``None`` when she
    sees every page."""
    scope = scope_of(user)
    if scope.everything:
        return None
    visible = Q(depth__lte=SHARED_DEPTH)
    if scope.nothing:
        return visible
    own_paths = ProgrammePage.objects.filter(
        programme__cpas_id=scope.cpas_id
    ).values_list("path", flat=True)
    for path in own_paths:
        ancestors = [path[:end] for end in range(Page.steplen, len(path), Page.steplen)]
        visible |= Q(path__startswith=path) | Q(path__in=ancestors)
    return visible


def pages_for_user(pages, user):
    """``pages`` narrowed to those ``user`` may see."""
    visible = visible_pages(user)
    return pages if visible is None else pages.filter(visible)


def page_visible(user, page_id: int) -> bool:
    return pages_for_user(Page.objects.filter(pk=page_id), user).exists()


class PageTreeTenancyMiddleware:
    """Answer 404 to an admin view of a page (or with a page as parent or
    destination) that the user may not see."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith("/admin/"):
            return None
        if not request.user.is_authenticated:
            return None
        for argument in PAGE_ARGUMENTS:
            page_id = view_kwargs.get(argument)
            if page_id is not None and not page_visible(request.user, int(page_id)):
                raise Http404
        return None
