from intake.models.membership import Membership
from intake.models.organisation import Antenna, Cpas
from intake.models.participant import LanguageLevel, Participant
from intake.models.programme import Phase, Programme, ProgrammePhase

__all__ = [
    "Antenna",
    "Cpas",
    "LanguageLevel",
    "Membership",
    "Participant",
    "Phase",
    "Programme",
    "ProgrammePhase",
]
