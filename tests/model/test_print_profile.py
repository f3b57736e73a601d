"""Print profiles: the shipped columns, a newsroom's own, and bad files refused by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.model.print_profile import (
    PROFILES_FOLDER,
    ProfileError,
    builtin_profiles,
    find_profile,
    load_profiles,
    read_profile,
)
from editor.model.templates import builtin_templates

OWN = {
    "name": "Le Petit Matin",
    "blocks": {
        "paragraph": {"column_mm": 52, "font": "DejaVu Serif", "size_pt": 9, "leading_pt": 10.5},
        "subhead": {"bold": True, "space_before_pt": 10.5},
    },
    "targets": {"Brève": 28},
}


def write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_shipped_profiles_are_two_columns_with_a_target_for_every_template() -> None:
    profiles = builtin_profiles()
    assert set(profiles) == {"quotidien", "magazine"}
    for profile in profiles.values():
        assert set(profile.targets) == set(builtin_templates())
        assert 40 <= profile.style_for("paragraph").column_mm <= 70
        assert profile.label("fr") != profile.label("en")


def test_a_kind_not_listed_falls_back_to_paragraph_and_a_kind_inherits_what_it_omits(
    tmp_path: Path,
) -> None:
    profile = read_profile(write(tmp_path, "own.json", OWN))
    body = profile.style_for("paragraph")
    assert profile.style_for("kicker") is body
    assert profile.style_for("image", "caption") is body
    subhead = profile.style_for("subhead")
    assert subhead.bold and subhead.font == "DejaVu Serif" and subhead.column_mm == 52
    assert profile.name == "le-petit-matin" and profile.target_for("breve") == 28
    assert profile.target_for("portrait") is None


def test_a_newsroom_profile_sits_in_the_templates_folder_and_is_found_by_name(
    tmp_path: Path,
) -> None:
    (tmp_path / PROFILES_FOLDER).mkdir()
    write(tmp_path / PROFILES_FOLDER, "petit-matin.json", OWN)
    profiles = load_profiles([tmp_path])
    assert {"quotidien", "magazine", "le-petit-matin"} <= set(profiles)
    assert find_profile("Le Petit Matin", profiles).style_for("paragraph").column_mm == 52
    assert find_profile(str(tmp_path / PROFILES_FOLDER / "petit-matin.json"), {}).name


BAD = [
    ("{not json", "not a JSON file"),
    ([], "a print profile is a JSON object"),
    ({"name": "x"}, "needs “blocks”"),
    ({"blocks": {"subhead": {}}}, "at least “paragraph”"),
    ({"blocks": {"paragraph": {"font": "X", "size_pt": 9, "leading_pt": 11}}}, "“column_mm”"),
    ({"blocks": {"paragraph": {**OWN["blocks"]["paragraph"], "size_pt": -1}}}, "size_pt"),  # type: ignore[dict-item]
    ({"blocks": {"paragraph": {**OWN["blocks"]["paragraph"], "colour": 1}}}, "“colour”"),  # type: ignore[dict-item]
    ({"blocks": {**OWN["blocks"], "sidebar": {}}}, "“sidebar”, which is no block"),  # type: ignore[dict-item]
    ({**OWN, "targets": {"breve": "trente"}}, "whole number of lines"),
    ({**OWN, "page": 2}, "unknown setting “page”"),
]


@pytest.mark.parametrize(("data", "reason"), BAD)
def test_a_bad_profile_is_refused_with_its_name_and_the_reason(
    tmp_path: Path, data: object, reason: str
) -> None:
    path = write(tmp_path, "mauvais.json", data)
    with pytest.raises(ProfileError) as caught:
        read_profile(path)
    assert "mauvais.json" in str(caught.value) and reason in str(caught.value)


def test_a_bad_file_in_the_folder_refuses_the_folder(tmp_path: Path) -> None:
    (tmp_path / PROFILES_FOLDER).mkdir()
    write(tmp_path / PROFILES_FOLDER, "casse.json", "{")
    with pytest.raises(ProfileError, match=r"casse\.json"):
        load_profiles([tmp_path])


def test_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(ProfileError, match="magazine, quotidien"):
        find_profile("tabloid", builtin_profiles())
