"""The rows of an XLSForm, as plain data between the file and the field types."""

from __future__ import annotations

from dataclasses import dataclass, field

#: The languages of a row's texts: our language code → text.
Texts = dict[str, str]


@dataclass
class XlsChoice:
    value: str
    labels: Texts = field(default_factory=dict)
    #: Its row in the choices sheet (0 when made by the importer).
    row: int = 0


@dataclass
class XlsQuestion:
    """One row of the ``survey`` sheet that asks or shows something."""

    row: int
    #: The ``type`` column's first word (``select_one``, ``begin_group``...).
    xls_type: str
    name: str = ""
    labels: Texts = field(default_factory=dict)
    hints: Texts = field(default_factory=dict)
    required: bool = False
    relevant: str = ""
    constraint: str = ""
    appearance: str = ""
    parameters: dict[str, str] = field(default_factory=dict)
    list_name: str = ""
    choices: list[XlsChoice] = field(default_factory=list)
    or_other: bool = False
    #: For a repeat: the one question it repeats.
    children: list[XlsQuestion] = field(default_factory=list)
    repeat_count: str = ""

    def label(self, language: str) -> str:
        return self.labels.get(language, "")

    def hint(self, language: str) -> str:
        return self.hints.get(language, "")

    def choice_labels(self, language: str) -> list[list[str]]:
        """``[value, label]`` pairs in one language (the value when unlabelled)."""
        return [
            [choice.value, choice.labels.get(language) or choice.value]
            for choice in self.choices
        ]


@dataclass
class XlsRow:
    """What a field type writes: one row of the ``survey`` sheet (or a few, for
    a repeat), and its choice list when it has one."""

    xls_type: str
    name: str
    labels: Texts = field(default_factory=dict)
    hints: Texts = field(default_factory=dict)
    required: bool = False
    relevant: str = ""
    constraint: str = ""
    appearance: str = ""
    parameters: str = ""
    choices: list[XlsChoice] = field(default_factory=list)
    #: The name of its choice list (the question's key unless a standard list).
    list_name: str = ""
    #: Rows inside it (a repeat's question), written between begin and end.
    children: list[XlsRow] = field(default_factory=list)
    repeat_count: str = ""
