"""Every transition declares what it means to people on itself (``custom=``)."""

from __future__ import annotations

from django.utils import translation

from workflow.actions import KEYS, Audience, Style, transition_methods
from workflow.models import Referral, ReferralState
from workflow.services import referral_actions


def test_every_transition_declares_its_label_style_reason_audience_and_data():
    methods = transition_methods(Referral)
    assert len(methods) == 15
    for method in methods:
        for spec in method._django_fsm.transitions.values():
            custom = spec.custom
            assert tuple(custom) == KEYS, method.__name__
            with translation.override("en"):
                assert str(custom["label"]).strip(), method.__name__
            assert custom["style"] in set(Style), method.__name__
            assert isinstance(custom["reason_required"], bool), method.__name__
            assert custom["tells"], method.__name__
            assert set(custom["tells"]) <= set(Audience), method.__name__
            for name, missing in custom["requires"]:
                assert name and str(missing), method.__name__


def test_the_actions_are_the_transitions_in_the_models_order():
    assert list(referral_actions()) == [
        method.__name__ for method in transition_methods(Referral)
    ]
    assert list(referral_actions())[:2] == ["submit", "resubmit"]


def test_the_programme_coaches_hear_of_a_referral_when_it_reaches_them():
    telling_coaches = {
        method.__name__
        for method in transition_methods(Referral)
        for spec in method._django_fsm.transitions.values()
        if Audience.PROGRAMME_COACHES in spec.custom["tells"]
    }
    reaching = {
        method.__name__
        for method in transition_methods(Referral)
        for spec in method._django_fsm.transitions.values()
        if spec.target == ReferralState.SUBMITTED
    }
    assert telling_coaches == reaching == {"submit", "resubmit"}


def test_an_override_names_a_field_of_the_referral_and_a_condition_of_its_transition():
    for method in transition_methods(Referral):
        for spec in method._django_fsm.transitions.values():
            override = spec.custom["override"]
            if override is None:
                continue
            Referral._meta.get_field(override.field)
            assert override.condition in spec.conditions, method.__name__
