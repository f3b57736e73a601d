"""The user guide names the menus as the window shows them, in English and in French."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from editor.app import i18n
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from tests.shared import PROJECT_ROOT

GUIDE = PROJECT_ROOT / "resources" / "guide"
BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)


def entries(window: MainWindow) -> dict[str, list[str]]:
    """Each menu's title → the entries under it (submenus' too), as shown: no & nor …."""

    def names(menu: QMenu) -> list[str]:
        found: list[str] = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            found.append(_plain(action))
            sub = action.menu()
            if isinstance(sub, QMenu):
                found.extend(names(sub))
        return found

    menus: dict[str, list[str]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            menus[_plain(top)] = names(menu)
    return menus


def _plain(action: QAction) -> str:
    return action.text().replace("&", "").removesuffix("…")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_guide_names_menus_and_commands_as_the_window_does(
    desk: Copydesk, language: str
) -> None:
    i18n.install(language)
    menus = entries(desk.new())
    items = {item for under in menus.values() for item in under}
    text = (GUIDE / f"guide.{language}.md").read_text(encoding="utf-8")
    wrong: list[str] = []
    for phrase in (" ".join(m.split()) for m in BOLD.findall(text)):
        if " → " in phrase:  # **File → Export**: that menu holds that entry
            menu, item = phrase.split(" → ", 1)
            if item not in menus.get(menu, []):
                wrong.append(phrase)
        elif phrase not in items and phrase.casefold() in {i.casefold() for i in items}:
            wrong.append(phrase)  # an entry named with other capitals than the menu's
    assert wrong == []
