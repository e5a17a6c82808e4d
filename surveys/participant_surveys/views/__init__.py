"""Participant surveys' screens: the survey a participant answers (``survey``),
and for the team the invitations (``invitations``) and results (``results``)."""
