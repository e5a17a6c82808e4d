"""Programme life: groups, sessions, the calendar and the attendance register.

``groups`` may import ``intake``, ``surveys``, ``home`` and ``workflow``; nothing
imports it back: the participant's pages reach its panel through intake's
``register_participant_panel`` hook, ``seed_demo`` its demo through a hook too.
"""
