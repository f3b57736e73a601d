"""What a start compiles, kept: dataclasses made from the kept code of their methods and
patterns made from their kept programs are the very ones compiling makes, a damaged file or
one of another engine is ignored, nothing stays patched outside, and a start writes the file
only where bytecode may be written."""

from __future__ import annotations

import dataclasses
import marshal
import re
import sys
from pathlib import Path

import pytest

from editor.app import start_kept

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<word>\w+)\s+(?P=word)", 0),  # named groups and a back reference
    (r"« ?([^»]+?) ?»", re.IGNORECASE),
    (
        r"""
        (?<=\d)   # after a digit
        \s?(%|€)  # a sign, spaced or not
        """,
        re.VERBOSE,
    ),
    (rb"\x00[\x01-\x1f]+", 0),  # bytes
    (r"^\s*$", re.MULTILINE),
]


def make_classes() -> list[type]:
    """Frozen, slotted and plain dataclasses, as the model and the window declare them."""

    @dataclasses.dataclass(frozen=True, slots=True)
    class Run:
        text: str
        marks: frozenset[str] = frozenset()

    @dataclasses.dataclass(frozen=True)
    class Block:
        id: str
        runs: tuple[Run, ...] = ()
        attrs: dict[str, str] = dataclasses.field(default_factory=dict)

    @dataclasses.dataclass(order=True)
    class Place:
        index: int
        offset: int = 0

    return [Run, Block, Place]


def methods(cls: type) -> dict[str, bytes]:
    """Each generated method's code, as marshal writes it (its bytecode, constants, names)."""
    code = {name: getattr(value, "__code__", None) for name, value in vars(cls).items()}
    return {
        name: marshal.dumps(made)
        for name, made in code.items()
        if made is not None and made.co_filename == "<string>"  # written by `dataclasses`
    }


def patterns() -> list[re.Pattern[str] | re.Pattern[bytes]]:
    re.purge()  # past `re`'s own cache: each compiled again
    return [re.compile(source, flags) for source, flags in PATTERNS]


def test_a_second_start_takes_the_kept_code_and_programs(tmp_path: Path) -> None:
    kept = tmp_path / "start.marshal"
    plain_classes, plain_patterns = make_classes(), patterns()
    with start_kept.kept(kept, asked=True) as first:
        first_classes, first_patterns = make_classes(), patterns()
    assert first.fresh and kept.exists()
    with start_kept.kept(kept) as second:
        kept_classes, kept_patterns = make_classes(), patterns()
    assert not second.fresh  # everything came from the file
    for plain, *others in zip(plain_classes, first_classes, kept_classes, strict=True):
        assert methods(plain)  # the comparison has something to compare
        assert all(methods(other) == methods(plain) for other in others)
    for plain_pattern, *other_patterns in zip(
        plain_patterns, first_patterns, kept_patterns, strict=True
    ):
        for other in other_patterns:  # a pattern's equality compares its program too
            assert other == plain_pattern
            assert other.groupindex == plain_pattern.groupindex
            assert other.groups == plain_pattern.groups


def test_what_is_made_from_kept_code_behaves_as_ever(tmp_path: Path) -> None:
    kept = tmp_path / "start.marshal"
    with start_kept.kept(kept, asked=True):
        make_classes(), patterns()
    with start_kept.kept(kept):
        run_type, block_type, place_type = make_classes()
        doubled, quoted, *_ = patterns()
    run = run_type("Lyon", frozenset({"em"}))
    block = block_type("b1", (run,))
    assert block == block_type("b1", (run_type("Lyon", frozenset({"em"})),))
    assert repr(run).endswith("Run(text='Lyon', marks=frozenset({'em'}))")
    assert block.attrs == {} and block.attrs is not block_type("b2").attrs
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.id = "b2"  # type: ignore[misc]
    assert place_type(1, 5) < place_type(2)
    match = doubled.search("le le mot")
    assert match is not None and match["word"] == "le"
    assert isinstance(quoted, re.Pattern) and quoted.findall("« Oui » et « NON »") == ["Oui", "NON"]


def test_nothing_stays_patched_outside(tmp_path: Path) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    plain = _compiler.compile
    with start_kept.kept(tmp_path / "start.marshal", asked=True):
        assert hasattr(dataclasses, "exec") == start_kept.KNOWN
    assert not hasattr(dataclasses, "exec")
    assert _compiler.compile is plain


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00garbage",
        marshal.dumps([1, 2, 3]),
        marshal.dumps({"engine": "sre 1 (2, 7)", "methods": {}, "programs": {}}),
        marshal.dumps({"engine": start_kept.ENGINE, "methods": [], "programs": {}}),
        marshal.dumps(
            {"engine": start_kept.ENGINE, "methods": {}, "programs": {("x", 0): (0, "x")}}
        ),
    ],
)
def test_a_damaged_or_foreign_file_is_ignored_and_written_afresh(
    tmp_path: Path, damage: bytes
) -> None:
    kept = tmp_path / "start.marshal"
    kept.write_bytes(damage)
    with start_kept.kept(kept, asked=True) as store:
        (run_type, *_), (doubled, *_) = make_classes(), patterns()
    assert store.fresh
    assert run_type("a") == run_type("a") and doubled.search("a a") is not None
    with start_kept.kept(kept) as again:
        make_classes(), patterns()
    assert not again.fresh


def test_no_file_where_bytecode_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    kept = tmp_path / "start.marshal"
    with start_kept.kept(kept):
        make_classes(), patterns()
    assert not kept.exists()
    with start_kept.kept(kept, asked=True):  # asked (the installers, the benchmarks)
        make_classes(), patterns()
    assert kept.exists()


def test_an_unwritable_folder_starts_as_before(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with start_kept.kept(blocker / "start.marshal", asked=True):
        (run_type, *_), _patterns = make_classes(), patterns()
    assert run_type("a").text == "a"


def test_a_pattern_given_its_flags_as_an_enum_is_kept(tmp_path: Path) -> None:
    """`re` hands the engine's compiler plain integers; a caller of the compiler itself may
    hand it `re.IGNORECASE` as it is, which the file could not hold."""
    from re import _compiler  # type: ignore[attr-defined]

    kept = tmp_path / "start.marshal"
    with start_kept.kept(kept, asked=True):
        first = _compiler.compile(r"[«»]", re.IGNORECASE)
    with start_kept.kept(kept) as again:
        second = _compiler.compile(r"[«»]", re.IGNORECASE)
    assert not again.fresh
    assert first == second == re.compile(r"[«»]", re.IGNORECASE)
