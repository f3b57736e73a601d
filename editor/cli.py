"""The `copydesk` command: the editor window, and headless export, check and stats.

Exit codes: 0 fine, 1 the check found errors, 2 bad input or usage — with one
line on stderr naming the file, never a traceback. Nothing here imports Qt unless
the window is asked for.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from editor.coedit import command as coediting
from editor.coedit.command import Subparsers
from editor.pipes import quiet_on_closed_pipe

if TYPE_CHECKING:  # each command imports what it runs, so a seed-sized export starts at once
    from editor.formats.imported import ImportRefusedError
    from editor.formats.options import ExportError, ExportOptions
    from editor.model.article import Article
    from editor.model.atomic import SaveError
    from editor.model.check import Problem
    from editor.model.print_profile import Fit
    from editor.model.stats import Counts
    from editor.model.storage import ArticleFileError
    from editor.model.templates import Gauge, Template, TemplateError

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = ("export", "import", "check", "stats", "review", "publish", *coediting.COMMANDS)


class UsageError(Exception):
    """Bad input or usage; the message is printed as is."""


FileError: TypeAlias = "ArticleFileError | SaveError | ImportRefusedError | ExportError"
_FILE_ERRORS = (
    ("editor.model.storage", "ArticleFileError"),
    ("editor.model.atomic", "SaveError"),
    ("editor.formats.imported", "ImportRefusedError"),
    ("editor.formats.options", "ExportError"),
)


def _file_errors() -> tuple[type[FileError], ...]:
    """A file that could not be read, imported, exported or saved: the errors of the modules
    loaded so far. One whose module the command never loaded cannot have been raised, and
    loading the formats' modules only to name their errors cost every command 3 ms."""
    return tuple(
        getattr(sys.modules[module], name) for module, name in _FILE_ERRORS if module in sys.modules
    )


@quiet_on_closed_pipe
def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            with _collecting_seldom(args[0], process_ends=argv is None):
                return _run_command(args)
        return _run_window(args)
    except UsageError as error:
        print(f"copydesk: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except _file_errors() as error:
        print(f"copydesk: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


# -- the window ------------------------------------------------------------------------------


def _run_window(args: list[str]) -> int:
    from editor import launch  # its checks before any window opens; Qt only if one does

    return launch.run_window(args)


# -- commands --------------------------------------------------------------------------------


def _command_parser(command: str) -> argparse.ArgumentParser:
    """The parser of one command, whose usage line still lists every command.

    Only the command's own options are built: all of them (with the publishing options' module)
    took a seed-sized `copydesk stats` some 5 ms, a twentieth of its run."""
    parser = argparse.ArgumentParser(prog="copydesk", formatter_class=_Formatter)
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="{" + ",".join(_ARGUMENTS) + "}"
    )
    _ARGUMENTS[command](sub)
    return parser


def _export_arguments(sub: Subparsers) -> None:
    from editor.formats import EXPORTERS
    from editor.formats.options import PUB_STATUSES

    export = _command(
        sub, "export", "write the article as DOCX, EPUB, NewsML-G2 or ICML files, and list them"
    )
    export.add_argument("file", type=Path, metavar="FILE", help="the article (.article)")
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
    export.add_argument(
        "--style-map",
        type=Path,
        metavar="JSON",
        help="DOCX and ICML: the newsroom's style names, a JSON file",
    )
    export.add_argument(
        "--reference-docx",
        type=Path,
        metavar="DOCX",
        help="DOCX: the newsroom's template (.docx or .dotx)",
    )
    export.add_argument("--provider", default="", metavar="NAME", help="NewsML: provider name")
    export.add_argument(
        "--provider-uri", default="", metavar="URL", help="NewsML: provider web address"
    )
    export.add_argument(
        "--status", choices=PUB_STATUSES, default="usable", help="NewsML: publication status"
    )
    export.add_argument(
        "--embargo",
        metavar="DATETIME",
        help="embargo until (ISO 8601 with offset), written into every format; overrides the "
        "article's own embargo for this export",
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
    export.add_argument(
        "--ninjs-flavour",
        choices=("iptc", "superdesk"),
        default="iptc",
        help="ninjs: IPTC ninjs 3.1 (iptc) or the ninjs 1.x keys Superdesk reads (superdesk)",
    )
    export.add_argument("--cover", action="store_true", help="EPUB: add a generated cover")
    _language_argument(export)
    export.add_argument(
        "--accept-all",
        action="store_true",
        help="EPUB, NewsML, ICML: export as if every pending suggestion were accepted "
        "(the article itself is not changed)",
    )


def _import_arguments(sub: Subparsers) -> None:
    imports = _command(
        sub,
        "import",
        "turn a Word document, a NewsML-G2 or NITF item or plain copy into an article",
    )
    imports.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="a Word .docx, a NewsML-G2 or NITF .xml, plain text (.txt) or Markdown (.md)",
    )
    imports.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.article",
        help="the article to write (default: FILE's name with .article, beside it)",
    )
    imports.add_argument(
        "--item",
        type=int,
        metavar="N",
        help="NewsML: the item to take from a message holding several",
    )
    imports.add_argument(
        "--style-map",
        type=Path,
        metavar="JSON",
        help="DOCX: the newsroom's style names, a JSON file",
    )
    imports.add_argument(
        "--track-changes",
        choices=("keep", "accept", "reject"),
        default="keep",
        help="DOCX: keep the revisions as suggestions (default), or accept or reject them all; "
        "comments are kept",
    )
    imports.add_argument("--force", action="store_true", help="replace OUT.article if it exists")
    _language_argument(imports)


