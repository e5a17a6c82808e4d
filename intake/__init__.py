"""Intake: the organisations (CPAS, antennas, programmes), their teams and, later,
the participants and referrals that the antennas send to the programmes."""
