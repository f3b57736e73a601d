"""The review's part of the `.article` file (format version 2): suggestions and comments.

Read by `storage`'s reader, which mixes `ReviewReader` in; every id marked on the text must be
in its table with the type the mark says, or the file is refused naming the place.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from editor.model.annotations import SUGGESTION_TYPES
from editor.model.article import Block
from editor.model.schema import KINDS

if TYPE_CHECKING:  # made with the first review read (`annotation_values`)
    from editor.model.annotations import Comment, Reply, Suggestion

SUGGESTION_KEYS = ("id", "type", "author", "date", "from_kind", "from_fields")
COMMENT_KEYS = ("id", "author", "initials", "date", "text", "resolved", "replies")
REPLY_KEYS = ("author", "initials", "date", "text")
Moment = datetime
"""`datetime`, by a name the reader's own `datetime` method does not hide."""


def extra_keys(raw: Mapping[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k not in known}


class ReviewReader:
    """The review tables of a file; the reader it is mixed into says how to fail and read."""

    @abstractmethod
    def fail(self, place: str, reason: str, code: str = "", **values: str) -> Exception: ...

    @abstractmethod
    def expect(self, value: Any, kind: type | tuple[type, ...], place: str, what: str) -> Any: ...

    @abstractmethod
    def string(self, value: Any, place: str) -> str: ...

    @abstractmethod
    def datetime(self, raw: Any, place: str) -> Moment: ...

    def suggestions(self, raw: Any) -> dict[str, Suggestion]:
        items = self.expect(raw, list, "suggestions", "a list of suggestions")
        found: dict[str, Suggestion] = {}
        for index, item in enumerate(items):
            place = f"suggestions[{index}]"
            item = self.expect(item, dict, place, "a suggestion")
            sid = self.identifier(item.get("id"), f"{place}.id", found)
            kind = self.string(item.get("type"), f"{place}.type")
            if kind not in SUGGESTION_TYPES:
                raise self.fail(
                    f"{place}.type",
                    f"unknown suggestion type “{kind}”",
                    "unknown-suggestion-type",
                    type=kind,
                )
            from_kind = self.string(item.get("from_kind", ""), f"{place}.from_kind")
            if from_kind and from_kind not in KINDS:
                raise self.fail(
                    f"{place}.from_kind",
                    f"unknown block kind “{from_kind}”",
                    "unknown-kind",
                    kind=from_kind,
                )
            fields = self.expect(
                item.get("from_fields", {}), dict, f"{place}.from_fields", "an object"
            )
            attrs = {k: self.string(v, f"{place}.from_fields.{k}") for k, v in fields.items()}
            from editor.model.annotation_values import Suggestion  # with the first one

            found[sid] = Suggestion(
                sid,
                kind,
                self.string(item.get("author", ""), f"{place}.author"),
                self.when(item.get("date"), f"{place}.date"),
                from_kind,
                attrs,
                extra_keys(item, SUGGESTION_KEYS),
            )
        return found

    def comments(self, raw: Any) -> dict[str, Comment]:
        items = self.expect(raw, list, "comments", "a list of comments")
        found: dict[str, Comment] = {}
        for index, item in enumerate(items):
            place = f"comments[{index}]"
            item = self.expect(item, dict, place, "a comment")
            cid = self.identifier(item.get("id"), f"{place}.id", found)
            replies = self.expect(item.get("replies", []), list, f"{place}.replies", "a list")
            from editor.model.annotation_values import Comment  # with the first one

            found[cid] = Comment(
                cid,
                self.string(item.get("author", ""), f"{place}.author"),
                self.when(item.get("date"), f"{place}.date"),
                self.string(item.get("text", ""), f"{place}.text"),
                self.expect(item.get("resolved", False), bool, f"{place}.resolved", "true/false"),
                tuple(self.reply(r, f"{place}.replies[{i}]") for i, r in enumerate(replies)),
                extra_keys(item, COMMENT_KEYS),
                self.string(item.get("initials", ""), f"{place}.initials"),
            )
        return found

    def reply(self, raw: Any, place: str) -> Reply:
        from editor.model.annotation_values import Reply

        raw = self.expect(raw, dict, place, "a reply")
        return Reply(
            self.string(raw.get("author", ""), f"{place}.author"),
            self.when(raw.get("date"), f"{place}.date"),
            self.string(raw.get("text", ""), f"{place}.text"),
            extra_keys(raw, REPLY_KEYS),
            self.string(raw.get("initials", ""), f"{place}.initials"),
        )

    def identifier(self, raw: Any, place: str, taken: Mapping[str, Any]) -> str:
        value = self.string(raw, place)
        if not value:
            raise self.fail(place, "an id is needed", "id-needed")
        if value in taken:
            raise self.fail(place, f"the id “{value}” is used twice", "id-twice", id=value)
        return value

    def when(self, raw: Any, place: str) -> Moment | None:
        return self.datetime(raw, place) if raw else None

    def check_references(
        self,
        blocks: list[Block],
        suggestions: Mapping[str, Suggestion],
        comments: Mapping[str, Any],
    ) -> None:
        """Every id marked on the text is in its table, with the type the mark says."""

        def expect(sid: str | None, wanted: str, place: str) -> None:
            if sid is None:
                return
            found = suggestions.get(sid)
            if found is None:
                raise self.fail(
                    place,
                    f"the suggestion “{sid}” is not in the file's suggestions",
                    "suggestion-missing",
                    id=sid,
                )
            if found.type != wanted:
                raise self.fail(
                    place,
                    f"the suggestion “{sid}” is of type {found.type}, not {wanted}",
                    "suggestion-type",
                    id=sid,
                    found=found.type,
                    wanted=wanted,
                )

        for index, block in enumerate(blocks):
            place = f"blocks[{index}]"
            expect(block.insert, "block-insert", f"{place}.insert")
            expect(block.delete, "block-delete", f"{place}.delete")
            expect(block.kind_change, "kind-change", f"{place}.kind_change")
            for run in block.text:
                expect(run.insert, "insert", f"{place}.text")
                expect(run.delete, "delete", f"{place}.text")
                for cid in sorted(run.comments - set(comments)):
                    raise self.fail(
                        f"{place}.text",
                        f"the comment “{cid}” is not in the file's comments",
                        "comment-missing",
                        id=cid,
                    )


# -- writing -----------------------------------------------------------------------------------


def date_json(when: datetime | None) -> str:
    return when.isoformat() if when else ""


def suggestion_json(suggestion: Suggestion) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": suggestion.id,
        "type": suggestion.type,
        "author": suggestion.author,
        "date": date_json(suggestion.date),
    }
    if suggestion.from_kind:
        out["from_kind"] = suggestion.from_kind
    if suggestion.from_attrs:
        out["from_fields"] = dict(suggestion.from_attrs)
    out.update(suggestion.extra)
    return out


def comment_json(comment: Comment) -> dict[str, Any]:
    """A comment as the file holds it; initials only when given (files without them are
    written as they were read)."""
    return {
        "id": comment.id,
        "author": comment.author,
        **_initials_json(comment.initials),
        "date": date_json(comment.date),
        "text": comment.text,
        "resolved": comment.resolved,
        "replies": [
            {
                "author": r.author,
                **_initials_json(r.initials),
                "date": date_json(r.date),
                "text": r.text,
                **r.extra,
            }
            for r in comment.replies
        ],
        **comment.extra,
    }


def _initials_json(initials: str) -> dict[str, str]:
    return {"initials": initials} if initials else {}
