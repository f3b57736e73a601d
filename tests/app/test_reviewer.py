"""Who is reviewing: the name and initials in Preferences, asked once when first needed."""

from __future__ import annotations

from editor.app.application import Copydesk
from editor.app.reviewer import (
    Reviewer,
    ReviewerQuestion,
    current,
    initials_of,
    with_reviewer,
)
from tests.app.preferences_dialog import preferences_with


def test_initials_are_proposed_from_the_name() -> None:
    assert initials_of("Anne Martin") == "AM"
    assert initials_of("Jean-Paul  de la Tour") == "JPDLT"
    assert initials_of("") == ""


def test_preferences_keep_the_reviewer_s_name_and_initials(desk: Copydesk) -> None:
    window = desk.new()
    dialog = preferences_with(window, lambda d: d.reviewer.name.setText("  Anne-Sophie  Roux "))
    assert not dialog.isVisible()
    assert current(desk.settings) == Reviewer("Anne-Sophie Roux", "ASR")
    preferences_with(window, lambda d: d.reviewer.initials.setText("AsR"))
    assert current(desk.settings) == Reviewer("Anne-Sophie Roux", "AsR")
    window.document.undo_stack.setClean()


def test_the_name_is_asked_once_and_never_left_unknown(desk: Copydesk) -> None:
    window = desk.new()
    signed: list[Reviewer] = []
    question = with_reviewer(desk.settings, window, signed.append)
    assert isinstance(question, ReviewerQuestion) and question.isVisible()
    question.take()  # no name: not taken
    assert question.isVisible() and question.problem.text() and signed == []
    question.fields.name.setText("Paul Durand")
    question.take()
    assert not question.isVisible()
    assert signed == [Reviewer("Paul Durand", "PD")]
    assert with_reviewer(desk.settings, window, signed.append) is None  # known: not asked
    assert signed[-1] == Reviewer("Paul Durand", "PD")
    window.document.undo_stack.setClean()


def test_a_cancelled_question_does_nothing(desk: Copydesk) -> None:
    window = desk.new()
    signed: list[Reviewer] = []
    question = with_reviewer(desk.settings, window, signed.append)
    assert question is not None
    question.reject()
    assert signed == [] and current(desk.settings) is None
    window.document.undo_stack.setClean()
