"""A deterministic corpus for the benchmarks: the same articles as .article, Markdown and DOCX.

Five sizes: `seed` (about 4 500 signes, the size of a news piece), `piece` (1 000 words, what
most articles are), `feature` (10 000 words), `longread` (100 000 words: 2 000 paragraphs,
100 subheads, 20 pull quotes, 10 images, with italics, bold, superscripts and links) and
`book` (400 000 words, the same proportions: where a path growing faster than the article
shows). The text is generated from a fixed vocabulary
with a fixed random seed, so every run measures the same bytes.

    python tests/benchmarks/corpus.py [OUTDIR]
"""

from __future__ import annotations

import random
import struct
import sys
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from editor.model import storage
from editor.model.article import Article, Author, Block, Dateline, Media, Meta, Subject
from editor.model.build import em, link, para, quote, standfirst, strong, subhead, sup, title
from editor.model.inline import EM, LINK, STRONG, SUP, Run

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"

VOCABULARY = (
    "le la les un une des du de et à en dans sur pour par avec sans sous entre vers chez "
    "ville conseil maire projet budget quartier habitants rue école hôpital gare tramway "
    "région État gouvernement ministre député sénat loi réforme vote majorité opposition "
    "économie emploi entreprise usine salariés syndicat grève prix inflation croissance "
    "climat énergie eau forêt sécheresse chaleur récolte agriculteurs élevage marché "
    "culture musée théâtre festival livre auteur artiste public scène saison exposition "
    "santé médecin patients soins urgences vaccin recherche étude données résultats "
    "justice tribunal procès juge avocat enquête police témoin décision appel peine "
    "a été est sera avait doit peut veut annonce explique précise affirme rappelle "
    "nouveau nouvelle grand grande premier première dernier dernière long longue petit "
    "hier aujourd’hui demain depuis encore déjà toujours jamais souvent plus moins très"
).split()


@dataclass(frozen=True)
class Size:
    name: str
    paragraphs: int
    words_per_paragraph: int
    subheads: int
    pullquotes: int
    images: int


SIZES: dict[str, Size] = {
    s.name: s
    for s in (
        Size("seed", 7, 70, 4, 1, 0),
        Size("piece", 20, 50, 2, 1, 1),
        Size("feature", 200, 50, 12, 3, 2),
        Size("longread", 2000, 50, 100, 20, 10),
        Size("book", 8000, 50, 400, 80, 40),
    )
}


def _png(seed: int, width: int = 320, height: int = 200) -> bytes:
    rng = random.Random(seed)
    colour = bytes(rng.randrange(256) for _ in range(3))
    raw = (b"\x00" + colour * width) * height

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(VOCABULARY) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, index: int, words: int) -> Block:
    """About `words` words in sentences of 10, with a mark or a link now and then."""
    parts: list[str | Run] = []
    remaining = words
    while remaining > 0:
        n = min(10, remaining)
        parts.append(_sentence(rng, n) + " ")
        remaining -= n
    if index % 3 == 0:
        parts.insert(1, em(rng.choice(VOCABULARY) + " "))
    if index % 7 == 0:
        parts.insert(1, strong(rng.choice(VOCABULARY) + " "))
    if index % 11 == 0:
        parts.insert(1, link("le rapport ", f"https://www.example.org/rapport/{index}"))
    if index % 13 == 0:
        parts.insert(1, "le 1")
        parts.insert(2, sup("er"))
        parts.insert(3, " mai ")
    return para(*parts)


