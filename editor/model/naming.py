"""A file name for an article that has none yet, made from its slug or its title.

Transliterated to lower-case ASCII with hyphens, the way the slug field is written
("Bibliothèque de la Croix-Rousse" → "bibliotheque-de-la-croix-rousse"): such a name survives
every place a newsroom's files travel — shared drives seen from Windows and macOS (which spell
accented letters differently), FTP to the printer, a CMS upload, an e-mail attachment — and
sorts where a journalist looks for it. Accents are dropped, never the letter they sit on.
"""

from __future__ import annotations

import re
import unicodedata

from editor.model.article import Article

LONGEST = 60
"""Characters in a suggested name before its extension: a headline's first words."""
SPELLED_OUT = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l",
     "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i",
     "’": " ", "'": " "}
)  # fmt: skip
"""Letters Unicode does not decompose into a base letter and an accent; apostrophes part words
("l’été" is "l-ete", not "lete")."""
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """`text` as lower-case ASCII words joined by hyphens, at most `LONGEST` characters, cut
    between words; "" when nothing of it can be written so."""
    plain = unicodedata.normalize("NFKD", text.translate(SPELLED_OUT))
    ascii_only = plain.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_WORD.sub("-", ascii_only).strip("-")
    if len(slug) > LONGEST:
        cut = slug[: LONGEST + 1].rsplit("-", 1)[0]
        slug = cut if cut else slug[:LONGEST]
    return slug.strip("-")


def file_stem(article: Article) -> str:
    """The article's slug when it has one, else its title's, else ""."""
    return slugify(article.meta.slug) or slugify(article.title)
