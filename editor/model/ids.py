"""Identifiers for articles and blocks.

`secrets` and `uuid` load with the first id made, not with the model: reading an article and
counting it makes none, and the two (with OpenSSL's hashes behind `secrets`) cost a seed-sized
command a tenth of its time."""

from __future__ import annotations


def new_block_id() -> str:
    """A short id, stable once saved; an ASCII name that never starts with a digit.

    Exporters reuse block ids as XML ids and anchors, which must not start with a digit.
    """
    import secrets

    return "b" + secrets.token_hex(5)


def new_article_id() -> str:
    import uuid

    return f"urn:uuid:{uuid.uuid4()}"
