"""Two tablets change the same draft: the second to save sees both versions,
question by question, and chooses; nothing is overwritten without her seeing it."""

from __future__ import annotations

import pytest

from surveys.models import InterviewDraft
from tests.browser.axe import assert_accessible
from tests.browser.interview_pages import (
    eventually,
    interview_setting,
    open_interview,
    quiet_tablets,  # noqa: F401 (autouse)
    tablet,
    wait_for_state,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def draft_answer(name: str):
    draft = InterviewDraft.objects.first()
    return (draft.answers.get(name), draft.revision) if draft else (None, 0)


def conflict_row(page, name: str) -> tuple[str, str, str]:
    row = page.locator(f"#conflict tr[data-conflict-field='{name}']")
    return (
        row.locator("th").inner_text(),
        row.locator("[data-mine]").inner_text(),
        row.locator("[data-theirs]").inner_text(),
    )


# One user story, told in order: two tablets, one draft, the coach settles it.
def test_two_tablets_one_draft_the_coach_chooses_and_nothing_is_lost(
    live_server, new_context
):
    setting = interview_setting()
    first = tablet(new_context, live_server, setting.coach)
    open_interview(first, live_server, setting)
    first.fill("input[name='called']", "Amina")
    first.locator("label:has(input[name='heard'][value='friends'])").tap()
    wait_for_state(first, "saved")
    assert eventually(lambda: draft_answer("called") == ("Amina", 1))

    # The second coach opens the same draft (revision 1) on her tablet.
    second = tablet(new_context, live_server, setting.other_coach)
    open_interview(second, live_server, setting)
    assert second.input_value("input[name='called']") == "Amina"

    # The first tablet saves a change (revision 2)...
    first.fill("input[name='called']", "Mina")
    assert eventually(lambda: draft_answer("called") == ("Mina", 2))

    # ... then the second, still on revision 1: a conflict, shown with both.
    second.fill("input[name='called']", "Amina H.")
    second.locator("label:has(input[name='heard'][value='cpas'])").tap()
    wait_for_state(second, "conflict")
    conflict = second.locator("#conflict")
    assert conflict.is_visible()
    assert second.evaluate("document.activeElement.id") == "conflict"
    assert "changed on another device" in conflict.inner_text()
    assert conflict_row(second, "called") == (
        "What do you like to be called?",
        "Amina H.",
        "Mina",
    )
    assert conflict_row(second, "heard") == (
        "How did you hear of the programme?",
        "At the CPAS",
        "From friends",
    )
    assert "Saved by" in conflict.locator("thead").inner_text()
    # Nothing was overwritten while she looks.
    assert draft_answer("called") == ("Mina", 2)
    assert second.evaluate("document.querySelector('[data-step=\"0\"]').inert")
    assert_accessible(second, "the conflict view")

    # She keeps hers: saved on top of the other one, which she has seen.
    second.get_by_role("button", name="Keep all of mine").tap()
    wait_for_state(second, "saved")
    assert not conflict.is_visible()
    assert eventually(lambda: draft_answer("called") == ("Amina H.", 3))
    assert InterviewDraft.objects.get().answers["heard"] == "cpas"

    # The first tablet, on revision 2, moves on: the save at the section change
    # meets revision 3, its turn to choose (before it can type further: the
    # page is inert while she chooses).
    first.locator("[data-next]").tap()
    wait_for_state(first, "conflict")
    assert conflict_row(first, "called")[1:] == ("Mina", "Amina H.")
    assert first.evaluate("document.querySelector('[data-step=\"1\"]').inert")
    first.get_by_role("button", name="Keep all of the other one").tap()
    wait_for_state(first, "saved")
    # The other version, on the section it was saved on; taking it saves nothing.
    assert first.evaluate("document.activeElement.id") == "interview-step-0-title"
    assert first.input_value("input[name='called']") == "Amina H."
    assert first.is_checked("input[name='heard'][value='cpas']")
    first.wait_for_timeout(2500)  # longer than the autosave's pause
    assert draft_answer("called") == ("Amina H.", 3)
    first.locator("[data-next]").tap()
    assert first.input_value("textarea[name='strengths']") == ""

    # From there on the first tablet saves normally, on top of revision 3.
    first.fill("textarea[name='strengths']", "Languages, cooking")
    assert eventually(
        lambda: (
            InterviewDraft.objects.get().answers.get("strengths")
            == "Languages, cooking"
        )
    )
    assert draft_answer("called")[0] == "Amina H."
    assert draft_answer("called")[1] > 3
    wait_for_state(first, "saved")


def two_tablets(live_server, new_context):
    """Two coaches on the same draft (revision 1, the name "Amina"): the first
    tablet saved it, the second opened it."""
    setting = interview_setting()
    first = tablet(new_context, live_server, setting.coach)
    open_interview(first, live_server, setting)
    first.fill("input[name='called']", "Amina")
    assert eventually(lambda: draft_answer("called") == ("Amina", 1))
    second = tablet(new_context, live_server, setting.other_coach)
    open_interview(second, live_server, setting)
    return first, second


def test_a_conflict_left_open_is_asked_again_after_a_reload(live_server, new_context):
    first, second = two_tablets(live_server, new_context)
    first.fill("input[name='called']", "Mina")
    assert eventually(lambda: draft_answer("called") == ("Mina", 2))
    second.fill("input[name='called']", "Amina H.")
    wait_for_state(second, "conflict")

    # The tablet kept her version: a reload shows the choice again.
    second.reload()
    second.wait_for_selector("#interview[data-ready]")
    wait_for_state(second, "conflict")
    assert conflict_row(second, "called")[1:] == ("Amina H.", "Mina")
    assert draft_answer("called") == ("Mina", 2)


def test_the_coach_keeps_some_answers_of_each_tablet(live_server, new_context):
    """Question by question: she ticks the other tablet's answer where it is the
    right one and keeps hers elsewhere; both end up in the draft."""
    first, second = two_tablets(live_server, new_context)

    # The first tablet corrects the name; the second, still on revision 1,
    # changes the name too and answers another question.
    first.fill("input[name='called']", "Amina H.")
    assert eventually(lambda: draft_answer("called") == ("Amina H.", 2))
    second.fill("input[name='called']", "Mina")
    second.locator("label:has(input[name='heard'][value='cpas'])").tap()
    wait_for_state(second, "conflict")
    assert conflict_row(second, "called")[1:] == ("Mina", "Amina H.")

    # Hers is ticked until she ticks the other one; the whole cell is the target.
    name_row = second.locator("#conflict tr[data-conflict-field='called']")
    assert name_row.locator("[data-mine] input").is_checked()
    target = name_row.locator("[data-theirs] label").bounding_box()
    assert target["height"] >= 44
    name_row.locator("[data-theirs] label").tap()
    assert name_row.locator("[data-theirs] input").is_checked()
    assert_accessible(second, "the conflict view with a choice made")
    second.get_by_role("button", name="Keep the ticked answers").tap()

    wait_for_state(second, "saved")
    assert second.input_value("input[name='called']") == "Amina H."
    assert second.is_checked("input[name='heard'][value='cpas']")
    assert eventually(
        lambda: (
            InterviewDraft.objects.get().answers.get("heard") == "cpas"
            and InterviewDraft.objects.get().revision == 3
        )
    )
    assert draft_answer("called") == ("Amina H.", 3)
