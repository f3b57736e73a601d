"""The length templates the window measures against: the shipped ones and the newsroom's own.

A newsroom keeps its templates (its own slots, or the shipped ones with other limits) in a
folder, often on a shared drive; Preferences names it. Every part of the window that measures
— the gauge and its chooser, the shading, the outline's limits, the check — reads the same
set from here, loaded once and again when the folder is chosen. A folder that cannot be read,
or a file in it with a mistake, is refused in Preferences with the file and the reason; at
start the window then measures with the shipped templates and `problem` says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from editor.app import config_text
from editor.app.settings import Settings
from editor.model.templates import Template, TemplateError, builtin_templates, load_templates

SETTING = "templates_folder"

_loaded: Mapping[str, Template] | None = None
_folder = ""
problem = ""
"""Why the newsroom's folder is not used, when it is not ("" when all is well)."""


def read(folder: str) -> Mapping[str, Template]:
    """The shipped templates and those of `folder` ("" for none); raises TemplateError."""
    return load_templates([Path(folder)] if folder.strip() else [])


def use(folder: str) -> None:
    """Measure with `folder`'s templates from now on (the shipped ones alone if it fails)."""
    global _loaded, _folder, problem
    _folder = folder
    try:
        _loaded, problem = read(folder), ""
    except TemplateError as error:
        _loaded, problem = builtin_templates(), config_text.describe(error)


def folder_in_use() -> str:
    current()
    return _folder


def current() -> Mapping[str, Template]:
    """The templates in use: the shipped ones and the folder set in Preferences."""
    if _loaded is None:
        use(Settings().get(SETTING))
    assert _loaded is not None
    return _loaded