def _publish_arguments(sub: Subparsers) -> None:
    from editor.publish import command as publishing

    publishing.add_arguments(
        _command(
            sub,
            "publish",
            "send the article to a newsroom system: a watched folder, an FTP drop or an "
            "HTTP endpoint, as ninjs or NewsML-G2",
        )
    )


def _check_arguments(sub: Subparsers) -> None:
    check = _command(
        sub,
        "check",
        "the pre-export check: structure, typography, placeholders, lengths, "
        "pull quotes, images, metadata, French grammar (exit 1 on errors)",
    )
    check.add_argument("file", type=Path, metavar="FILE", help="the article (.article)")
    check.add_argument("--json", action="store_true", help="the problems as a JSON list")
    check.add_argument(
        "--fix",
        action="store_true",
        help="apply every safe typography fix to FILE in place; nothing else changes "
        "(never a grammar suggestion: those are the writer's to choose)",
    )
    check.add_argument(
        "--no-grammar",
        dest="grammar",
        action="store_false",
        help="leave out French grammar (Grammalecte), for a quicker check",
    )
    check.add_argument(
        "--grammar-rules",
        type=Path,
        metavar="FILE",
        help="the newsroom's grammar rules to pass over: a text file, one rule a line",
    )
    _language_argument(check)
    _templates_argument(check)


def _stats_arguments(sub: Subparsers) -> None:
    stats = _command(sub, "stats", "words, signes, feuillets, reading time, and the length target")
    stats.add_argument("file", type=Path, metavar="FILE", help="the article (.article)")
    stats.add_argument(
        "--json",
        action="store_true",
        help="the counts as JSON: per block, the body, the total and the target",
    )
    stats.add_argument(
        "--fit",
        metavar="PROFILE",
        help="lines the piece makes in a paper's column: a print profile's name "
        "(quotidien, magazine, or one in a --templates folder's profiles/), "
        "the path of a profile file, or a DOCX reference template to take fonts and sizes from",
    )
    _language_argument(stats)
    _templates_argument(stats)


def _review_arguments(sub: Subparsers) -> None:
    reviews = _command(
        sub, "review", "list the suggestions and comments, or accept or reject the suggestions"
    )
    reviews.add_argument("file", type=Path, metavar="FILE", help="the article (.article)")
    action = reviews.add_mutually_exclusive_group(required=True)
    action.add_argument("--list", action="store_true", help="each suggestion and comment")
    action.add_argument(
        "--accept-all", action="store_true", help="accept the suggestions, in place"
    )
    action.add_argument(
        "--reject-all", action="store_true", help="reject the suggestions, in place"
    )
    reviews.add_argument(
        "--json",
        action="store_true",
        help="--list: as JSON, {suggestions: [{id, type, author, date, block, text}], "
        "comments: [{id, author, initials, date, block, quote, text, resolved, replies: "
        "[{author, initials, date, text}]}]}; initials are null where the file has none",
    )
    reviews.add_argument(
        "--author", metavar="NAME", help="only the suggestions of NAME (as the list shows it)"
    )
    _language_argument(reviews)


def _coediting_arguments(sub: Subparsers) -> None:
    coediting.add_commands(sub, _command)


