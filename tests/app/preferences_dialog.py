"""Edit → Preferences driven as a user would: open it, fill a field, press OK."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox

from editor.app.main_window import MainWindow
from editor.app.preferences import Preferences


def preferences_with(window: MainWindow, fill: Callable[[Preferences], object]) -> Preferences:
    """The dialog after OK: closed when its entries were taken, open with a problem if not."""
    window.action("preferences").trigger()
    dialog = next(d for d in window.findChildren(Preferences) if d.isVisible())
    fill(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert isinstance(buttons, QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog
