"""The DOCX style sheet: which named style each part of an article gets, and its typography.

Layout software (InDesign, QuarkXPress) maps Word styles to the paper's own by
*name*, so the names are the contract and live in one table,
`resources/docx/styles.json`, with a stable ASCII id and the typography of the
proof. A newsroom renames styles with a style map, or brings a reference
template whose styles win over ours; we only add the styles it lacks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from docx.styles import BabelFish
from lxml import etree

from editor.formats.options import ExportError
from editor.resources import resource

PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """One row of the style table: a style we can write."""

    id: str
    type: str
    names: Mapping[str, str]
    role: str = ""
    based_on: str = ""
    next: str = ""
    default: bool = False
    ui_priority: int = 20
    semi_hidden: bool = False
    paragraph: Mapping[str, Any] = field(default_factory=dict)
    run: Mapping[str, Any] = field(default_factory=dict)

    def name(self, language: str) -> str:
        return self.names.get(names_language(language)) or self.names["*"]


@dataclass(frozen=True, slots=True)
class StyleTable:
    fonts: Mapping[str, str]
    defaults: Mapping[str, Any]
    margins_mm: Mapping[str, float]
    base: tuple[StyleSpec, ...]
    roles: tuple[StyleSpec, ...]

    def role(self, role: str) -> StyleSpec:
        return next(spec for spec in self.roles if spec.role == role)

    @property
    def role_names(self) -> tuple[str, ...]:
        return tuple(spec.role for spec in self.roles)


def names_language(language: str) -> str:
    """The language of the default style names: French for any `fr-*`, English otherwise."""
    return "fr" if language.lower().startswith("fr") else "en"


def _spec(row: Mapping[str, Any]) -> StyleSpec:
    names = row.get("names") or {"*": row["name"]}
    return StyleSpec(
        id=row["id"],
        type=row["type"],
        names=names,
        role=row.get("role", ""),
        based_on=row.get("based_on", ""),
        next=row.get("next", ""),
        default=row.get("default", False),
        ui_priority=row.get("ui_priority", 20),
        semi_hidden=row.get("semi_hidden", False),
        paragraph=row.get("paragraph", {}),
        run=row.get("run", {}),
    )


@cache
def style_table() -> StyleTable:
    data = json.loads(resource("docx", "styles.json").read_text(encoding="utf-8"))
    return StyleTable(
        fonts=data["fonts"],
        defaults=data["defaults"],
        margins_mm=data["page"]["margins"],
        base=tuple(_spec(row) for row in data["base"]),
        roles=tuple(_spec(row) for row in data["roles"]),
    )


# -- the style map file ----------------------------------------------------------------------


def load_style_map(path: Path) -> dict[str, str]:
    """Role → style name from a newsroom's JSON file; ExportError says what is wrong with it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        reason = str(error.strerror)
        raise ExportError(
            f"{path}: cannot read the style map ({reason})",
            "style-map-unreadable",
            {"path": str(path), "reason": reason},
        ) from None
    except UnicodeDecodeError:
        raise ExportError(
            f"{path}: the style map is not UTF-8 text", "style-map-not-utf8", {"path": str(path)}
        ) from None
    except json.JSONDecodeError as error:
        raise ExportError(
            f"{path}: the style map is not valid JSON (line {error.lineno}, "
            f"column {error.colno}: {error.msg})",
            "style-map-not-json",
            {
                "path": str(path),
                "line": str(error.lineno),
                "column": str(error.colno),
                "detail": error.msg,
            },
        ) from None
    if not isinstance(data, dict):
        raise ExportError(
            f"{path}: the style map must be a JSON object of role → style name",
            "style-map-not-an-object",
            {"path": str(path)},
        )
    roles = style_table().role_names
    mapping: dict[str, str] = {}
    for role, name in data.items():
        if role == "about":
            continue
        if role not in roles:
            hint = " (a picture is “photo”, “caption” and “credit”)" if role == "image" else ""
            known = ", ".join(f"“{name}”" for name in roles)
            raise ExportError(
                f"{path}: unknown role “{role}”{hint}; the roles are {known}",
                "style-map-unknown-role",
                {"path": str(path), "role": role, "roles": ", ".join(roles)},
            )
        if not isinstance(name, str) or not name.strip():
            raise ExportError(
                f"{path}: the style name for “{role}” must be a non-empty string",
                "style-map-empty-name",
                {"path": str(path), "role": role},
            )
        mapping[role] = name.strip()
    return mapping