_ARGUMENTS: dict[str, Callable[[Subparsers], None]] = {
    "export": _export_arguments,
    "import": _import_arguments,
    "publish": _publish_arguments,
    "check": _check_arguments,
    "stats": _stats_arguments,
    "review": _review_arguments,
    **dict.fromkeys(coediting.COMMANDS, _coediting_arguments),
}
"""Each command's options, in the order the usage line lists the commands."""


def _command(sub: Subparsers, name: str, summary: str) -> argparse.ArgumentParser:
    """A subcommand whose --help opens with the line `copydesk --help` lists it by."""
    return sub.add_parser(name, help=summary, description=summary, formatter_class=_Formatter)


class _Formatter(argparse.HelpFormatter):
    """argparse's own, told the terminal's width: asked by itself, it loads `shutil` (and
    the compression modules with it, 2 ms) to find out, for every option declared."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_width() - 2)


def _terminal_width() -> int:
    """Columns as `shutil.get_terminal_size` reads them: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _language_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=("en", "fr"),
        default="en",
        help="the language of the messages: a file that cannot be read, imported or saved, "
        "and the check's problems (the JSON output stays in English, with its values)",
    )


def _templates_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--templates",
        type=Path,
        action="append",
        default=[],
        metavar="FOLDER",
        help="a folder of the newsroom's own length templates (may be repeated)",
    )


def _run_command(args: list[str]) -> int:
    options = _command_parser(args[0]).parse_args(args)
    try:
        if options.command == "import":
            from editor import importing

            return importing.run(options)
        if options.command in coediting.COMMANDS:
            return coediting.run(options)
        from editor.model import storage

        try:
            article = storage.load(options.file)
        except storage.ArticleFileError:
            from editor import importing  # what the file is instead, said in its words

            importing.refuse_copy(options.file, options.command)
            raise
        handlers = {
            "export": _export,
            "check": _check,
            "stats": _stats,
            "review": _review,
            "publish": _publish,
        }
        handler = handlers[options.command]
        return handler(article, options)
    except _file_errors() as error:
        print(f"copydesk: {_error_in(options.language, error)}", file=sys.stderr)
        return EXIT_BAD_INPUT


@contextlib.contextmanager
def _collecting_seldom(command: str, *, process_ends: bool = False) -> Iterator[None]:
    """The interpreter's collector, at its default, walked the young objects two dozen times
    while a seed-sized check loaded its modules (3.5 ms in the best of three runs on a busy
    machine) and found almost nothing: the model's values are immutable and make no cycles.
    A command lasts a moment, so it runs with the first threshold mypy's command sets; the
    room server, which runs for days, keeps the default, and a caller gets its own back.

    When the command is the process (`main()` called with no arguments, as the `copydesk`
    command and `python -m editor` call it), what it made is frozen at the end: the threshold
    put back would start a walk of every object made since the start, and the interpreter's
    shutdown walks them all again, 10 to 14 ms of a seed-sized export or import for nothing
    to find, as the system takes the memory back whole. A caller passing its arguments keeps
    its heap as it was."""
    before = gc.get_threshold()
    if command not in coediting.COMMANDS:
        gc.set_threshold(200_000, 30, 30)
    try:
        yield
    finally:
        if process_ends:
            gc.freeze()
        gc.set_threshold(*before)


def _formats(spec: str) -> list[str]:
    from editor.formats import EXPORTERS

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

    from editor.formats.options import ExportOptions

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
        accept_all=options.accept_all,
        ninjs_flavour=options.ninjs_flavour,
    )


def _export(article: Article, options: argparse.Namespace) -> int:
    from editor.formats import EXPORTERS

    names = _formats(options.to)
    export_options = _export_options(options)
    final = [EXPORTERS[n].label for n in names if EXPORTERS[n].final]
    if final and article.suggestions and not options.accept_all:
        from editor.formats.final import unresolved_message

        raise UsageError(
            f"{options.file}: {', '.join(final)}: "
            + unresolved_message(len(article.suggestions), str(options.file))
        )
    folder = options.output_dir
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UsageError(f"{folder}: cannot create the folder ({error.strerror})") from None
    if {"newsml", "ninjs"} & set(names) and not article.meta.guid:
        # The wire item's guid is generated once and kept with the article, so every later
        # export (a correction, an update) is recognised downstream as the same item.
        from editor.formats.newsml import with_guid
        from editor.model import storage
        from editor.model.atomic import SaveError

        article = with_guid(article, export_options)
        try:
            storage.save(article, options.file)
            print(
                f"copydesk: note: {options.file}: now keeps the wire item's guid "
                f"({article.meta.guid}), so later exports update the same item",
                file=sys.stderr,
            )
        except SaveError as error:
            print(
                f"copydesk: warning: the wire item's guid could not be kept in the article "
                f"({error.reason}); a later export will carry a new one",
                file=sys.stderr,
            )
    listed: set[Path] = set()  # NewsML and ICML write the same pictures beside their files
    for name in names:
        fmt = EXPORTERS[name]
        target = fmt.output_for(options.file, folder)
        for written in fmt.implementation().export(article, target, export_options):
            if written not in listed:
                listed.add(written)
                print(written)
    return EXIT_OK


def _publish(article: Article, options: argparse.Namespace) -> int:
    from editor.publish import command

    return command.run(article, options, _export_options(options))


def _templates(options: argparse.Namespace) -> Mapping[str, Template] | None:
    """The length templates with the newsroom's folders; None for the shipped ones alone,
    read only if the article names a template (most copy names none: five files read and
    parsed for nothing at every check and stats)."""
    if not options.templates:
        return None
    from editor.model.templates import TemplateError, load_templates

    try:
        return load_templates(options.templates)
    except TemplateError as error:
        raise UsageError(_error_in(options.language, error)) from None


def _fix_in_place(article: Article, path: Path) -> tuple[Article, int]:
    """Apply the safe typography fixes and save, refusing if more than typography would change."""
    from editor.model import storage
    from editor.model.check import TYPOGRAPHY, check, fix_all_typography

    fixed = fix_all_typography(article)
    if fixed is article:
        return article, 0
    count = sum(p.kind == TYPOGRAPHY and p.fix is not None and p.fix.safe for p in check(article))
    try:
        before = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read the file again ({error})") from None
    after = storage.dumps(fixed)
    if storage.dumps(article) != before or not _only_typography(
        json.loads(before), json.loads(after)
    ):
        raise UsageError(
            f"{path}: --fix would change more than typography (the file is not laid out as "
            "Copydesk saves it); open and save it in Copydesk first"
        )
    storage.save(fixed, path)
    return fixed, count


def _only_typography(before: Any, after: Any) -> bool:
    """Two JSON values alike but for spaces, quotes, apostrophes and ellipses in strings."""
    from editor.model.typography import only_typography_changed

    if isinstance(before, dict):
        return (
            isinstance(after, dict)
            and list(before) == list(after)
            and all(_only_typography(before[k], after[k]) for k in before)
        )
    if isinstance(before, list):
        return (
            isinstance(after, list)
            and len(before) == len(after)
            and all(_only_typography(b, a) for b, a in zip(before, after, strict=True))
        )
    if isinstance(before, str):
        return isinstance(after, str) and only_typography_changed(before, after)
    return type(before) is type(after) and bool(before == after)


def _problem_json(article: Article, problem: Problem) -> dict[str, Any]:
    from editor.model.check import excerpt

    fix = problem.fix
    return {
        "block": problem.block_id,
        "index": problem.block_index,
        "field": problem.field,
        "position": None if problem.start is None else {"start": problem.start, "end": problem.end},
        "kind": problem.kind,
        "severity": problem.severity.value,
        "code": problem.code,
        "message": problem.message,
        "values": problem.values,
        "fix": None
        if fix is None
        else {"start": fix.start, "end": fix.end, "replacement": fix.replacement, "safe": fix.safe},
        "excerpt": excerpt(article, problem),
        "suggestions": list(problem.suggestions),
    }


def _problem_line(
    article: Article, problem: Problem, say: Callable[[Problem], str] = lambda p: p.message
) -> str:
    from editor.model.check import excerpt

    where = "article"
    if problem.block_index >= 0:
        kind = article.blocks[problem.block_index].kind
        field = "" if problem.field == "text" else f", {problem.field}"
        where = f"block {problem.block_index + 1} ({kind}{field})"
        if problem.start is not None:
            where += f" {problem.start}–{problem.end}"
    near = excerpt(article, problem)
    near = f" near “{near}”" if near else ""
    return (
        f"{where}: {problem.severity.value}: {problem.kind}: {say(problem)} [{problem.code}]{near}"
    )


def _speak(language: str) -> None:
    """Load the window's translations into Qt's core library (no display needed)."""
    from PySide6.QtCore import QCoreApplication

    from editor.app import i18n

    _app = QCoreApplication.instance() or QCoreApplication(["copydesk"])
    i18n.install(language)


def _messages_in(language: str) -> Callable[[Problem], str]:
    """How a problem reads in `language`: the model's English, or the window's own
    translation (Qt's core library only, loaded for this alone)."""
    if language == "en":
        return lambda problem: problem.message
    from editor.app import problem_text

    _speak(language)
    return problem_text.describe


def _error_in(
    language: str,
    error: FileError | TemplateError,
) -> str:
    """Why a file could not be read, imported or saved, or a template or style map used: the
    model's English, or the window's own sentence in `language`."""
    if language == "en":
        return str(error)
    from editor.app import config_text, error_text
    from editor.formats.options import ExportError
    from editor.model.templates import TemplateError

    _speak(language)
    if isinstance(error, ExportError | TemplateError):
        return config_text.describe(error)
    return error_text.describe(error)


def _check(article: Article, options: argparse.Namespace) -> int:
    from editor.model.annotations import accepted_view
    from editor.model.check import Severity, check, in_reading_order

    templates = _templates(options)
    fixed = 0
    if options.fix:
        article, fixed = _fix_in_place(article, options.file)
    problems = check(article, templates)
    article = accepted_view(article)  # where the check's block indexes and offsets point
    if options.grammar:  # Grammalecte's glue and workers: not loaded for --no-grammar
        from editor.model.grammar import checks_article

        if checks_article(article):
            problems = in_reading_order([*problems, *_grammar(article, options)])
    if options.json:
        print(
            json.dumps([_problem_json(article, p) for p in problems], ensure_ascii=False, indent=2)
        )
    else:
        if options.fix:
            print(f"{options.file}: fixed {fixed} typography problem(s)")
        say = _messages_in(options.language)
        for problem in problems:
            print(f"{options.file}: {_problem_line(article, problem, say)}")
        count = Counter(p.severity for p in problems)
        fixable = sum(p.fix is not None and p.fix.safe for p in problems)
        print(
            f"{options.file}: {count[Severity.ERROR]} error(s), {count[Severity.WARNING]} "
            f"warning(s), {count[Severity.SUGGESTION]} suggestion(s)"
            + (f"; {fixable} safe fix(es): copydesk check FILE --fix" if fixable else "")
        )
    return EXIT_ERRORS if any(p.is_error for p in problems) else EXIT_OK


def _grammar(article: Article, options: argparse.Namespace) -> list[Problem]:
    """French grammar problems; without Grammalecte, a line on stderr and none."""
    from editor.model import grammalecte
    from editor.model.grammar import PARALLEL_WORDS, grammar_problems, read_rule_list
    from editor.model.grammar_workers import Workers, worker_count
    from editor.model.stats import article_stats

    house: set[str] = set()
    if options.grammar_rules is not None:
        try:
            house = read_rule_list(options.grammar_rules)
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or "not a text file"
            message = f"{options.grammar_rules}: cannot read the rule list ({reason})"
            raise UsageError(message) from None
    long = article_stats(article).total.words >= PARALLEL_WORDS
    workers = Workers() if long and worker_count() > 1 else None
    try:
        found = grammar_problems(article, house, workers)
    finally:
        if workers is not None:
            workers.close()
    if isinstance(found, grammalecte.Missing):
        print(
            f"copydesk: {options.file}: grammar not checked: {found.reason}; "
            f"{grammalecte.INSTALL}, or use --no-grammar",
            file=sys.stderr,
        )
        return []
    return found


def _counts_json(counts: Counts, language: str) -> dict[str, Any]:
    from editor.model.stats import feuillets_shown, reading_time

    return {
        "words": counts.words,
        "signes": counts.signes,
        "feuillets": feuillets_shown(counts),
        "reading_minutes": reading_time(counts, language),
    }


def _target_json(reading: Gauge | None) -> dict[str, Any] | None:
    if reading is None:
        return None
    template = reading.template
    return {
        "template": template.name,
        "label": template.label("en"),
        "measure": template.measure,
        "target": template.target,
        "tolerance": template.tolerance,
        "signes": reading.signes,
        "difference": reading.difference,
        "lines": reading.lines,
        "signes_per_line": template.signes_per_line,
        "verdict": reading.verdict.value,
    }


