from surveys.models.action_plan import ActionStep, ActionStepUpdate, StepStatus
from surveys.models.audio import QuestionAudio
from surveys.models.draft import DraftSave, InterviewDraft
from surveys.models.form_page import FormKind, FormPage
from surveys.models.invitation import Invitation, InvitationKind
from surveys.models.submission import Submission
from surveys.models.version import FormVersion

__all__ = [
    "ActionStep",
    "ActionStepUpdate",
    "DraftSave",
    "FormKind",
    "FormPage",
    "FormVersion",
    "Invitation",
    "InvitationKind",
    "InterviewDraft",
    "QuestionAudio",
    "StepStatus",
    "Submission",
]
