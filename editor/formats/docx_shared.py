"""What the DOCX writer and the DOCX reader agree on, kept apart from both.

An import reads the section line, language tags and the comments' threads the way the
export writes them; with these names in the writer's modules, every import loaded the
package writer, the base document's helpers and the review's writer (with the classes
of suggestions and comments) only to read three constants and a function.
"""

from __future__ import annotations

SECTION_SEPARATOR = " › "
"""Between the levels of the section path on the section line ("Actualités › International")."""

REGIONS = {"fr": "FR", "en": "US", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
"""The region a bare language code means, for Word's language tags ("fr" → "fr-FR")."""

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
"""The relationship of Word's comment threads and resolved flags (`commentsExtended.xml`)."""


def language_tag(language: str) -> str:
    """Word's language tag: "fr" → "fr-FR", "en" → "en-US", "fr-ch" → "fr-CH"."""
    parts = language.replace("_", "-").split("-")
    base = parts[0].lower() or "fr"
    region = parts[1].upper() if len(parts) > 1 and parts[1] else REGIONS.get(base, "")
    return f"{base}-{region}" if region else base