def build(size: Size, seed: int = 2025) -> Article:
    rng = random.Random(seed)
    blocks: list[Block] = [
        title(_sentence(rng, 12)[:-1]),
        standfirst(_sentence(rng, 25), " ", _sentence(rng, 15)),
    ]
    media: dict[str, Media] = {}
    every_subhead = max(1, size.paragraphs // max(1, size.subheads))
    every_quote = max(1, size.paragraphs // max(1, size.pullquotes))
    every_image = max(1, size.paragraphs // max(1, size.images))
    for index in range(size.paragraphs):
        if index and index % every_subhead == 0 and index // every_subhead <= size.subheads:
            blocks.append(subhead(_sentence(rng, 6)[:-1]))
        blocks.append(_paragraph(rng, index, size.words_per_paragraph))
        if index % every_quote == every_quote // 2 and index // every_quote < size.pullquotes:
            blocks.append(quote(_sentence(rng, 14), by="Claire Vidal, architecte"))
        if (
            size.images
            and index % every_image == every_image // 3
            and index // every_image < size.images
        ):
            picture = Media("image/png", _png(index))
            media[picture.key] = picture
            blocks.append(
                Block(
                    "image",
                    (),
                    {
                        "media": picture.key,
                        "caption": _sentence(rng, 10),
                        "credit": "Photo Copydesk",
                        "alt": _sentence(rng, 8),
                    },
                )
            )
    blocks.append(Block("author_bio", (Run(_sentence(rng, 20)),)))
    paris = timezone(timedelta(hours=1))
    meta = Meta(
        id=f"urn:uuid:00000000-0000-4000-8000-{seed:012d}",
        language="fr",
        section=("Actualités", "Société"),
        authors=(Author("Camille Roux", "journaliste"),),
        dateline=Dateline("Lyon"),
        created=datetime(2025, 2, 1, 8, 30, tzinfo=paris),
        modified=datetime(2025, 2, 1, 11, 5, tzinfo=paris),
        keywords=("benchmark", "corpus"),
        subjects=(Subject("medtop:11000000", "politique"),),
        copyright="© Copydesk",
    )
    return Article(meta, tuple(blocks), media)


def _markdown_inline(runs: tuple[Run, ...]) -> str:
    out = []
    for run in runs:
        text = run.text
        if SUP in run.marks:
            text = f"^{text}^"
        if EM in run.marks:
            text = f"*{text}*"
        if STRONG in run.marks:
            text = f"**{text}**"
        if LINK in run.marks:
            text = f"[{text}]({run.href})"
        out.append(text)
    return "".join(out)


def to_markdown(article: Article, image_dir: Path, prefix: str = "") -> str:
    """The same article as pandoc Markdown, images written to `image_dir`."""
    lines = [
        f'---\ntitle: "{article.title}"\nlang: {article.meta.language}\n'
        f"author: {article.meta.byline}\n---\n"
    ]
    for index, block in enumerate(article.blocks):
        text = _markdown_inline(block.text)
        if block.kind == "title":
            lines.append(f"# {text}")
        elif block.kind == "subhead":
            lines.append(f"## {text}")
        elif block.kind == "pullquote":
            lines.append(f"> {text}\n>\n> — {block.attr('attribution')}")
        elif block.kind == "image":
            picture = article.image_of(block)
            assert picture is not None
            name = f"{prefix}image-{index}.png"
            (image_dir / name).write_bytes(picture.data)
            lines.append(f"![{block.attr('caption')} {block.attr('credit')}]({name})")
        else:
            lines.append(text)
    return "\n\n".join(lines) + "\n"


def write_corpus(
    folder: Path = CORPUS, sizes: tuple[str, ...] = tuple(SIZES)
) -> dict[str, dict[str, Path]]:
    """Each size as NAME.article and NAME.md (with its images); DOCX comes from our exporter."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, dict[str, Path]] = {}
    for size in (SIZES[name] for name in sizes):
        article = build(size)
        native = folder / f"{size.name}.article"
        markdown = folder / f"{size.name}.md"
        if not native.exists():
            storage.save(article, native)
        if not markdown.exists():
            markdown.write_text(to_markdown(article, folder, f"{size.name}-"), encoding="utf-8")
        files[size.name] = {"article": native, "markdown": markdown}
    return files


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    for name, paths in write_corpus(out).items():
        print(name, *(str(p) for p in paths.values()))
