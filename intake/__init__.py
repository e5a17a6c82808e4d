"""Intake: the core every app builds on. The organisations (CPAS, antennas,
programmes), their teams, roles and tenancy, the languages and the participants.
It imports no other app of the project; the others extend it through its hooks
(:mod:`intake.hooks`)."""
