from surveys.models.form_page import FormKind, FormPage
from surveys.models.submission import Submission
from surveys.models.version import FormVersion

__all__ = ["FormKind", "FormPage", "FormVersion", "Submission"]
