"""The `copydesk` command: the editor window, and headless export, check and stats.

Exit codes: 0 fine, 1 the check found errors, 2 bad input or usage — with one
line on stderr naming the file, never a traceback. Nothing here imports Qt unless
the window is asked for.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from editor import __version__
from editor.formats import EXPORTERS
from editor.formats.options import PUB_STATUSES, ExportError, ExportOptions
from editor.model import storage
from editor.model.article import Article
from editor.model.atomic import SaveError
from editor.model.schema import KINDS, validate
from editor.model.stats import Counts, article_stats

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = ("export", "check", "stats")


class UsageError(Exception):
    """Bad input or usage; the message is printed as is."""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            return _run_command(args)
        return _run_window(args)
    except UsageError as error:
        print(f"copydesk: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (storage.ArticleFileError, SaveError, ExportError) as error:
        print(f"copydesk: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


# -- the window ------------------------------------------------------------------------------


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description="Copydesk, the article editor for journalists. "
        f"Commands: {', '.join(COMMANDS)} (copydesk COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="the article to open")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="open the file, save a picture of the window, and quit",
    )
    return parser


def _run_window(args: list[str]) -> int:
    options, qt_args = _window_parser().parse_known_args(args)
    try:
        from editor.app.application import run
    except ImportError as error:
        raise UsageError(f"the editor window is not available: {error}") from None
    return run(options.file, screenshot=options.screenshot, qt_args=qt_args)


# -- commands --------------------------------------------------------------------------------


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="copydesk")
    sub = parser.add_subparsers(dest="command", required=True)

    export = sub.add_parser("export", help="write DOCX, EPUB or NewsML-G2 files")
    export.add_argument("file", type=Path)
    export.add_argument(
        "--to",
        required=True,
        metavar="FORMATS",
        help=f"{'|'.join(EXPORTERS)}|all, several separated by commas",
    )
    export.add_argument(
        "-o",
        "--output-dir",
        type=Path,
        metavar="OUTDIR",
        help="folder for the files (default: beside FILE)",
    )
    export.add_argument("--style-map", type=Path, help="DOCX: JSON file of style names")
    export.add_argument("--reference-docx", type=Path, help="DOCX: the newsroom's template")
    export.add_argument("--provider", default="", help="NewsML: provider name")
    export.add_argument("--provider-uri", default="", help="NewsML: provider web address")
    export.add_argument(
        "--status", choices=PUB_STATUSES, default="usable", help="NewsML: publication status"
    )
    export.add_argument(
        "--embargo", metavar="DATETIME", help="NewsML: embargo until (ISO 8601 with offset)"
    )
    export.add_argument(
        "--urgency",
        type=int,
        choices=range(1, 10),
        metavar="1-9",
        help="NewsML: urgency, 1 most urgent",
    )
    export.add_argument(
        "--no-narrow-nbsp",
        action="store_true",
        help="NewsML: write narrow no-break spaces as no-break spaces",
    )
    export.add_argument("--cover", action="store_true", help="EPUB: add a generated cover")

    check = sub.add_parser("check", help="list the article's problems (exit 1 on errors)")
    check.add_argument("file", type=Path)
    check.add_argument("--json", action="store_true")

    stats = sub.add_parser("stats", help="words, signes, feuillets and reading time")
    stats.add_argument("file", type=Path)
    stats.add_argument("--json", action="store_true")
    return parser


def _run_command(args: list[str]) -> int:
    options = _command_parser().parse_args(args)
    article = storage.load(options.file)
    handler = {"export": _export, "check": _check, "stats": _stats}[options.command]
    return handler(article, options)


def _formats(spec: str) -> list[str]:
    names: list[str] = []
    for name in (n.strip().lower() for n in spec.split(",")):
        if name == "all":
            names.extend(EXPORTERS)
        elif name in EXPORTERS:
            names.append(name)
        else:
            raise UsageError(f"unknown format “{name}” (choose from {', '.join(EXPORTERS)}, all)")
    return list(dict.fromkeys(names))


def _export_options(options: argparse.Namespace) -> ExportOptions:
    from datetime import datetime

    embargo = None
    if options.embargo:
        try:
            embargo = datetime.fromisoformat(options.embargo)
        except ValueError:
            raise UsageError(f"--embargo: “{options.embargo}” is not a date and time") from None
        if embargo.tzinfo is None:
            raise UsageError("--embargo needs a time-zone offset, e.g. 2025-01-10T06:00:00+01:00")
    for flag, path in (
        ("--style-map", options.style_map),
        ("--reference-docx", options.reference_docx),
    ):
        if path is not None and not path.is_file():
            raise UsageError(f"{path}: no such file ({flag})")
    return ExportOptions(
        style_map=options.style_map,
        reference_docx=options.reference_docx,
        provider_name=options.provider,
        provider_uri=options.provider_uri,
        pub_status=options.status,
        embargo=embargo,
        urgency=options.urgency,
        narrow_nbsp_to_nbsp=options.no_narrow_nbsp,
        cover=options.cover,
    )


def _export(article: Article, options: argparse.Namespace) -> int:
    names = _formats(options.to)
    export_options = _export_options(options)
    folder = options.output_dir
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UsageError(f"{folder}: cannot create the folder ({error.strerror})") from None
    if "newsml" in names and not article.meta.guid:
        # The wire item's guid is generated once and kept with the article, so every later
        # export (a correction, an update) is recognised downstream as the same item.
        from editor.formats.newsml import with_guid

        article = with_guid(article, export_options)
        try:
            storage.save(article, options.file)
        except SaveError as error:
            print(
                f"copydesk: warning: the wire item's guid could not be kept in the article "
                f"({error.reason}); a later export will carry a new one",
                file=sys.stderr,
            )
    for name in names:
        fmt = EXPORTERS[name]
        target = fmt.output_for(options.file, folder)
        fmt.implementation().export(article, target, export_options)
        print(target)
    return EXIT_OK


def _check(article: Article, options: argparse.Namespace) -> int:
    problems = validate(article)
    if options.json:
        print(
            json.dumps(
                [
                    {
                        "block": p.block_id,
                        "index": p.block_index,
                        "kind": "structure",
                        "code": p.code,
                        "severity": p.severity.value,
                        "message": p.message,
                    }
                    for p in problems
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for p in problems:
            where = (
                f"block {p.block_index + 1} ({article.blocks[p.block_index].kind})"
                if p.block_index >= 0
                else "article"
            )
            print(f"{options.file}: {where}: {p.severity.value}: {p.message} [{p.code}]")
        errors = sum(p.is_error for p in problems)
        print(f"{options.file}: {errors} error(s), {len(problems) - errors} warning(s)")
    return EXIT_ERRORS if any(p.is_error for p in problems) else EXIT_OK


def _counts_json(counts: Counts, language: str) -> dict[str, Any]:
    return {
        "words": counts.words,
        "signes": counts.signes,
        "feuillets": round(counts.feuillets, 2),
        "reading_minutes": round(counts.reading_minutes(language), 1),
    }


def _stats(article: Article, options: argparse.Namespace) -> int:
    stats = article_stats(article)
    language = article.meta.language
    if options.json:
        print(
            json.dumps(
                {
                    "total": _counts_json(stats.total, language),
                    "body": _counts_json(stats.body, language),
                    "blocks": [
                        {"id": b.id, "kind": b.kind, **_counts_json(c, language)}
                        for b, c in stats.blocks
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    print(f"{'#':>3}  {'kind':<12} {'words':>6} {'signes':>7}  text")
    for index, (block, counts) in enumerate(stats.blocks, 1):
        preview = (block.plain_text or block.attr("caption") or block.attr("alt")).replace(
            "\n", " "
        )
        if len(preview) > 48:
            preview = preview[:47] + "…"
        print(
            f"{index:>3}  {KINDS[block.kind].label:<12} {counts.words:>6} {counts.signes:>7}  "
            f"{preview}"
        )
    for label, counts in (("body", stats.body), ("total", stats.total)):
        print(
            f"{label:>16} {counts.words:>6} {counts.signes:>7}  "
            f"{counts.feuillets:.2f} feuillets, {counts.reading_minutes(language):.1f} min read"
        )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
