"""The copydesk command, run as a real process: stats, check, usage and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor import cli
from editor.model import storage
from editor.model.build import article, para, title
from editor.model.stats import article_stats
from tests.model.test_storage import BAD_FILES
from tests.shared import SAMPLE, seed_article


def copydesk(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.article"
    storage.save(seed_article(), path)
    return path


def test_version() -> None:
    result = copydesk("--version")
    assert result.returncode == 0 and result.stdout.startswith("copydesk ")


def test_stats_json_on_the_seed(seed_file: Path) -> None:
    result = copydesk("stats", seed_file, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = article_stats(seed_article())
    assert data["total"]["words"] == expected.total.words
    assert data["total"]["signes"] == expected.total.signes
    assert data["body"]["signes"] == expected.body.signes
    assert set(data["total"]) == {"words", "signes", "feuillets", "reading_minutes"}
    assert [b["kind"] for b in data["blocks"]][:3] == ["title", "standfirst", "paragraph"]
    assert {"id", "kind", "words", "signes"} <= set(data["blocks"][0])


def test_stats_table_on_the_sample() -> None:
    result = copydesk("stats", SAMPLE)
    assert result.returncode == 0, result.stderr
    assert "Pull quote" in result.stdout and "feuillets" in result.stdout


@pytest.mark.parametrize("path_of", ["seed", "sample"])
def test_check_passes_on_seed_and_sample(seed_file: Path, path_of: str) -> None:
    result = copydesk("check", seed_file if path_of == "seed" else SAMPLE, "--json")
    assert result.returncode == 0, result.stderr
    assert [p for p in json.loads(result.stdout) if p["severity"] == "error"] == []


def test_check_exits_1_on_errors(tmp_path: Path) -> None:
    path = tmp_path / "two-titles.article"
    storage.save(article(title("A"), para("p"), title("B")), path)
    result = copydesk("check", path)
    assert result.returncode == 1
    assert "title-repeated" in result.stdout


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_exits_2_naming_the_file(tmp_path: Path, name: str) -> None:
    content, reason = BAD_FILES[name]
    path = tmp_path / f"{name}.article"
    path.write_bytes(content)
    for command in ("stats", "check"):
        result = copydesk(command, path)
        assert result.returncode == 2
        assert str(path) in result.stderr and reason in result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == content


def test_missing_file_and_unknown_format(tmp_path: Path, seed_file: Path) -> None:
    result = copydesk("stats", tmp_path / "nope.article")
    assert result.returncode == 2 and "nope.article" in result.stderr
    result = copydesk("export", seed_file, "--to", "pdf")
    assert result.returncode == 2 and "unknown format" in result.stderr


def test_usage_error_exits_2() -> None:
    assert copydesk("stats").returncode == 2


def test_export_lists_every_file_it_writes(tmp_path: Path) -> None:
    """The pictures NewsML and ICML write beside the item are listed with it, one per line."""
    source = tmp_path / "sample.article"
    source.write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    result = copydesk("export", source, "--to", "all", "-o", out)
    assert result.returncode == 0, result.stderr
    listed = result.stdout.splitlines()
    assert sorted(listed) == sorted(str(p) for p in out.iterdir())
    assert str(out / "sample-1.png") in listed and len(listed) == len(set(listed))


def into_a_closed_pipe(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the command with its standard output on a pipe whose reader has already gone,
    as `copydesk stats FILE | head` becomes once `head` has its lines: every write fails."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "editor", *map(str, args)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "args",
    [
        ("stats", SAMPLE),
        ("stats", SAMPLE, "--json"),
        ("check", SAMPLE, "--json"),
        ("export", "SAMPLE-COPY", "--to", "newsml"),
        ("--version",),  # argparse's own printing drops the failed write: it ends with 0
        ("stats", "--help"),
    ],
)
def test_a_reader_that_goes_away_ends_the_command_quietly(
    tmp_path: Path, args: tuple[str | Path, ...]
) -> None:
    copy = tmp_path / "copy.article"
    copy.write_bytes(SAMPLE.read_bytes())
    result = into_a_closed_pipe(*(copy if a == "SAMPLE-COPY" else a for a in args))
    assert result.stderr == ""  # no traceback, no "Exception ignored … BrokenPipeError"
    # as a shell reports a program ended by SIGPIPE; argparse's --version and --help end with 0
    assert result.returncode == (0 if "--version" in args or "--help" in args else 141)


@pytest.mark.parametrize("command", ["export", "import", "check", "stats"])
def test_each_commands_help_says_what_it_does_and_every_argument(command: str) -> None:
    result = copydesk(command, "--help")
    assert result.returncode == 0, result.stderr
    usage, summary, *_ = result.stdout.split("\n\n")
    assert usage.rstrip().endswith("FILE") and summary.strip()  # FILE, as the help texts say
    parser = next(
        p
        for p in cli._command_parser(command)._subparsers._group_actions[0].choices.values()  # type: ignore[union-attr]
        if p.prog == f"copydesk {command}"
    )
    undocumented = [a.dest for a in parser._actions if not a.help]
    assert undocumented == []


@pytest.mark.parametrize("command", [("stats",), ("check",), ("export", "--to", "docx")])
def test_copy_given_for_an_article_is_named_with_the_import_that_makes_one(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    copy = tmp_path / "depeche.txt"
    copy.write_text("Un titre\n\nLe texte.\n", encoding="utf-8")
    result = copydesk(command[0], copy, *command[1:])
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"copydesk: {copy}: is plain text or Markdown, not a Copydesk article; {command[0]} "
        f"reads .article files — make one with: copydesk import {copy}"
    )
    assert not (tmp_path / "depeche.docx").exists()


def test_the_first_newsml_export_says_it_keeps_the_guid_in_the_article(tmp_path: Path) -> None:
    source = tmp_path / "papier.article"
    storage.save(storage.load(SAMPLE).with_meta(guid=""), source)
    first = copydesk("export", source, "--to", "newsml")
    assert first.returncode == 0, first.stderr
    guid = storage.load(source).meta.guid
    assert guid and first.stderr == (
        f"copydesk: note: {source}: now keeps the wire item's guid ({guid}), "
        "so later exports update the same item\n"
    )
    again = copydesk("export", source, "--to", "newsml")
    assert again.returncode == 0 and again.stderr == ""
    assert storage.load(source).meta.guid == guid


# -- the window's command line: never a window by surprise ---------------------------------------


def window_command(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command as a journalist types it; offscreen, so a window that did open would show
    nowhere and end only with the timeout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["COPYDESK_SETTINGS"] = str(cwd / "settings.ini")
    return subprocess.run(
        [sys.executable, "-m", "editor", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["relire", "draft.article"], "“relire” is neither a command nor a file here"),
        (["expor"], "(did you mean “export”?)"),
        (["stat", "--json"], "(did you mean “stats”?)"),
    ],
)
def test_an_unknown_command_is_a_usage_error_listing_the_commands(
    tmp_path: Path, args: list[str], said: str
) -> None:
    result = window_command(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert said in result.stderr
    assert "commands: export, import, check, stats, review" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("option", ["--json", "--to", "-o", "--fix"])
def test_an_option_the_window_does_not_take_is_a_usage_error(tmp_path: Path, option: str) -> None:
    result = window_command(SAMPLE, option, cwd=tmp_path)
    assert result.returncode == 2
    assert f"unrecognized arguments: {option}" in result.stderr
    assert "commands: export, import, check, stats, review" in result.stderr


def test_a_missing_file_says_so_and_how_to_start_one(tmp_path: Path) -> None:
    result = window_command("MISSING.article", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "copydesk: MISSING.article: no such file "
        "(copydesk --new MISSING.article starts a new article)\n"
    )
    assert not (tmp_path / "MISSING.article").exists()


def test_a_folder_is_not_an_article(tmp_path: Path) -> None:
    result = window_command(tmp_path, cwd=tmp_path)
    assert result.returncode == 2 and "is a folder" in result.stderr


def test_a_real_file_opens_even_when_named_like_a_word(tmp_path: Path) -> None:
    (tmp_path / "relire").write_text("Le titre\n\nUn paragraphe de copie.\n", encoding="utf-8")
    picture = tmp_path / "relire.png"
    result = window_command("relire", "--screenshot", picture, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_qt_options_reach_qt_and_others_do_not(tmp_path: Path) -> None:
    picture = tmp_path / "window.png"
    result = window_command(SAMPLE, "-platform", "offscreen", "--screenshot", picture, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert picture.exists()
    result = window_command(SAMPLE, "-platformtheme", "gtk3", cwd=tmp_path)
    assert result.returncode == 2 and "unrecognized arguments: -platformtheme" in result.stderr
    result = window_command(SAMPLE, "-style", cwd=tmp_path)
    assert result.returncode == 2 and "-style needs a value" in result.stderr


def test_new_starts_an_unsaved_article_at_that_path(tmp_path: Path) -> None:
    target = tmp_path / "brève.article"
    picture = tmp_path / "new.png"
    result = window_command("--new", target, "--screenshot", picture, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert picture.exists() and not target.exists()  # written on the first save only


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("seed.article", "already exists (open it with: copydesk "),
        ("notes.txt", "a new article is saved as NAME.article"),
        ("nowhere/new.article", "the folder "),
        (".", "is a folder"),
    ],
)
def test_new_refuses_what_it_cannot_create(seed_file: Path, name: str, said: str) -> None:
    result = window_command("--new", seed_file.parent / name, cwd=seed_file.parent)
    assert result.returncode == 2 and said in result.stderr


def test_sample_opens_an_untitled_copy_and_leaves_the_sample_alone(tmp_path: Path) -> None:
    before = SAMPLE.read_bytes()
    picture = tmp_path / "sample.png"
    result = window_command("--sample", "--screenshot", picture, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert SAMPLE.read_bytes() == before
    result = window_command("--sample", SAMPLE, cwd=tmp_path)
    assert result.returncode == 2 and "not allowed with" in result.stderr


def test_errors_speak_french_when_asked(tmp_path: Path) -> None:
    broken = tmp_path / "cassé.article"
    broken.write_bytes(b"")
    for command in (["stats"], ["check"], ["export", "--to", "docx"]):
        english = copydesk(command[0], broken, *command[1:])
        french = copydesk(command[0], broken, *command[1:], "--language", "fr")
        assert english.returncode == french.returncode == 2
        assert english.stderr == f"copydesk: {broken}: the file is empty\n"
        assert french.stderr == f"copydesk: {broken}\u00a0: le fichier est vide\n", command
    missing = tmp_path / "absent.docx"
    french = copydesk("import", missing, "--language", "fr")
    assert french.returncode == 2
    assert french.stderr == f"copydesk: {missing}\u00a0: ce fichier n’existe pas\n"


def test_a_broken_template_folder_in_french(tmp_path: Path, seed_file: Path) -> None:
    folder = tmp_path / "gabarits"
    folder.mkdir()
    (folder / "filet.json").write_text('{"target": "long"}', encoding="utf-8")
    french = copydesk("stats", seed_file, "--templates", folder, "--language", "fr")
    assert french.returncode == 2
    assert "«\u00a0target\u00a0» doit être un nombre entier de signes, pas 'long'" in french.stderr
    english = copydesk("stats", seed_file, "--templates", folder)
    assert "“target” must be a whole number of signes, not 'long'" in english.stderr


def test_a_command_called_in_process_leaves_the_collector_as_it_was(tmp_path: Path) -> None:
    """A command runs with the collector's first threshold raised (it lasts a moment); a
    program that calls `main` itself, as these tests do, gets its own threshold back, after a
    failure too."""
    import gc

    path = tmp_path / "piece.article"
    storage.save(article(title("Le maire"), para("Le conseil vote ce soir.")), path)
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    gc.set_threshold(650, 9, 11)
    try:
        assert cli.main(["stats", str(path)]) == 0
        assert gc.get_threshold() == (650, 9, 11)
        assert cli.main(["check", str(tmp_path / "missing.article"), "--no-grammar"]) == 2
        assert gc.get_threshold() == (650, 9, 11)
        # its objects are still the collector's: nothing frozen (a frozen object of an earlier
        # test freed meanwhile leaves the permanent generation, so the count may fall)
        assert gc.get_freeze_count() <= frozen
    finally:
        gc.set_threshold(*before)


AS_THE_PROCESS = """
import gc, json, sys
from editor.cli import main
sys.argv = ["copydesk", *sys.argv[1:]]
try:
    status = main()
