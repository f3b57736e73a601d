"""Who is reviewing: the name and initials a comment or a suggestion made here is signed with.

Kept in the settings (Edit → Preferences), asked once, the first time a command needs it, and
never guessed: a desk that receives "Unknown" or a login name such as "jdupont2" cannot tell
who asked for a cut. The initials are what Word shows in its comment balloons and what a DOCX
carries beside the author (`w:initials`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from editor.app.settings import Settings

NAME, INITIALS = "reviewer_name", "reviewer_initials"
"""The settings' keys."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Reviewer", text)


@dataclass(frozen=True, slots=True)
class Reviewer:
    name: str
    initials: str


def initials_of(name: str) -> str:
    """The first letter of each part of the name, hyphenated ones too (Jean-Paul Durand:
    JPD), as Word proposes them."""
    parts = name.replace("-", " ").split()
    return "".join(part[0].upper() for part in parts if part[0].isalpha())


def current(settings: Settings) -> Reviewer | None:
    """The reviewer the settings name; None until a name is given."""
    name = settings.get(NAME).strip()
    if not name:
        return None
    return Reviewer(name, settings.get(INITIALS).strip() or initials_of(name))


def store(settings: Settings, name: str, initials: str) -> None:
    name = " ".join(name.split())
    settings.set(NAME, name)
    settings.set(INITIALS, initials.strip() or initials_of(name))


class ReviewerFields:
    """The two fields, as the Preferences and the first-use question show them."""

    def __init__(self, settings: Settings) -> None:
        self.name = QLineEdit(settings.get(NAME))
        self.name.setObjectName("reviewerName")
        self.name.setPlaceholderText(tr("First and last name"))
        self.name.setToolTip(tr("Signs the comments and changes you make in review"))
        self.initials = QLineEdit(settings.get(INITIALS))
        self.initials.setObjectName("reviewerInitials")
        self.initials.setMaxLength(8)
        self.initials.setToolTip(tr("Shown beside your comments, as in Word"))
        self.name.textChanged.connect(self._propose)
        self._propose(self.name.text())

    def _propose(self, name: str) -> None:
        self.initials.setPlaceholderText(initials_of(name))

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(tr("&Reviewer (your name)"), self.name)
        form.addRow(tr("Initi&als"), self.initials)


class ReviewerQuestion(QDialog):
    """Asked at the first review command that signs something: who is reviewing."""

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reviewerQuestion")
        self.setWindowTitle(tr("Who Is Reviewing?"))
        self.settings = settings
        self.fields = ReviewerFields(settings)
        form = QFormLayout(self)
        intro = QLabel(
            tr("Your comments and changes are signed with your name, for the desk and for Word.")
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.fields.add_to(form)
        self.problem = QLabel()
        self.problem.setObjectName("reviewerProblem")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.take)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.fields.name.setFocus()

    def take(self) -> None:
        if not self.fields.name.text().strip():
            self.problem.setText(tr("A name is needed: it signs what you add."))
            self.fields.name.setFocus()
            return
        store(self.settings, self.fields.name.text(), self.fields.initials.text())
        self.accept()


def with_reviewer(
    settings: Settings | None, parent: QWidget, then: Callable[[Reviewer], object]
) -> ReviewerQuestion | None:
    """Run `then` with the reviewer; when none is known yet, ask first (the question is
    returned, and `then` runs once it is answered; never if it is cancelled)."""
    if settings is None:
        return None
    known = current(settings)
    if known is not None:
        then(known)
        return None
    question = ReviewerQuestion(settings, parent)

    def answered() -> None:
        reviewer = current(settings)
        if reviewer is not None:
            then(reviewer)

    question.accepted.connect(answered)
    question.open()
    return question
