"""Surveys: the forms that managers build (referral, orientation interview, action
plan, satisfaction surveys...) and the answers they collect."""
