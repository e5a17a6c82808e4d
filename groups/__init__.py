"""Programme life: groups, sessions, the calendar and the attendance register.

``groups`` may import ``intake``, ``surveys``, ``home`` and ``workflow``; nothing
imports it back: the participant's pages reach its panel through the
``participant_panels`` hook, ``seed_demo`` its demo through ``call_command``.
"""
