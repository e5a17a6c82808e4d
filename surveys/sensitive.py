"""Sensitive questions (health, residence, family...): who reads their answers.

A manager ticks "Sensitive" on a question. Its answers are shown only to the
programme's team that holds the interviews (coaches and programme managers);
social workers of the antenna and CPAS administrators see that an answer
exists, not what it says. Exports leave them out unless asked for, and every
reading is written to the access log (:mod:`intake.access_log`).
"""

from __future__ import annotations

from intake.roles import Role, roles_of
from surveys.selectors import FormCatalog

#: Roles that read sensitive answers: the team that holds the interviews.
SENSITIVE_ROLES = frozenset({Role.COACH, Role.PROGRAMME_MANAGER})


def reads_sensitive(user) -> bool:
    return bool(user.is_superuser or roles_of(user) & SENSITIVE_ROLES)


def sensitive_keys(catalog: FormCatalog) -> set[str]:
    """The keys asked as sensitive in any version of the form."""
    return {
        spec.key
        for version in catalog.versions.values()
        for spec in version.form_schema.questions
        if spec.sensitive
    }