# -- resolving roles to style ids in one document ----------------------------------------------


def style_ids(
    styles: etree._Element,
    language: str,
    style_map: Mapping[str, str],
    *,
    with_fonts: bool,
) -> dict[str, str]:
    """Role → style id in `styles` (a `w:styles` element), adding the styles it lacks.

    A style that already exists under the wanted name is used as it is, so a
    reference template's typography wins; a missing one is added from the table.
    `with_fonts` is False for templates, whose fonts are the newsroom's choice.
    """
    table = style_table()
    existing = _existing(styles)
    taken_ids = {style_id for style_id, _ in existing.values()}
    wanted: list[tuple[StyleSpec, str]] = [(spec, spec.name(language)) for spec in table.base]
    wanted += [(spec, style_map.get(spec.role) or spec.name(language)) for spec in table.roles]

    ids: dict[str, str] = {}
    to_add: list[tuple[StyleSpec, str, str]] = []
    for spec, name in wanted:
        internal = BabelFish.ui2internal(name)
        if internal in existing:
            style_id, style_type = existing[internal]
            if style_type != spec.type:
                raise ExportError(
                    f"the style “{name}” is a {style_type} style, but {spec.role or name} "
                    f"needs a {spec.type} style",
                    "style-type",
                    {
                        "name": name,
                        "found": style_type,
                        "role": spec.role or name,
                        "wanted": spec.type,
                    },
                )
        else:
            style_id = _unique_id(spec.id, taken_ids)
            taken_ids.add(style_id)
            existing[internal] = (style_id, spec.type)
            to_add.append((spec, style_id, internal))
        ids[spec.role or spec.id] = style_id

    for spec, style_id, internal in to_add:
        styles.append(
            _style_element(
                spec,
                style_id,
                internal,
                based_on=ids.get(spec.based_on, ""),
                next_id=ids.get(spec.next, ""),
                fonts=table.fonts if with_fonts else None,
            )
        )
    return {spec.role: ids[spec.role] for spec in table.roles} | {"Hyperlink": ids["Hyperlink"]}


