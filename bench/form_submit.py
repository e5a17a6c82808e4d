"""Sending a filled form: our form builder against Wagtail's stock form page.

Both pages sit at the same depth of the same site, are sent by the same logged-in
coach through Django's test client (the whole middleware stack, Wagtail's page
routing), validate 40 answers and store one submission per request. Our page
applies its conditions (10 questions shown only after a "yes") and checks
tenancy; it reads its published version's form class from a per-process cache,
where the stock page reads its field rows and builds its form class every time.

Prints::

    BENCH form_submit ratio_vs_stock=… ours_p50_ms=… … n=…
    BENCH form_submit_queries ours_10_fields=… ours_40_fields=… stock_40_fields=…
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.referral_inbox import log_in

HOST = "localhost"
PASSWORD = "bench-password-not-secret"
WARM_UP = 20
#: Field types cycled through; ours adds its own yes/no and smiley scale.
OUR_TYPES = (
    "singleline",
    "multiline",
    "number",
    "radio",
    "checkboxes",
    "yes_no",
    "likert",
    "date",
    "email",
)
#: The stock page's nearest equivalents (yes/no and a scale are radio buttons).
STOCK_TYPE = {"yes_no": "radio", "likert": "radio"}
CHOICES = (("alpha", "Alpha"), ("beta", "Beta"), ("gamma", "Gamma"))
SCALE = ("1", "2", "3", "4", "5")


@dataclass(frozen=True)
class Question:
    """One question of both forms, and the answer the benchmark sends."""

    type: str
    key: str
    gated: bool  # shown only if the first question is answered "yes"

    def our_answer(self):
        return {
            "singleline": f"Réponse {self.key}",
            "multiline": "Première ligne\nDeuxième ligne",
            "number": "42",
            "radio": "beta",
            "checkboxes": ["alpha", "gamma"],
            "yes_no": "yes",
            "likert": "4",
            "date": "2024-05-01",
            "email": "amina@example.org",
        }[self.type]

    def stock_answer(self):
        return {
            "radio": "Beta",
            "checkboxes": ["Alpha", "Gamma"],
            "yes_no": "Yes",
            "likert": "4",
        }.get(self.type) or self.our_answer()


def questions(count: int) -> list[Question]:
    """``count`` questions: a yes/no gate first, a quarter of the rest behind it."""
    gated = count // 4
    result = [Question("yes_no", "q00_gate", gated=False)]
    for index in range(1, count):
        kind = OUR_TYPES[index % len(OUR_TYPES)]
        result.append(Question(kind, f"q{index:02d}_{kind}", gated=index <= gated))
    return result


# --- the pages -----------------------------------------------------------------


@dataclass
class Target:
    """A form page and how to send it."""

    name: str
    url: str
    data: dict
    count_submissions: Callable[[], int]


def programme_world():
    """A CPAS, its programme, the programme's page and one of its coaches."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage, ProgrammePage
    from intake.models import Cpas, Programme
    from intake.roles import Role
    from intake.services import team_member_save

    locale, _created = Locale.objects.get_or_create(language_code="fr")
    # The benchmark's database is built without migrations: no root page yet.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = root.add_child(
        instance=HomePage(title="Accueil", slug="home", locale=locale)
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": HOST, "root_page": home}
    )
    cpas = Cpas.objects.create(
        name="CPAS de Liège", slug="liege", city="Liège", default_language="fr"
    )
    programme = Programme.objects.create(
        cpas=cpas, name="Mod'Actions", slug="mod-actions", working_languages=["fr"]
    )
    programme_page = home.add_child(
        instance=ProgrammePage(
            title=programme.name, slug=programme.slug, programme=programme
        )
    )
    programme_page.save_revision().publish()
    coach = team_member_save(
        membership=None,
        cpas=cpas,
        email="coach@liege.bench",
        first_name="Bench",
        last_name="Coach",
        role=Role.COACH,
        programmes=[programme],
        password=PASSWORD,
    ).user
    return programme_page, coach


def our_block(question: Question) -> tuple[str, dict]:
    value = {
        "label": f"Question {question.key}",
        "key": question.key,
        "required": True,
        "help_text": "",
    }
    if question.type in ("radio", "checkboxes"):
        value["choices"] = [{"value": v, "label": label} for v, label in CHOICES]
    if question.type == "likert":
        value["points"] = "5"
    if question.gated:
        value["show_if"] = {"field": "q00_gate", "operator": "equals", "values": "yes"}
    return question.type, value


def our_form(parent, count: int) -> Target:
    """Our form page with ``count`` questions, published (so version 1 exists)."""
    from surveys.models import FormPage, Submission

    asked = questions(count)
    page = parent.add_child(
        instance=FormPage(
            title=f"Entretien d'orientation ({count} questions)",
            slug=f"entretien-{count}",
            kind="orientation_interview",
            form_fields=[our_block(question) for question in asked],
        )
    )
    page.save_revision().publish()
    page.refresh_from_db()
    version = page.versions.get()
    data = {question.key: question.our_answer() for question in asked}
    data["form_version"] = str(version.pk)
    from django.urls import reverse

    return Target(
        name=f"ours_{count}",
        # Where the form's HTML sends it (its ``action``), as a browser does.
        url=reverse("surveys_send", args=[version.pk]),
        data=data,
        count_submissions=lambda: Submission.objects.filter(version=version).count(),
    )


