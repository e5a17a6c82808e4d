"""The interview mode's service worker and web app manifest (views/offline.py)."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse
from PIL import Image

from tests.surveys.interview_fixtures import client_of

pytestmark = pytest.mark.django_db


def precached(client) -> list[str]:
    body = client.get(reverse("interviews_offline:sw")).content.decode()
    return json.loads(re.search(r"var PRECACHE = (\[.*?\]);", body).group(1))


def test_the_worker_is_served_as_javascript_for_the_whole_site(client):
    response = client.get(reverse("interviews_offline:sw"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    assert reverse("interviews_offline:sw") == "/interviews/sw.js"


def test_the_worker_precaches_what_an_interview_page_needs(client):
    body = client.get(reverse("interviews_offline:sw")).content.decode()

    assert "__PRECACHE__" not in body and "__VERSION__" not in body
    precache = json.loads(re.search(r"var PRECACHE = (\[.*?\]);", body).group(1))
    for name in ("surveys/js/interview.js", "surveys/css/interview.css"):
        assert static(name) in precache
    assert re.search(r'var VERSION = "[0-9a-f]{16}";', body)


def test_every_script_and_style_of_the_interview_page_is_precached(client, setting):
    page = client_of(setting.coach).get(setting.url("follow_up")).content.decode()
    scripts = re.findall(r'<script[^>]*\ssrc="([^"]+)"', page)
    styles = re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)

    assert static("surveys/js/steps.js") in scripts
    assert static("surveys/js/interview/store.js") in scripts
    assert sorted(set(scripts + styles) - set(precached(client))) == []


def test_the_worker_never_caches_posts_or_the_draft_api(client):
    body = client.get(reverse("interviews_offline:sw")).content.decode()

    # Only GETs are answered; the draft API (…/draft/) is not an interview page.
    assert 'request.method !== "GET"' in body
    pattern = re.search(r"var INTERVIEW_PAGE = /(.*)/i;", body).group(1)
    page = re.compile(pattern, re.I)
    assert page.match("/fr/interviews/12/participant/34/")
    assert page.match("/nl/interviews/1/participant/2/")
    assert not page.match("/fr/interviews/12/participant/34/draft/")
    assert not page.match("/fr/interviews/12/participant/34/send/")
    assert not page.match("/admin/")
    # Files named after their content (production) come from the cache first.
    hashed = re.compile(re.search(r"var HASHED = /(.*)/i;", body).group(1), re.I)
    assert hashed.search("/static/surveys/js/interview.0123456789ab.js")
    assert not hashed.search("/static/surveys/js/interview.js")


def test_the_worker_and_manifest_refuse_other_methods(client):
    assert client.post(reverse("interviews_offline:sw")).status_code == 405
    assert client.post(reverse("interviews_offline:manifest")).status_code == 405


def test_the_manifest_makes_an_installable_app(client):
    response = client.get(reverse("interviews_offline:manifest"), {"lang": "en"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["name"] == "CPAS interviews"
    assert manifest["short_name"] == "Interviews"
    assert manifest["display"] == "standalone"
    assert manifest["scope"] == "/"
    assert manifest["start_url"] == reverse("referrals:inbox")
    assert manifest["theme_color"].startswith("#")
    assert manifest["lang"] == "en" and manifest["dir"] == "ltr"
    sizes = {(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes


def test_the_manifest_icons_exist_at_their_size():
    from surveys.interviews.views.offline import ICONS

    for name, sizes, _purpose in ICONS:
        path = finders.find(name)
        assert path, name
        width, height = (int(n) for n in sizes.split("x"))
        with Image.open(path) as image:
            assert image.size == (width, height)
            assert image.format == "PNG"


def test_the_manifest_follows_the_language_asked(client):
    arabic = client.get(reverse("interviews_offline:manifest"), {"lang": "ar"}).json()
    dutch = client.get(reverse("interviews_offline:manifest"), {"lang": "nl"}).json()
    unknown = client.get(reverse("interviews_offline:manifest"), {"lang": "xx"}).json()

    assert (arabic["lang"], arabic["dir"]) == ("ar", "rtl")
    assert (dutch["lang"], dutch["dir"]) == ("nl", "ltr")
    assert unknown["lang"] in {"fr", "nl", "en"}


def test_the_manifest_speaks_the_language_of_the_page_that_links_it(client):
    url = reverse("interviews_offline:manifest")
    dutch = client.get(
        url, HTTP_REFERER="http://testserver/nl/interviews/1/participant/2/"
    )
    english = client.get(url, HTTP_REFERER="http://testserver/en/interviews/1/")
    elsewhere = client.get(url, HTTP_REFERER="http://example.org/nl/")

    assert dutch.json()["lang"] == "nl"
    assert english.json()["lang"] == "en"
    assert english.json()["name"] == "CPAS interviews"
    assert elsewhere.json()["lang"] == "fr"  # another site's page: the default
