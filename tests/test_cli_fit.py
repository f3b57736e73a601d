"""`copydesk stats --fit`: the lines a piece makes in a paper's column, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from editor.formats import docx as docx_export
from editor.formats.layout import count_lines
from editor.formats.options import ExportOptions
from editor.model import storage
from editor.model.build import article, para, subhead, title
from editor.model.print_profile import builtin_profiles, fit
from tests.shared import SAMPLE
from tests.test_cli import copydesk

LONG = (
    "Le conseil municipal a voté jeudi soir, après trois heures de débat, le budget de la "
    "rénovation des écoles du quartier, que les parents réclamaient depuis des années. "
) * 4


def brief(tmp_path: Path) -> Path:
    path = tmp_path / "breve.article"
    value = article(title("Écoles"), para(LONG), subhead("Trois ans de travaux"), para(LONG))
    storage.save(value.with_meta(template="breve"), path)
    return path


def test_json_gives_lines_per_block_and_the_fit_against_the_hole(tmp_path: Path) -> None:
    path = brief(tmp_path)
    result = copydesk("stats", path, "--fit", "quotidien", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    blocks = data["blocks"]
    assert all(isinstance(b["lines"], int) and b["lines"] >= 1 for b in blocks)
    profile = builtin_profiles()["quotidien"]
    expected = fit(storage.load(path), profile, count_lines)
    assert data["fit"] == {
        "profile": "quotidien",
        "lines": expected.lines,
        "target_lines": 50,
        "over": expected.lines - 50,
    }
    body = blocks[1]["lines"] + blocks[3]["lines"]
    assert data["fit"]["lines"] >= body + 2  # the subhead and the line of space above it


def test_the_narrower_column_makes_more_lines(tmp_path: Path) -> None:
    path = brief(tmp_path)
    lines = {}
    for name in ("quotidien", "magazine"):
        result = copydesk("stats", path, "--fit", name, "--json")
        lines[name] = json.loads(result.stdout)["fit"]["lines"]
    assert lines["quotidien"] > lines["magazine"]


def test_the_table_says_lines_over_or_to_spare() -> None:
    result = copydesk("stats", SAMPLE, "--fit", "magazine")
    assert result.returncode == 0, result.stderr
    assert "lines" in result.stdout.splitlines()[0]
    assert "Weekly magazine, 60 mm column:" in result.stdout


def test_a_newsroom_profile_from_its_templates_folder_and_from_a_path(tmp_path: Path) -> None:
    folder = tmp_path / "modeles" / "profiles"
    folder.mkdir(parents=True)
    own = {
        "name": "Tabloïd",
        "blocks": {
            "paragraph": {"column_mm": 40, "font": "Liberation Sans", "size_pt": 9,
                          "leading_pt": 10, "hyphenate": False}
        },
        "targets": {"breve": 45},
    }  # fmt: skip
    (folder / "tabloid.json").write_text(json.dumps(own), encoding="utf-8")
    path = brief(tmp_path)
    by_name = copydesk("stats", path, "--templates", folder.parent, "--fit", "tabloid", "--json")
    by_path = copydesk("stats", path, "--fit", folder / "tabloid.json", "--json")
    assert by_name.returncode == 0, by_name.stderr
    assert json.loads(by_name.stdout)["fit"] == json.loads(by_path.stdout)["fit"]
    assert json.loads(by_name.stdout)["fit"]["target_lines"] == 45


def test_a_bad_profile_or_missing_font_is_refused_by_name(tmp_path: Path) -> None:
    bad = tmp_path / "colonne.json"
    bad.write_text('{"blocks": {"paragraph": {"font": "X"}}}', encoding="utf-8")
    result = copydesk("stats", SAMPLE, "--fit", bad)
    assert result.returncode == 2 and "colonne.json" in result.stderr
    assert "column_mm" in result.stderr and "Traceback" not in result.stderr
    unknown = copydesk("stats", SAMPLE, "--fit", "tabloid")
    assert unknown.returncode == 2 and "no such print profile" in unknown.stderr
    font = tmp_path / "fonte.json"
    font.write_text(
        '{"blocks": {"paragraph": {"column_mm": 50, "font": "Garamond Imaginaire",'
        ' "size_pt": 9, "leading_pt": 11}}}',
        encoding="utf-8",
    )
    missing = copydesk("stats", SAMPLE, "--fit", font)
    assert missing.returncode == 2 and "Garamond Imaginaire" in missing.stderr


def test_a_docx_reference_template_seeds_the_profile(tmp_path: Path) -> None:
    template = tmp_path / "journal.docx"
    docx_export.export(storage.load(SAMPLE), template, ExportOptions())
    result = copydesk("stats", SAMPLE, "--fit", template, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["fit"]["profile"] == "journal" and data["fit"]["lines"] > 0
    dotx = tmp_path / "journal.dotx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(dotx, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, content)
    as_template = copydesk("stats", SAMPLE, "--fit", dotx, "--json")
    assert as_template.returncode == 0, as_template.stderr
    assert json.loads(as_template.stdout)["fit"]["lines"] == data["fit"]["lines"]
    broken = tmp_path / "casse.docx"
    broken.write_bytes(b"not a zip")
    refused = copydesk("stats", SAMPLE, "--fit", broken)
    assert refused.returncode == 2 and "casse.docx" in refused.stderr


def test_a_seeded_profile_is_written_out_for_the_newsroom_to_keep(tmp_path: Path) -> None:
    template = tmp_path / "journal.docx"
    docx_export.export(storage.load(SAMPLE), template, ExportOptions())
    written = subprocess.run(
        [sys.executable, "-m", "editor.formats.profile_docx", str(template)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert written.returncode == 0, written.stderr
    data = json.loads(written.stdout)
    data["targets"] = {"breve": 45}
    folder = tmp_path / "modeles" / "profiles"
    folder.mkdir(parents=True)
    (folder / "journal.json").write_text(json.dumps(data), encoding="utf-8")
    result = copydesk("stats", brief(tmp_path), "--templates", folder.parent, "--fit", "journal",
                      "--json")  # fmt: skip
    seeded = copydesk("stats", brief(tmp_path), "--fit", template, "--json")
    assert json.loads(result.stdout)["fit"]["lines"] == json.loads(seeded.stdout)["fit"]["lines"]
    assert json.loads(result.stdout)["fit"]["target_lines"] == 45
