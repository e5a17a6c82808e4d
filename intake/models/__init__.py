from intake.models.access_log import AccessAction, AccessLog
from intake.models.consent import (
    ConsentPurpose,
    ConsentRecord,
    ConsentSource,
    text_hash,
)
from intake.models.membership import Membership
from intake.models.organisation import Antenna, Cpas
from intake.models.participant import (
    ContactChannel,
    LanguageLevel,
    Participant,
    Sex,
)
from intake.models.programme import Phase, Programme, ProgrammePhase

__all__ = [
    "AccessAction",
    "AccessLog",
    "Antenna",
    "ConsentPurpose",
    "ConsentRecord",
    "ConsentSource",
    "Cpas",
    "ContactChannel",
    "LanguageLevel",
    "Membership",
    "Participant",
    "Sex",
    "Phase",
    "Programme",
    "ProgrammePhase",
    "text_hash",
]
