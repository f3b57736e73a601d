"""Identifiers for articles and blocks."""

from __future__ import annotations

import secrets
import uuid


def new_block_id() -> str:
    """A short id, stable once saved; an ASCII name that never starts with a digit.

    Exporters reuse block ids as XML ids and anchors, which must not start with a digit.
    """
    return "b" + secrets.token_hex(5)


def new_article_id() -> str:
    return f"urn:uuid:{uuid.uuid4()}"
