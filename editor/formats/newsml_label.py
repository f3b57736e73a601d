"""Inline marks in a NewsML-G2 label, such as the kicker's `headline`.

A G2 `headline` (Label1Type) is text with minimal markup: `span` (which holds no
other span), `a`, `inline` and `ruby`, but no emphasis element of its own. So a
run's marks become one `span` whose `class` lists them ("italic", "bold",
"superscript", space-separated), and a link an `a href` around its runs. The
kicker travels only there (the NITF body has no kicker element), so without the
spans its italics and superscripts would be lost on the wire.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from operator import attrgetter

from lxml import etree

from editor.model.inline import EM, STRONG, SUP, Run, Text

SPAN_CLASSES: tuple[tuple[str, str], ...] = ((STRONG, "bold"), (EM, "italic"), (SUP, "superscript"))
"""Each mark and its class word, in the order a class attribute lists them."""
MARK_OF_CLASS: dict[str, str] = {name: mark for mark, name in SPAN_CLASSES} | {"sup": SUP}
"""A class word and the mark it means, for reading (with the short "sup" some senders use)."""


def fill_label(
    element: etree._Element, runs: Text, namespace: str, clean: Callable[[str], str]
) -> None:
    """Write `runs` into `element`: plain text as text, marked runs as spans, links as `a`.

    Call it after any pretty-printing: indentation inside mixed content changes the text.
    """
    for href, group in groupby(runs, key=attrgetter("href")):
        target = element
        if href is not None:
            target = etree.SubElement(element, f"{{{namespace}}}a", href=clean(href))
        for run in group:
            _run(target, run, namespace, clean)


def _run(parent: etree._Element, run: Run, namespace: str, clean: Callable[[str], str]) -> None:
    text = clean(run.text)
    classes = " ".join(name for mark, name in SPAN_CLASSES if mark in run.marks)
    if not text:
        return
    if classes:
        etree.SubElement(parent, f"{{{namespace}}}span", {"class": classes}).text = text
    elif len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text
