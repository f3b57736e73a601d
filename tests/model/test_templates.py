"""Length templates: the shipped ones, a newsroom's own, and an article against its target."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from editor.model.build import article, image, media, para, quote, standfirst, subhead, title
from editor.model.stats import article_stats
from editor.model.templates import (
    Gauge,
    Template,
    TemplateError,
    Verdict,
    builtin_templates,
    gauge,
    load_templates,
    over_limit,
    overflow,
    targets_for,
    template_key,
    template_named,
)


def test_shipped_templates() -> None:
    shipped = builtin_templates()
    assert {n: t.target for n, t in shipped.items()} == {
        "breve": 1500,
        "article": 4500,
        "grand-format": 9000,
        "chronique": 2800,
        "portrait": 6000,
    }
    for template in shipped.values():
        assert 0 < template.tolerance < template.target / 5
        assert template.measure == "body" and template.signes_per_line == 40
        assert template.limit_for("title") is not None
        assert template.limit_for("image", "caption") is not None
        assert template.label("fr") and template.label("en")
    article_template = shipped["article"]
    assert article_template.limit_for("title") == 90
    assert article_template.limit_for("standfirst") == 300
    assert article_template.limit_for("paragraph") is None
    assert shipped["breve"].label("fr") == "Brève"


@pytest.mark.parametrize(
    ("name", "key"),
    [("Brève", "breve"), ("grand_format", "grand-format"), (" Grand  Format ", "grand-format")],
)
def test_names_are_matched_loosely(name: str, key: str) -> None:
    assert template_key(name) == key
    found = template_named(name)
    assert found is not None and found.name == key


def test_an_article_names_its_template() -> None:
    assert (
        targets_for(article(title("T"), meta={"template": "Brève"})) == builtin_templates()["breve"]
    )
    assert targets_for(article(title("T"))) is None
    assert targets_for(article(title("T"), meta={"template": "nope"})) is None
    assert gauge(article(title("T"))) is None


@pytest.mark.parametrize(
    ("signes", "verdict", "difference", "lines"),
    [
        (4500, Verdict.ON_TARGET, 0, 0),
        (4800, Verdict.ON_TARGET, 300, 8),
        (4801, Verdict.OVER, 301, 8),
        (4199, Verdict.UNDER, -301, -8),
        (4541, Verdict.ON_TARGET, 41, 2),
    ],
)
def test_gauge(signes: int, verdict: Verdict, difference: int, lines: int) -> None:
    reading = Gauge(builtin_templates()["article"], signes)
    assert (reading.verdict, reading.difference, reading.lines) == (verdict, difference, lines)


def test_the_gauge_measures_the_body_or_everything() -> None:
    piece = article(title("T" * 50), standfirst("S" * 100), para("p" * 1400), subhead("i" * 20))
    body = gauge(piece.with_meta(template="breve"))
    assert body is not None and body.signes == 1420 and body.verdict is Verdict.ON_TARGET
    total = Template("t", target=1500, tolerance=50, measure="total")
    reading = gauge(piece.with_meta(template="t"), {"t": total}, article_stats(piece))
    assert reading is not None and reading.signes == 1570 and reading.verdict is Verdict.OVER


def test_overflow_is_where_the_copy_passes_target_and_tolerance() -> None:
    template = Template("t", target=100, tolerance=10)
    piece = article(title("T" * 500), para("a" * 60), quote("q" * 80), para("b" * 80))
    assert overflow(piece, template) == (3, 50)
    assert overflow(article(para("a" * 110)), template) is None
    decomposed = "e\u0301" * 200  # two characters each, one signe
    assert overflow(article(para(decomposed)), template) == (0, 220)


def test_blocks_over_their_limits() -> None:
    template = builtin_templates()["article"]
    assert over_limit(title("T" * 90), template) == []
    assert over_limit(title("T" * 95), template) == [("text", 90, 95)]
    picture = image(media(b"x"), caption="c" * 201, credit="ok")
    assert over_limit(picture, template) == [("caption", 200, 201)]


# -- a newsroom's own templates ----------------------------------------------------------------


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / f"{name}.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_custom_templates_extend_and_replace(tmp_path: Path) -> None:
    write(tmp_path, "ouverture-region", {"extends": "une", "target": 5200})
    write(tmp_path, "une", {"extends": "article", "label": "Front page", "limits": {"title": 70}})
    write(tmp_path, "breve", {"target": 1200, "tolerance": 100})
    (tmp_path / "notes.txt").write_text("not a template", encoding="utf-8")
    known = load_templates([tmp_path])
    region = known["ouverture-region"]
    assert (region.target, region.tolerance) == (5200, 300)
    assert region.limit_for("title") == 70 and region.limit_for("standfirst") == 300
    assert region.label() == "Front page"
    assert known["breve"].target == 1200 and known["breve"].limits == {}
    assert builtin_templates()["breve"].target == 1500
    piece = article(para("x" * 5000), meta={"template": "Ouverture région"})
    reading = gauge(piece, known)
    assert reading is not None and reading.verdict is Verdict.ON_TARGET


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("{not json", "not a JSON file"),
        ([1, 2], "a template is a JSON object"),
        ({"tolerance": 10}, "needs a “target”"),
        ({"target": "4500"}, "“target” must be a whole number"),
        ({"target": 4500.5}, "“target” must be a whole number"),
        ({"target": 4500, "tolerence": 10}, "unknown setting “tolerence”"),
        ({"target": 4500, "limits": {"headline": 90}}, "names “headline”"),
        ({"target": 4500, "limits": {"image.legend": 90}}, "names “image.legend”"),
        ({"target": 4500, "limits": {"title": 0}}, "the limit for “title”"),
        ({"target": 4500, "measure": "words"}, "“measure” is one of body, total"),
        ({"extends": "nothing"}, "“extends” names no known template"),
    ],
)
def test_a_bad_template_is_refused_naming_the_file(tmp_path: Path, data: Any, reason: str) -> None:
    path = write(tmp_path, "maison", data)
    with pytest.raises(TemplateError) as caught:
        load_templates([tmp_path])
    assert caught.value.path == path and reason in str(caught.value)


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="no such folder"):
        load_templates([tmp_path / "nope"])