def _target_line(article: Article, reading: Gauge | None) -> str:
    from editor.model.templates import Verdict

    if reading is None:
        name = article.meta.template
        return f"{'target':>16}  unknown template “{name}”" if name else ""
    t = reading.template
    amount = abs(reading.difference)
    where = "on target" if reading.verdict is Verdict.ON_TARGET else reading.verdict.value
    return (
        f"{'target':>16}  {t.label('en')}: {t.target} ± {t.tolerance} signes ({t.measure}); "
        f"{reading.signes} signes, {amount} {'over' if reading.difference > 0 else 'under'} "
        f"({abs(reading.lines)} line(s) of {t.signes_per_line}): {where}"
    )


def _stats(article: Article, options: argparse.Namespace) -> int:
    from editor.model.schema import KINDS
    from editor.model.stats import article_stats, feuillets_shown, reading_time
    from editor.model.templates import gauge

    stats = article_stats(article)
    reading = gauge(article, _templates(options), stats)
    language = article.meta.language
    fitted = _fit(article, options, reading)
    lines = {b.id: r.lines for b, r in fitted.blocks} if fitted else {}
    if options.json:
        print(
            json.dumps(
                {
                    "total": _counts_json(stats.total, language),
                    "body": _counts_json(stats.body, language),
                    "blocks": [
                        {"id": b.id, "kind": b.kind, **_counts_json(c, language)}
                        | ({"lines": lines[b.id]} if fitted else {})
                        for b, c in stats.blocks
                    ],
                    "target": _target_json(reading),
                }
                | ({"fit": _fit_json(fitted)} if fitted else {}),
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    print(f"{'#':>3}  {'kind':<12} {'words':>6} {'signes':>7}{'  lines' if fitted else ''}  text")
    for index, (block, counts) in enumerate(stats.blocks, 1):
        line_column = f" {lines[block.id]:>6}" if fitted else ""
        preview = (block.plain_text or block.attr("caption") or block.attr("alt")).replace(
            "\n", " "
        )
        if len(preview) > 48:
            preview = preview[:47] + "…"
        print(
            f"{index:>3}  {KINDS[block.kind].label:<12} {counts.words:>6} {counts.signes:>7}"
            f"{line_column}  {preview}"
        )
    for label, counts in (("body", stats.body), ("total", stats.total)):
        print(
            f"{label:>16} {counts.words:>6} {counts.signes:>7}  "
            f"{feuillets_shown(counts):.1f} feuillets, {reading_time(counts, language)} min read"
        )
    target = _target_line(article, reading)
    if target:
        print(target)
    if fitted:
        print(_fit_line(fitted))
    return EXIT_OK


def _fit(article: Article, options: argparse.Namespace, reading: Gauge | None) -> Fit | None:
    """The article laid out in the profile `--fit` names; bad profile or font → a usage error."""
    if not options.fit:
        return None
    from editor.formats.layout import FontMissingError, count_lines
    from editor.formats.profile_docx import profile_from_docx
    from editor.model.print_profile import ProfileError, find_profile, fit, load_profiles

    try:
        if Path(options.fit).suffix.lower() in (".docx", ".dotx"):
            profile = profile_from_docx(Path(options.fit))
        else:
            profile = find_profile(options.fit, load_profiles(options.templates))
        measure = reading.template.measure if reading else "body"
        return fit(article, profile, count_lines, measure)
    except (ProfileError, FontMissingError) as error:
        raise UsageError(str(error)) from None


def _fit_json(fitted: Fit) -> dict[str, Any]:
    return {
        "profile": fitted.profile.name,
        "lines": fitted.lines,
        "target_lines": fitted.target_lines,
        "over": fitted.over,
    }


def _fit_line(fitted: Fit) -> str:
    where = f"{fitted.profile.label('en')}: {fitted.lines} lines"
    if fitted.over is None:
        return f"{'fit':>16}  {where} (the profile has no target for this template)"
    amount = abs(fitted.over)
    verdict = f"{amount} over" if fitted.over > 0 else f"{amount} to spare"
    return f"{'fit':>16}  {where} / {fitted.target_lines}, {verdict}"


def _review(article: Article, options: argparse.Namespace) -> int:
    from editor.cli_review import review_command

    return review_command(article, options)


if __name__ == "__main__":
    sys.exit(main())
