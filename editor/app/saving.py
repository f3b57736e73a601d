"""What the window does when a save fails: say which file and why, and offer Save As.

The reasons `atomic.SaveError` gives are a short fixed list in English (the model knows no Qt);
they are marked here so the message reads in the interface's language. The document stays
unsaved and the file on disk is untouched (the atomic save guarantees it); the user either saves
elsewhere at once or cancels and keeps working.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.app.labels import QT_TRANSLATE_NOOP
from editor.model.atomic import SaveError

REASONS = (
    QT_TRANSLATE_NOOP("Saving", "no space left on the disk"),
    QT_TRANSLATE_NOOP("Saving", "the disk quota is exceeded"),
    QT_TRANSLATE_NOOP("Saving", "permission denied"),
    QT_TRANSLATE_NOOP("Saving", "the disk is read-only"),
    QT_TRANSLATE_NOOP("Saving", "the folder no longer exists"),
)
"""The reasons `editor.model.atomic` writes, for the translation tools."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Saving", text)


def failure_box(parent: QWidget | None, error: SaveError) -> QMessageBox:
    """The message for a failed save, with Save As… and Cancel buttons."""
    box = QMessageBox(parent)
    box.setObjectName("saveFailedBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Could not save"))
    box.setText(
        tr("“%1” could not be saved: %2.")
        .replace("%1", error.path.name)
        .replace("%2", tr(error.reason))
    )
    box.setInformativeText(
        tr(
            "The file in %1 is as it was before, and your changes are still here, unsaved. "
            "Save them under another name or in another folder?"
        ).replace("%1", str(error.path.parent))
    )
    box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole).setObjectName("saveAs")
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    return box


def offers_save_as(parent: QWidget | None, error: SaveError) -> bool:
    """Show the failure; True when the user chose to save elsewhere."""
    box = failure_box(parent, error)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "saveAs"
