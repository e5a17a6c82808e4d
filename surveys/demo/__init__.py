"""Demo forms of the five programmes, drawn from the guide (see :mod:`.forms`)."""

from surveys.demo.forms import seed_forms, seed_programme_forms

__all__ = ["seed_forms", "seed_programme_forms"]
