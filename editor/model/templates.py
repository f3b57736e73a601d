"""Length templates: the slot a piece is written to, in signes, and the limits of its blocks.

A template is a small JSON file (resources/templates/, and any folder of the
newsroom's own, see the README there). `meta.template` names it. The desk measures
the body — paragraphs and subheads — against the target unless the template says
"total"; a line is `signes_per_line` signes of a column (40 by default), the unit
layout people think in ("six lines over").
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from editor.model.annotations import accepted_block, offset_as_shown
from editor.model.article import Article, Block
from editor.model.schema import KINDS
from editor.model.stats import ArticleStats, Counts, article_stats, count_block, count_text
from editor.resources import resource

MEASURES = ("body", "total")
_UNKNOWN_PARENT = "“extends” names no known template"
DEFAULT_SIGNES_PER_LINE = 40
_KEYS = frozenset(
    {"label", "description", "target", "tolerance", "measure", "signes_per_line", "limits"}
)


class TemplateError(Exception):
    """A template file that cannot be used; the message names the file and the reason.

    The reason is English, for the command line; `code` and `values` let the window say it
    in its own language (as for `storage.ArticleFileError`)."""

    def __init__(
        self,
        path: Path | str,
        reason: str,
        code: str = "",
        values: Mapping[str, str] | None = None,
    ) -> None:
        self.path = Path(path)
        self.reason = reason
        self.code = code
        self.values = dict(values or {})
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    target: int
    tolerance: int = 0
    measure: str = "body"
    signes_per_line: int = DEFAULT_SIGNES_PER_LINE
    limits: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    """Most signes per block: by kind ("title") or by a kind's field ("image.caption")."""
    labels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    descriptions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def label(self, language: str = "fr") -> str:
        primary = language.split("-")[0]
        return self.labels.get(primary) or self.labels.get("en") or self.name

    def limit_for(self, kind: str, field: str = "text") -> int | None:
        return self.limits.get(kind if field == "text" else f"{kind}.{field}")

    def lines(self, signes: int) -> int:
        """Signes as lines of a column, rounded away from zero: 41 signes is two lines."""
        sign = -1 if signes < 0 else 1
        return sign * math.ceil(abs(signes) / self.signes_per_line)


class Verdict(Enum):
    UNDER = "under"
    ON_TARGET = "on target"
    OVER = "over"


@dataclass(frozen=True, slots=True)
class Gauge:
    """Where a piece stands against its template: the status bar and `copydesk stats`."""

    template: Template
    signes: int

    @property
    def difference(self) -> int:
        """Signes over the target (negative: under)."""
        return self.signes - self.template.target

    @property
    def lines(self) -> int:
        return self.template.lines(self.difference)

    @property
    def verdict(self) -> Verdict:
        if self.difference > self.template.tolerance:
            return Verdict.OVER
        if self.difference < -self.template.tolerance:
            return Verdict.UNDER
        return Verdict.ON_TARGET


# -- reading template files --------------------------------------------------------------------


