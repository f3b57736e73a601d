"""`copydesk review`: the desk's suggestions and comments, for scripts.

`--list` says each suggestion and comment (`--json` for a program); `--accept-all` and
`--reject-all` decide the suggestions, all or one author's, in place and atomically, and
change nothing else in the file (one not laid out as Copydesk writes it is refused, as
`check --fix` does, rather than rewritten).
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from editor.cli import EXIT_OK, UsageError
from editor.model import review, storage
from editor.model.annotations import KIND_CHANGE, Comment, Reply
from editor.model.article import Article


def review_command(article: Article, options: argparse.Namespace) -> int:
    if options.json and not options.list:
        raise UsageError("--json goes with --list")
    if options.list:
        if options.json:
            print(json.dumps(listing(article, options.author), ensure_ascii=False, indent=2))
        else:
            _print_listing(article, options)
        return EXIT_OK
    return _decide(article, options)


def _date(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def listing(article: Article, author: str | None = None) -> dict[str, Any]:
    """Every suggestion (or one author's) and every comment, in the `--json` shape."""
    places = review.suggestion_places(article)
    suggestions = [
        {
            "id": s.id,
            "type": s.type,
            "author": s.author,
            "date": _date(s.date),
            "block": places[s.id].block_id if s.id in places else None,
            "text": places[s.id].text if s.id in places else "",
        }
        for s in article.suggestions.values()
        if author is None or s.author == author
    ]
    quotes = review.comment_places(article)
    comments = [
        _comment_json(article.comments[cid], quotes.get(cid))
        for cid in review.in_reading_order(article)
    ]
    return {"suggestions": suggestions, "comments": comments}


def _initials(initials: str) -> str | None:
    """The initials the file gives the author (Word's `w:initials`, the reviewer's own from
    Preferences), None when it gives none: a script is not handed initials made up from the
    name as if someone had chosen them."""
    return initials or None


def _comment_json(comment: Comment, place: review.Place | None) -> dict[str, Any]:
    return {
        "id": comment.id,
        "author": comment.author,
        "initials": _initials(comment.initials),
        "date": _date(comment.date),
        "block": place.block_id if place else None,
        "quote": place.text if place else "",
        "text": comment.text,
        "resolved": comment.resolved,
        "replies": [_reply_json(r) for r in comment.replies],
    }


def _reply_json(reply: Reply) -> dict[str, Any]:
    return {
        "author": reply.author,
        "initials": _initials(reply.initials),
        "date": _date(reply.date),
        "text": reply.text,
    }


def _print_listing(article: Article, options: argparse.Namespace) -> None:
    found = listing(article, options.author)
    still_open = review.open_comments(article)
    print(
        f"{options.file}: {len(found['suggestions'])} suggestion(s), "
        f"{len(found['comments'])} comment(s) ({still_open} open)"
    )
    for item in found["suggestions"]:
        text = item["text"].replace("\n", " ")
        if item["type"] == KIND_CHANGE:
            suggestion = article.suggestions[item["id"]]
            now = article.blocks[article.index_of(item["block"])].kind if item["block"] else "?"
            text = f"{suggestion.from_kind or '?'} → {now}: {text}"
        print(f"{_line(item)}  {item['type']:<12}  “{text}”")
    for item in found["comments"]:
        state = "resolved" if item["resolved"] else "open"
        quote = item["quote"].replace("\n", " / ")
        replies = f", {len(item['replies'])} repl{'y' if len(item['replies']) == 1 else 'ies'}"
        extra = replies if item["replies"] else ""
        print(f"{_line(item)}  {'comment':<12}  “{quote}”: {item['text']} [{state}{extra}]")
        for reply in item["replies"]:
            who = " ".join(v for v in (reply["author"], reply["date"]) if v) or "(no author)"
            print(f"    ↳ {who}: {reply['text']}")


def _line(item: dict[str, Any]) -> str:
    return f"{item['id']}  {item['author'] or '(no author)'}  {item['date'] or '(no date)'}  " + (
        item["block"] or "(nowhere)"
    )


def _decide(article: Article, options: argparse.Namespace) -> int:
    accepting = bool(options.accept_all)
    author: str | None = options.author
    chosen = [s for s in article.suggestions.values() if author is None or s.author == author]
    if author is not None and not chosen:
        known = ", ".join(f"“{a}”" for a in review.authors(article)) or "nobody"
        raise UsageError(f"{options.file}: no pending suggestion by “{author}” (by: {known})")
    if not chosen:
        print(f"{options.file}: no pending suggestion; the file is unchanged")
        return EXIT_OK
    try:
        before = options.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{options.file}: cannot read the file again ({error})") from None
    if storage.dumps(article) != before:
        raise UsageError(
            f"{options.file}: the file is not laid out as Copydesk saves it, so deciding the "
            "suggestions would change more; open and save it in Copydesk first"
        )
    decide = review.accept_all if accepting else review.reject_all
    decided = decide(article, author)
    storage.save(decided, options.file)
    verb = "accepted" if accepting else "rejected"
    print(
        f"{options.file}: {verb} {len(chosen)} suggestion(s); "
        f"{len(decided.suggestions)} still pending"
    )
    return EXIT_OK
