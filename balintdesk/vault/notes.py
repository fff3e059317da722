"""A private note in memory, and the one JSON payload that is encrypted for it.

Everything about a note — title, body, tags, template, meeting date, when it was made and
changed — lives in the payload, so the database sees nothing but its ciphertext.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

NOTE_FORMAT = 1
# The payload is padded with spaces (JSON ignores trailing whitespace) to a multiple of
# this, so a ciphertext's length tells the size of a note only to within 256 bytes.
PAD_TO = 256


@dataclass(frozen=True, repr=False)
class Note:
    id: str
    title: str
    body: str
    tags: tuple[str, ...]
    template: str
    meeting_date: dt.date | None
    created: dt.datetime  # aware, UTC
    updated: dt.datetime  # aware, UTC

    def __repr__(self) -> str:
        # The content stays out of reprs: they end up in tracebacks, logs and test output.
        return f"Note(id={self.id!r}, updated={self.updated.isoformat()!r})"

    def same_content(self, other: Note) -> bool:
        return (self.title, self.body, self.tags, self.template, self.meeting_date) == (
            other.title,
            other.body,
            other.tags,
            other.template,
            other.meeting_date,
        )


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, without empties, each once (ignoring case), in the order given."""
    seen: set[str] = set()
    kept = []
    for tag in tags:
        if not isinstance(tag, str):
            raise TypeError("tags must be strings")
        tag = " ".join(tag.split())
        if tag and (key := tag.casefold()) not in seen:
            seen.add(key)
            kept.append(tag)
    return tuple(kept)


def encode_payload(note: Note) -> bytes:
    data = {
        "title": note.title,
        "body": note.body,
        "tags": list(note.tags),
        "template": note.template,
        "meeting_date": note.meeting_date.isoformat() if note.meeting_date else None,
        "created": note.created.isoformat(),
        "updated": note.updated.isoformat(),
    }
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return raw + b" " * (-len(raw) % PAD_TO)


def _text(data: dict[str, object], key: str) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise ValueError(f"{key} is not text")
    return value


def _utc(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("a note's times carry their zone")
    return moment.astimezone(dt.UTC)


def decode_payload(note_id: str, payload: bytes) -> Note:
    """The note a decrypted payload describes; ValueError if it is not one.

    Messages never quote the payload: they may reach a log.
    """
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("the payload is not JSON") from None
    if not isinstance(data, dict):
        raise ValueError("the payload is not an object")
    try:
        tags = data["tags"]
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise ValueError("tags are not a list of text")
        meeting = data["meeting_date"]
        if meeting is not None and not isinstance(meeting, str):
            raise ValueError("the meeting date is not text")
        return Note(
            id=note_id,
            title=_text(data, "title"),
            body=_text(data, "body"),
            tags=tuple(tags),
            template=_text(data, "template"),
            meeting_date=dt.date.fromisoformat(meeting) if meeting else None,
            created=_utc(_text(data, "created")),
            updated=_utc(_text(data, "updated")),
        )
    except KeyError as exc:
        raise ValueError(f"the payload lacks {exc.args[0]}") from None


def fold(text: str) -> str:
    """The form search compares: compatibility-normalised and case-folded, so "ﬁ" finds
    "fi" and "STRASSE" finds "Straße"."""
    return unicodedata.normalize("NFKC", text).casefold()


def search_text(note: Note) -> str:
    return fold("\n".join((note.title, note.body, *note.tags)))


def newest_first(note: Note) -> tuple[dt.datetime, dt.datetime, str]:
    return (note.updated, note.created, note.id)