def stock_form(parent, count: int) -> Target:
    """Wagtail's stock form page with ``count`` comparable plain fields."""
    from wagtail.contrib.forms.models import FormSubmission

    from bench.stock.models import StockFormField, StockFormPage

    asked = questions(count)
    fields = []
    for order, question in enumerate(asked):
        field_type = STOCK_TYPE.get(question.type, question.type)
        if question.type == "yes_no":
            choices = "Yes\nNo"
        elif question.type == "likert":
            choices = "\n".join(SCALE)
        elif field_type in ("radio", "checkboxes"):
            choices = "\n".join(label for _value, label in CHOICES)
        else:
            choices = ""
        fields.append(
            StockFormField(
                sort_order=order,
                clean_name=question.key,
                label=f"Question {question.key}",
                field_type=field_type,
                required=True,
                choices=choices,
            )
        )
    page = parent.add_child(
        instance=StockFormPage(
            title=f"Formulaire Wagtail ({count} champs)",
            slug=f"stock-{count}",
            form_fields=fields,
        )
    )
    page.save_revision().publish()
    data = {question.key: question.stock_answer() for question in asked}
    return Target(
        name=f"stock_{count}",
        url=page.url,
        data=data,
        count_submissions=lambda: FormSubmission.objects.filter(page=page).count(),
    )


# --- measuring -------------------------------------------------------------------


def send(client: Client, target: Target) -> float:
    """One submission; its latency in seconds. Anything but a stored answer fails."""
    started = time.perf_counter()
    response = client.post(target.url, target.data, HTTP_HOST=HOST)
    elapsed = time.perf_counter() - started
    stored = (  # ours answers 303 to the thank-you page; the stock page renders it
        response.status_code == 303 and "sent=" in response.get("Location", "")
    ) or (response.status_code == 200 and b'role="status"' in response.content)
    if not stored:
        raise RuntimeError(
            f"{target.name}: {response.status_code} "
            f"{response.content.decode(errors='replace')[:2000]}"
        )
    return elapsed


def queries_per_submission(client: Client, target: Target, repeat: int = 3) -> int:
    """Queries of one submission (the most seen over a few, should they differ)."""
    counts = []
    for _attempt in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            send(client, target)
        counts.append(len(captured.captured_queries))
    return max(counts)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


def run(n: int = 300) -> list[str]:
    """Build both forms, send each ``n`` times (interleaved), return BENCH lines."""
    parent, coach = programme_world()
    ours, ours_small, stock = (
        our_form(parent, 40),
        our_form(parent, 10),
        stock_form(parent, 40),
    )
    client = Client()
    if not log_in(client, coach):
        raise RuntimeError("the coach cannot log in")

    for _round in range(min(WARM_UP, n)):
        send(client, ours)
        send(client, stock)
        send(client, ours_small)
    stored = {target.name: target.count_submissions() for target in (ours, stock)}

    timings: dict[str, list[float]] = {ours.name: [], stock.name: []}
    for index in range(n):
        # Alternate who goes first, so neither always follows the other's writes.
        pair = (ours, stock) if index % 2 == 0 else (stock, ours)
        for target in pair:
            timings[target.name].append(send(client, target))

    for target in (ours, stock):
        if target.count_submissions() - stored[target.name] != n:
            raise RuntimeError(f"{target.name}: not every submission was stored")

    queries = {
        "ours_10_fields": queries_per_submission(client, ours_small),
        "ours_40_fields": queries_per_submission(client, ours),
        "stock_40_fields": queries_per_submission(client, stock),
    }
    ours_rps = n / sum(timings[ours.name])
    stock_rps = n / sum(timings[stock.name])
    metrics = {
        "ratio_vs_stock": ours_rps / stock_rps,
        "ours_p50_ms": statistics.median(timings[ours.name]) * 1000,
        "ours_p95_ms": percentile(timings[ours.name], 0.95) * 1000,
        "stock_p50_ms": statistics.median(timings[stock.name]) * 1000,
        "stock_p95_ms": percentile(timings[stock.name], 0.95) * 1000,
        "ours_rps": ours_rps,
        "stock_rps": stock_rps,
        "n": n,
    }
    return [line("form_submit", metrics), line("form_submit_queries", queries)]


def line(name: str, metrics: dict[str, float | int]) -> str:
    values = " ".join(
        f"{key}={value}" if isinstance(value, int) else f"{key}={value:.3f}"
        for key, value in metrics.items()
    )
    return f"BENCH {name} {values}"
