"""Signals of the workflow, sent after the transaction committed."""

from django.dispatch import Signal

#: Sent once a transition is committed: ``referral``, ``log`` (TransitionLog).
referral_transitioned = Signal()
