"""The registry: the one place that knows every field type, by name.

``surveys/field_types/__init__.py`` registers the built-in types in the order the
form editor offers them; a test (or a later app) may :func:`register` one more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from surveys.field_types.base import BaseFieldType

_TYPES: dict[str, BaseFieldType] = {}

#: What a type that is no longer registered (named by an old version) reads as.
FALLBACK = "singleline"


def register(definition: BaseFieldType) -> BaseFieldType:
    """Add a type; its name must be new."""
    if not definition.name:
        raise ValueError(f"{type(definition).__name__} has no name.")
    if definition.name in _TYPES:
        raise ValueError(f"The field type {definition.name!r} is already registered.")
    _TYPES[definition.name] = definition
    return definition


def unregister(name: str) -> None:
    _TYPES.pop(name, None)


def is_registered(name: str) -> bool:
    return name in _TYPES


def field_type(name: str) -> BaseFieldType:
    """The type named ``name``. A name no type answers to any more (a question of
    an old version whose type was removed) reads as a single line of text, so
    its answers still show."""
    return _TYPES.get(name) or _TYPES[FALLBACK]


def field_types() -> tuple[BaseFieldType, ...]:
    """Every registered type, in the order the form editor offers them."""
    return tuple(_TYPES.values())
