"""Workflow: the referral state machine, its transitions and their notifications."""