except SystemExit as leaving:
    status = leaving.code
print(json.dumps([status, gc.get_threshold(), gc.get_freeze_count() > 0]), file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("command", "status", "said"),
    [
        (("stats",), 0, "words"),
        (("check", "--no-grammar"), 0, "0 error(s)"),
        (("export", "--to", "epub"), 0, "piece.epub"),
        (("stats", "--help"), 0, "usage: copydesk stats"),
        (("stats", "--no-such-option"), 2, ""),
    ],
)
def test_a_command_that_is_the_process_leaves_its_heap_to_the_system(
    tmp_path: Path, command: tuple[str, ...], status: int, said: str
) -> None:
    """Run as the program (`main()` with no arguments), a command freezes what it made as it
    ends, so neither the threshold put back nor the interpreter's shutdown walks it: its
    output, status and files are those of any other run."""
    path = tmp_path / "piece.article"
    storage.save(article(title("Le maire"), para("Le conseil vote ce soir.")), path)
    name, *rest = command
    options = ["-o", str(tmp_path)] if name == "export" else []
    result = subprocess.run(
        [sys.executable, "-c", AS_THE_PROCESS, name, str(path), *rest, *options],
        capture_output=True,
        text=True,
        timeout=120,
    )
    ended, threshold, frozen = json.loads(result.stderr.splitlines()[-1])
    assert (ended, frozen) == (status, True)
    assert threshold == [700, 10, 10]  # the interpreter's default, put back
    assert said in result.stdout
    if name == "export":
        assert (tmp_path / "piece.epub").stat().st_size > 0
