"""What agencies' items need before a desk would keep them: the habits of real wire systems.

Each function answers one habit met in real items (the test fixtures in
tests/formats/fixtures/wire): a dateline that is a timestamp (Reuters), a place given
only by its code, a byline whose last word is the agency (dpa), an editor's login in
`creator`, text escaped twice (STT), spaces left at the edges of a headline.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from datetime import date

from editor.formats.import_meta import parse_timestamp
from editor.formats.imported import Note
from editor.formats.newsml_read_body import Element, child, loose_dateline, plain
from editor.model.article import Dateline
from editor.model.inline import Run, Text, normalize

_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def timestamp_day(text: str) -> date | None:
    """The day of a dateline that is a timestamp ("2014-07-16 15:53:10 GMT+00:00"), else None."""
    moment = parse_timestamp(re.sub(r"\s*(?:GMT|UTC)\s*", "", text.strip(), flags=re.I))
    return moment.date() if moment is not None else None


def agency_dateline(
    text: str, located: Element | None, item: Element, leads: Sequence[str], notes: list[str]
) -> Dateline | None:
    """An agency's dateline. Written out ("PARIS, 4 déc (AFP) -"), it is read as such; a timestamp
    (Reuters) gives only the day, and the place comes from `located`, as it does when the item
    has no dateline. A place from `located` that the lead contradicts is pointed out: Reuters'
    `located` is the desk that edited the story, its lead where it was filed from."""
    day = timestamp_day(text) if text.strip() else None
    if text.strip() and day is None:
        return loose_dateline(text)
    if located is None:
        return Dateline("", day) if day else None
    place = loose_dateline(place_of(located, item)).place  # "New York, NY": the city
    code = located.get("qcode") or ""
    if not place and code:
        notes.append(
            Note(
                f"The dateline's place is given only as the code {code}, which the item does "
                "not name: the place was left empty.",
                "place-code-only",
                {"code": code},
            )
        )
    said = next((lead_place(lead) for lead in leads if lead_place(lead)), "")
    if place and said and said.casefold() != place.casefold():
        notes.append(
            Note(
                f"The dateline's place was taken from the item's location, {place}; "
                f"the story's lead opens with {said}.",
                "place-from-location",
                {"place": place, "lead": said},
            )
        )
    return Dateline(place, day)


def place_of(located: Element, item: Element) -> str:
    """The place a `located` names: its literal or name, else the name the item gives its code
    elsewhere (an `assert`, a subject or another located with the same QCode); "" when the item
    only has the code, which means nothing to a reader."""
    named = located.get("literal") or plain(child(located, "name"))
    if named.strip():
        return named.strip()
    code = located.get("qcode") or ""
    if not code:
        return ""
    for node in item.iter():
        if isinstance(node.tag, str) and node.get("qcode") == code and node is not located:
            name = plain(child(node, "name"))
            if name.strip():
                return name.strip()
    return ""


_LEAD_DATELINE = re.compile(
    r"^\s*([^\W\d][^(),\n]{0,40}?)(?:,[^()\n]{0,40})?\s*\([^()]{2,30}\)\s*[-–—]"
)


def lead_place(lead: str) -> str:
    """The place a lead paragraph opens with, wire style: "DAMASCUS (Reuters) - …" → "DAMASCUS"."""
    match = _LEAD_DATELINE.match(lead)
    return match.group(1).strip() if match else ""


def is_login(creator: Element) -> bool:
    """A creator that is the sender's user account ("dpa-ad:gehler.annett" named
    "gehler.annett"), not a name a byline could print."""
    name = " ".join(plain(child(creator, "name")).split()) or creator.get("literal", "")
    code = (creator.get("qcode") or "").partition(":")[2]
    return bool(name) and name == code and not any(c.isspace() for c in name)


def author_names(names: Sequence[str], agencies: Iterable[str]) -> list[str]:
    """The people in a split byline. "Von Annett Gehler, dpa" names the agency after the author
    (it is the credit) and Reuters' video "Reuters, MAR 04" a day: neither is an author, and no
    name holds a digit. When nothing is left, the byline stays as it was."""
    known = {agency.casefold() for agency in agencies if agency}
    kept = [n for n in names if n.casefold() not in known and not any(c.isdigit() for c in n)]
    return kept or [n for n in names if not any(c.isdigit() for c in n)] or list(names)


def trimmed(runs: Text) -> Text:
    """A block's text without spaces at its edges (wire headlines often end with one)."""
    kept = list(runs)
    while kept and not kept[0].text.lstrip():
        kept.pop(0)
    while kept and not kept[-1].text.rstrip():
        kept.pop()
    if kept:
        kept[0] = Run(kept[0].text.lstrip(), kept[0].marks, kept[0].href)
        kept[-1] = Run(kept[-1].text.rstrip(), kept[-1].marks, kept[-1].href)
    return normalize(kept)


def unescaped(runs: Text) -> Text:
    """Text escaped twice by the sender ("Alko&#39;s", "&quot;") read as the characters meant.
    Only entity-shaped text changes; an ampersand in prose stays as it is."""
    if not any(_ENTITY.search(run.text) for run in runs):
        return runs
    return normalize(
        [
            Run(_ENTITY.sub(lambda m: html.unescape(m.group()), r.text), r.marks, r.href)
            for r in runs
        ]
    )
