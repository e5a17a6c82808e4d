"""What each transition of a referral means to people, declared on the transition.

Every ``@transition`` of :class:`~workflow.models.Referral` carries
``custom=action(...)``: the button's label and style, whether a reason is
required, who is told, the data it needs and the override it accepts. The
screens, the service and the notifications read it back with :func:`actions`;
there is no table beside the state machine to keep in step with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.db import models
from django.utils.functional import Promise


class Style(StrEnum):
    """How the action's button looks."""

    PRIMARY = "primary"
    DANGER = "danger"
    PLAIN = ""  # a secondary button


class Audience(StrEnum):
    """Who hears about a transition (never the person who made it)."""

    #: The referral's author and the social workers of her antenna.
    REFERRER = "referrer"
    #: The coaches of the referral's programme.
    PROGRAMME_COACHES = "programme_coaches"


@dataclass(frozen=True)
class Override:
    """A written reason that lifts one condition: the service stores it in
    ``field`` before the conditions are checked, so the condition then holds."""

    field: str
    condition: Callable[..., bool]


@dataclass(frozen=True)
class Action:
    """One transition as people meet it (read from its ``custom=``)."""

    name: str
    label: Promise
    style: Style
    reason_required: bool
    tells: tuple[Audience, ...]
    #: Data the transition needs, each with what the user reads when it is missing.
    requires: tuple[tuple[str, Promise], ...]
    override: Override | None


#: The keys every transition's ``custom=`` holds (see :func:`action`).
KEYS = ("label", "style", "reason_required", "tells", "requires", "override")


def action(
    label: Promise,
    *,
    style: Style = Style.PLAIN,
    reason_required: bool = False,
    tells: tuple[Audience, ...] = (Audience.REFERRER,),
    requires: dict[str, Promise] | None = None,
    override: Override | None = None,
) -> dict[str, Any]:
    """The ``custom=`` of one transition, with every key."""
    return {
        "label": label,
        "style": style,
        "reason_required": reason_required,
        "tells": tuple(tells),
        "requires": tuple((requires or {}).items()),
        "override": override,
    }


def transition_methods(model: type[models.Model]) -> list[Callable]:
    """The model's transition methods, in the order the class declares them."""
    return [
        value
        for klass in reversed(model.__mro__)
        for value in vars(klass).values()
        if hasattr(value, "_django_fsm")
    ]


def actions(model: type[models.Model]) -> dict[str, Action]:
    """Every transition of ``model`` with its metadata, in declaration order."""
    found = {}
    for method in transition_methods(model):
        custom = next(iter(method._django_fsm.transitions.values())).custom
        found[method.__name__] = Action(
            name=method.__name__, **{key: custom[key] for key in KEYS}
        )
    return found
