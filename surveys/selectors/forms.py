"""Which forms a user may see, and their datasets: everything else filters from here.

A form is listed once, by its source-language page (the first created of its
translations); its dataset is every language's submissions that
``Submission.objects.for_user`` lets the user see. A programme's forms are the
pages right under its public pages (``Programme.pages``, in every language): only
:func:`forms_of` knows that.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Count, F, Max, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from intake.models import Programme
from intake.tenancy import scope_of
from surveys.models import FormPage, FormVersion, Submission


def forms_of(
    programmes: Iterable[Programme] | QuerySet[Programme],
) -> QuerySet[FormPage]:
    """Every page, in every language, of the forms of ``programmes``: the pages
    right under the programmes' public pages."""
    if not isinstance(programmes, QuerySet):
        programmes = Programme.objects.filter(pk__in=[p.pk for p in programmes])
    parents = programmes.filter(pages__isnull=False).values_list(
        "pages__path", "pages__depth"
    )
    under = [Q(path__startswith=path, depth=depth + 1) for path, depth in parents]
    if not under:
        return FormPage.objects.none()
    return FormPage.objects.filter(reduce(or_, under))


def forms_for_user(user) -> QuerySet[FormPage]:
    """The forms (their source-language pages) whose submissions ``user`` may see.

    CPAS administrators: every form of their CPAS's programmes; coaches and
    managers: their programmes' forms (``Programme.objects.for_team``); anyone
    else: the forms she sent herself (``Submission.objects.for_user``).
    """
    scope = scope_of(user)
    if scope.nothing:
        return FormPage.objects.none()
    first_pks = (
        FormPage.objects.order_by()
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values("first")
    )
    pages = FormPage.objects.filter(pk__in=first_pks)
    if scope.everything:
        return pages
    team_forms = forms_of(Programme.objects.for_team(user)).values("pk")
    sent = Submission.objects.for_user(user).values("translation_key")
    return pages.filter(Q(pk__in=team_forms) | Q(translation_key__in=sent))


def form_for_user(user, pk: int) -> FormPage | None:
    """The source page of the form one of whose language pages is ``pk``, if the
    user may see it; ``None`` otherwise (the view answers 404)."""
    key = FormPage.objects.filter(pk=pk).values_list("translation_key", flat=True)
    return forms_for_user(user).filter(translation_key__in=key).first()


def forms_with_activity(user) -> QuerySet[FormPage]:
    """:func:`forms_for_user` with the count and date of the submissions she sees."""
    seen = (
        Submission.objects.for_user(user)
        .filter(translation_key=OuterRef("translation_key"))
        .order_by()
        .values("translation_key")
    )
    return forms_for_user(user).annotate(
        submission_count=Coalesce(
            Subquery(seen.annotate(count=Count("pk")).values("count")), 0
        ),
        last_submitted_at=Subquery(
            seen.annotate(last=Max("submitted_at")).values("last")
        ),
    )


def form_programmes(pages: Iterable[FormPage]) -> dict[int, Any]:
    """The programme of each form page, by page pk, in one query."""
    parent_paths = {page.pk: page.path[: -FormPage.steplen] for page in pages}
    programmes = Programme.objects.filter(
        pages__path__in=set(parent_paths.values())
    ).annotate(page_path=F("pages__path"))
    by_path = {programme.page_path: programme for programme in programmes}
    return {pk: by_path.get(path) for pk, path in parent_paths.items()}


def form_dataset(user, page: FormPage) -> QuerySet[Submission]:
    """Every language's submissions of ``page``'s form that ``user`` may see."""
    return Submission.objects.for_user(user).of_form(page.translation_key)


def form_versions(page: FormPage) -> list[FormVersion]:
    """Every published version of the form, in every language, newest first."""
    return list(
        FormVersion.objects.filter(translation_key=page.translation_key)
        .select_related("locale")
        .order_by("-pk")
    )


def programme_forms(
    programme: Programme, kinds: Iterable[str], language: str = ""
) -> list[FormPage]:
    """The programme's live forms of ``kinds``, one page per form: the page in
    ``language`` when the form has one, else its first (source) page; in the
    order of ``kinds`` (a participant's path), then of creation."""
    kinds = list(kinds)
    pages = (
        forms_of([programme])
        .live()
        .filter(kind__in=kinds)
        .select_related("locale")
        .order_by("pk")
    )
    chosen: dict[Any, FormPage] = {}
    for page in pages:
        first = chosen.get(page.translation_key)
        if first is None or (
            page.locale.language_code == language
            and first.locale.language_code != language
        ):
            chosen[page.translation_key] = page
    order = {kind: index for index, kind in enumerate(kinds)}
    return sorted(chosen.values(), key=lambda page: (order[page.kind], page.pk))