def _existing(styles: etree._Element) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for style in styles.iterchildren(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None:
            found.setdefault(
                name.get(qn("w:val"), ""),
                (style.get(qn("w:styleId"), ""), style.get(qn("w:type"), PARAGRAPH)),
            )
    return found


def _unique_id(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}{n}" in taken:
        n += 1
    return f"{wanted}{n}"


# -- writing a style -----------------------------------------------------------------------------


def _el(tag: str, **attrs: str) -> etree._Element:
    return etree.Element(qn(tag), {qn(f"w:{k}"): v for k, v in attrs.items()})


def _sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    child = _el(tag, **attrs)
    parent.append(child)
    return child


def _style_element(
    spec: StyleSpec,
    style_id: str,
    name: str,
    *,
    based_on: str,
    next_id: str,
    fonts: Mapping[str, str] | None,
) -> etree._Element:
    style = _el("w:style", type=spec.type, styleId=style_id)
    if spec.default:
        style.set(qn("w:default"), "1")
    if spec.role:
        style.set(qn("w:customStyle"), "1")
    _sub(style, "w:name", val=name)
    if based_on:
        _sub(style, "w:basedOn", val=based_on)
    if next_id and spec.type == PARAGRAPH:
        _sub(style, "w:next", val=next_id)
    _sub(style, "w:uiPriority", val=str(spec.ui_priority))
    if spec.semi_hidden:
        _sub(style, "w:semiHidden")
        _sub(style, "w:unhideWhenUsed")
    if spec.role or spec.default:
        _sub(style, "w:qFormat")
    if spec.paragraph:
        style.append(paragraph_properties(spec.paragraph))
    if spec.run:
        style.append(run_properties(spec.run, fonts))
    return style


def _twips(points: float) -> str:
    return str(round(points * 20))


def _twips_mm(mm: float) -> str:
    return str(round(mm * 1440 / 25.4))


def _spacing(values: Mapping[str, Any]) -> etree._Element:
    spacing = _el("w:spacing")
    for key in ("before", "after"):
        if key in values:
            spacing.set(qn(f"w:{key}"), _twips(values[key]))
    if "line" in values:
        rule = values.get("rule", "auto")
        line = values["line"] * 240 if rule == "auto" else values["line"] * 20
        spacing.set(qn("w:line"), str(round(line)))
        spacing.set(qn("w:lineRule"), rule)
    return spacing


def _indent(values: Mapping[str, Any]) -> etree._Element:
    names = {"left": "w:left", "right": "w:right", "first_line": "w:firstLine"}
    indent = _el("w:ind")
    for key, attr in names.items():
        if key in values:
            indent.set(qn(attr), _twips_mm(values[key]))
    return indent


def _borders(values: Mapping[str, Any]) -> etree._Element:
    borders = _el("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in values:
            line = values[side]
            _sub(
                borders,
                f"w:{side}",
                val="single",
                sz=str(round(line["width"] * 8)),
                space=str(round(line.get("space", 0))),
                color=line.get("color", "auto"),
            )
    return borders


def _flag(tag: str) -> Any:
    return lambda value: _el(tag) if value else _el(tag, val="0")


_PARAGRAPH_PROPERTIES: tuple[tuple[str, Any], ...] = (
    ("keep_next", _flag("w:keepNext")),
    ("keep_lines", _flag("w:keepLines")),
    ("widow_control", _flag("w:widowControl")),
    ("borders", _borders),
    ("spacing", _spacing),
    ("indent", _indent),
    ("contextual_spacing", _flag("w:contextualSpacing")),
    ("align", lambda value: _el("w:jc", val=value)),
    ("outline", lambda value: _el("w:outlineLvl", val=str(value))),
)
"""Paragraph properties in the order the schema requires (Word refuses others)."""


def paragraph_properties(values: Mapping[str, Any]) -> etree._Element:
    ppr = _el("w:pPr")
    for key, build in _PARAGRAPH_PROPERTIES:
        if key in values:
            ppr.append(build(values[key]))
    return ppr


def _size(value: float) -> list[etree._Element]:
    half_points = str(round(value * 2))
    return [_el("w:sz", val=half_points), _el("w:szCs", val=half_points)]


def _pair(tag: str) -> Any:
    """A toggle with its complex-script twin (w:b + w:bCs), so Arabic and Hebrew follow."""
    return lambda value: [_flag(tag)(value), _flag(tag + "Cs")(value)]


_RUN_PROPERTIES: tuple[tuple[str, Any], ...] = (
    ("bold", _pair("w:b")),
    ("italic", _pair("w:i")),
    ("caps", _flag("w:caps")),
    ("small_caps", _flag("w:smallCaps")),
    ("color", lambda value: [_el("w:color", val=value)]),
    ("tracking", lambda value: [_el("w:spacing", val=_twips(value))]),
    ("kern", lambda value: [_el("w:kern", val=str(round(value * 2)))]),
    ("size", _size),
    ("underline", lambda value: [_el("w:u", val=value)]),
)
"""Run properties after `w:rFonts`, in schema order."""


def run_properties(values: Mapping[str, Any], fonts: Mapping[str, str] | None) -> etree._Element:
    rpr = _el("w:rPr")
    family = fonts.get(values["font"]) if fonts and "font" in values else None
    if family:
        _sub(rpr, "w:rFonts", ascii=family, hAnsi=family, cs=family)
    for key, build in _RUN_PROPERTIES:
        if key in values:
            built = build(values[key])
            rpr.extend(built if isinstance(built, list) else [built])
    return rpr
