from paths.models.notice import OverdueNotice
from paths.models.path import PathQuerySet, PathStep, ProgrammePath, StepKind

__all__ = ["OverdueNotice", "PathQuerySet", "PathStep", "ProgrammePath", "StepKind"]
