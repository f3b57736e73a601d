"""The official IPTC ninjs JSON Schemas shipped under resources/ninjs, as validators.

Formats are checked too (`date-time`, `uri`), so a date without its offset or a
relative address fails here as it would in a strict receiver. jsonschema checks those
two only with optional packages; the two rules are written out here instead (RFC 3339
date-time with an offset; RFC 3986 absolute URI: a scheme, no spaces).
"""

from __future__ import annotations

import copy
import json
import re
from datetime import datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft7Validator, Draft202012Validator, FormatChecker
from jsonschema.protocols import Validator

from editor.formats.ninjs_superdesk import SUPERDESK_KEYS
from tests.shared import PROJECT_ROOT

SCHEMAS = PROJECT_ROOT / "resources" / "ninjs"


CHECKER = FormatChecker()
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*\Z")


@CHECKER.checks("date-time")
def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if "T" not in value.upper():
        return False
    try:
        moment = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return moment.tzinfo is not None


@CHECKER.checks("uri")
def _uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    scheme = urlsplit(value).scheme
    return bool(_SCHEME.match(scheme)) and not any(c.isspace() for c in value)


def _schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return data


@cache
def ninjs_31() -> Validator:
    schema = _schema("ninjs-schema_3.1.json")
    return Draft202012Validator(schema, format_checker=CHECKER)


@cache
def ninjs_16_with_superdesk_keys() -> Validator:
    """ninjs 1.6 as IPTC publishes it, plus exactly Superdesk's own top-level keys."""
    schema = copy.deepcopy(_schema("ninjs-schema_1.6.json"))
    schema["properties"].update(SUPERDESK_KEYS)
    return Draft7Validator(schema, format_checker=CHECKER)


@cache
def ninjs_16() -> Validator:
    schema = _schema("ninjs-schema_1.6.json")
    return Draft7Validator(schema, format_checker=CHECKER)


def errors_31(document: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in ninjs_31().iter_errors(document)]


def errors_superdesk(document: dict[str, Any]) -> list[str]:
    """Errors against 1.6 + Superdesk's keys, and against plain 1.6 once those are removed."""
    bare = {k: v for k, v in document.items() if k not in SUPERDESK_KEYS}
    found = [
        f"{list(e.absolute_path)}: {e.message}"
        for validator, value in ((ninjs_16_with_superdesk_keys(), document), (ninjs_16(), bare))
        for e in validator.iter_errors(value)
    ]
    return found