def template_key(name: str) -> str:
    """The key a template is found by: "Grand format", "grand_format" → "grand-format"."""
    plain = unicodedata.normalize("NFKD", name.strip().lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return "-".join(plain.replace("_", " ").split())


def _positive(value: Any, setting: str, path: Path, zero: bool = False) -> int:
    """A count of signes; `setting` is a key of the template, or "limits.KIND" for a limit."""
    if isinstance(value, bool) or not isinstance(value, int) or value < (0 if zero else 1):
        limit = setting.removeprefix("limits.") if setting.startswith("limits.") else ""
        what = f"the limit for “{limit}”" if limit else f"“{setting}”"
        raise TemplateError(
            path,
            f"{what} must be a whole number of signes, not {value!r}",
            "not-a-count",
            {"setting": setting, "limit": limit, "value": repr(value)},
        )
    return value


def _texts(value: Any, setting: str, path: Path) -> Mapping[str, str]:
    if isinstance(value, str):
        return MappingProxyType({"en": value})
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return MappingProxyType(dict(value))
    raise TemplateError(
        path,
        f"“{setting}” must be a text or a table of texts by language",
        "not-texts",
        {"setting": setting},
    )


def _limits(value: Any, path: Path) -> Mapping[str, int]:
    if not isinstance(value, dict):
        raise TemplateError(
            path, "“limits” must be a table of block kinds and signes", "limits-not-a-table"
        )
    limits: dict[str, int] = {}
    for key, signes in value.items():
        kind, _, field_name = str(key).partition(".")
        known = KINDS.get(kind)
        if known is None or (field_name and field_name not in known.fields):
            raise TemplateError(
                path,
                f"“limits” names “{key}”, which is no block or field",
                "unknown-limit",
                {"key": str(key)},
            )
        limits[key] = _positive(signes, f"limits.{key}", path)
    return MappingProxyType(limits)


def parse_template(
    name: str, data: Any, path: Path, base: Mapping[str, Template] | None = None
) -> Template:
    """A template from its JSON value; `extends` takes the rest from a known template."""
    if not isinstance(data, dict):
        raise TemplateError(path, "a template is a JSON object", "not-an-object")
    data = dict(data)
    parent: Template | None = None
    if "extends" in data:
        parent = (base or {}).get(template_key(str(data.pop("extends"))))
        if parent is None:
            raise TemplateError(path, _UNKNOWN_PARENT, "unknown-parent")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise TemplateError(
            path, f"unknown setting “{unknown[0]}”", "unknown-setting", {"setting": unknown[0]}
        )
    if parent is None and "target" not in data:
        raise TemplateError(path, "a template needs a “target” in signes", "no-target")
    target = _positive(data.get("target", parent.target if parent else 0), "target", path)
    tolerance = _positive(
        data.get("tolerance", parent.tolerance if parent else 0), "tolerance", path, zero=True
    )
    measure = data.get("measure", parent.measure if parent else "body")
    if measure not in MEASURES:
        measures = ", ".join(MEASURES)
        raise TemplateError(
            path, f"“measure” is one of {measures}", "bad-measure", {"measures": measures}
        )
    limits = dict(parent.limits) if parent else {}
    limits.update(_limits(data.get("limits", {}), path))
    return Template(
        name=name,
        target=target,
        tolerance=tolerance,
        measure=measure,
        signes_per_line=_positive(
            data.get("signes_per_line", parent.signes_per_line if parent else 40),
            "signes_per_line",
            path,
        ),
        limits=MappingProxyType(limits),
        labels=_texts(data["label"], "label", path)
        if "label" in data
        else (parent.labels if parent else MappingProxyType({"en": name})),
        descriptions=_texts(data.get("description", {}), "description", path),
    )


def read_template(path: Path, base: Mapping[str, Template] | None = None) -> Template:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        reason = error.strerror or "cannot be read"
        raise TemplateError(path, reason, "unreadable", {"reason": reason}) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TemplateError(
            path, f"not a JSON file ({error})", "not-json", {"detail": str(error)}
        ) from None
    return parse_template(template_key(path.stem), data, path, base)


def _read_folder(folder: Path, known: dict[str, Template]) -> None:
    """Read every template of a folder; one may extend another of the same folder."""
    if not folder.is_dir():
        raise TemplateError(folder, "no such folder of templates", "no-folder")
    waiting = sorted(folder.glob("*.json"))
    while waiting:
        later: list[Path] = []
        for path in waiting:
            try:
                template = read_template(path, known)
            except TemplateError as error:
                if error.reason != _UNKNOWN_PARENT:
                    raise
                later.append(path)
                continue
            known[template.name] = template
        if len(later) == len(waiting):
            read_template(later[0], known)
        waiting = later


@cache
def builtin_templates() -> Mapping[str, Template]:
    """The templates Copydesk ships: brève, article, grand format, chronique, portrait."""
    known: dict[str, Template] = {}
    _read_folder(resource("templates"), known)
    return MappingProxyType(known)


def load_templates(folders: Iterable[Path] = ()) -> Mapping[str, Template]:
    """The shipped templates, then each folder's own (which may replace or extend them)."""
    known = dict(builtin_templates())
    for folder in folders:
        _read_folder(Path(folder), known)
    return MappingProxyType(known)


# -- an article against its template -----------------------------------------------------------


def template_named(name: str, templates: Mapping[str, Template] | None = None) -> Template | None:
    return (builtin_templates() if templates is None else templates).get(template_key(name))


def targets_for(
    article: Article, templates: Mapping[str, Template] | None = None
) -> Template | None:
    """The template `meta.template` names; None when it names none or an unknown one."""
    name = article.meta.template
    return template_named(name, templates) if name else None


def measured(stats: ArticleStats, template: Template) -> int:
    return (stats.body if template.measure == "body" else stats.total).signes


def gauge(
    article: Article,
    templates: Mapping[str, Template] | None = None,
    stats: ArticleStats | None = None,
) -> Gauge | None:
    """Under, on target or over, with the difference; pass `stats` from a StatsCache."""
    template = targets_for(article, templates)
    if template is None:
        return None
    return Gauge(template, measured(stats or article_stats(article), template))


def _counts_toward(block: Block, template: Template) -> bool:
    kind = KINDS.get(block.kind)
    return kind is not None and (template.measure == "total" or kind.counted_in_body)


def offset_of_signe(text: str, signes: int) -> int:
    """The offset in `text` where its `signes`-th signe ends (signes count NFC characters)."""
    if len(unicodedata.normalize("NFC", text)) == len(text):
        return min(signes, len(text))
    low, high = 0, len(text) + 1
    while low < high:  # the first offset past `signes` signes
        middle = (low + high) // 2
        if len(unicodedata.normalize("NFC", text[:middle])) <= signes:
            low = middle + 1
        else:
            high = middle
    return low - 1


def overflow(
    article: Article, template: Template, count: Callable[[Block], Counts] = count_block
) -> tuple[int, int] | None:
    """The block and offset where the measured copy passes the target and its tolerance.

    Counts read the block as accepted; the offset is in the block's text as it stands, text
    suggested for deletion included (it takes no room), so it lands where the page shows it."""
    room = template.target + template.tolerance
    for index, block in enumerate(article.blocks):
        if not _counts_toward(block, template):
            continue
        signes = count(block).signes
        if signes > room:
            return index, _offset_past_deletions(block, room)
        room -= signes
    return None


def _offset_past_deletions(block: Block, signes: int) -> int:
    kept = "".join(run.text for run in block.text if run.delete is None)
    return offset_as_shown(block, offset_of_signe(kept, signes))


def limit_offset(block: Block, field: str, limit: int) -> int:
    """Where a field passes its limit, as an offset in the field as the page shows it."""
    if field == "text":
        return _offset_past_deletions(block, limit)
    return offset_of_signe(block.attr(field), limit)


def field_limits(block: Block, template: Template) -> list[tuple[str, int, int]]:
    """Each field of a block that the template limits and that holds text: (field, limit,
    signes) — a pull quote's text and attribution, an image's caption and credit — counted as
    accepted."""
    kind = KINDS.get(block.kind)
    accepted = accepted_block(block)
    if kind is None or accepted is None:
        return []
    block = accepted
    found: list[tuple[str, int, int]] = []
    fields = (("text",) if kind.has_text else ()) + kind.fields
    for name in fields:
        limit = template.limit_for(block.kind, name)
        if limit is None:
            continue
        text = block.plain_text if name == "text" else block.attr(name)
        if text:
            found.append((name, limit, count_text(text).signes))
    return found


def over_limit(block: Block, template: Template) -> list[tuple[str, int, int]]:
    """Each field of a block past its limit: (field, limit, signes)."""
    return [
        (name, limit, signes)
        for name, limit, signes in field_limits(block, template)
        if signes > limit
    ]
