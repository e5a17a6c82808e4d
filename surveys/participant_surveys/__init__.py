"""Participant surveys: a participant answers a survey through a link, no login.

``invitations`` makes and checks the links' tokens (session codes and personal
links); ``screens`` reads and writes what the participant's survey screens show
(languages, one question per screen, the sent answers); ``selectors`` reads the
results (groups of at least five answers). ``views`` holds the participant's
survey screens (``survey``), the team's invitations (``invitations``) and results
(``results``); ``admin_hooks`` puts them in the Wagtail admin (registered from
``surveys/wagtail_hooks.py``); ``audio_viewsets`` manages the recorded questions.
"""
