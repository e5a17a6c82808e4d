"""A person's calendar feed: /calendar/<token>.ics (no language, no login)."""

from django.urls import path

from groups.views.feed import feed

urlpatterns = [
    path("<str:token>.ics", feed, name="calendar_feed"),
]
