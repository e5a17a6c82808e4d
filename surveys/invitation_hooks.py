"""Placeholder for the admin screens of participant surveys (issue #7):
invitations with their printable QR sheet, recorded questions, results."""
