"""A list of JSON records read one record at a time from a stream of bytes, in flat memory.

Exports hold their big lists in one file: X's ``window.YTD.tweets.part0 = [ … ]`` (172 MB for
100,000 tweets), Meta's ``[ … ]`` or ``{"status_updates": [ … ]}``. ``json.load`` would hold the
whole text and every record at once; this keeps one chunk and one record, and the caller keeps
only what it needs. Each record is decoded by the C scanner (``raw_decode``), so the speed is close
to ``json.load``'s.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from advocacy.sources.archive import MalformedExport

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_LONGEST_TOKEN_CUT = 8  # "\\uXXXX" or "false" cut by a chunk's end fails this close to it


class _Text:
    """The part of the stream not yet parsed, refilled a chunk at a time."""

    def __init__(self, chunks: Iterator[str]) -> None:
        self.chunks = chunks
        self.buffer = ""
        self.at = 0
        self.done = False
        self.line = 1  # of the buffer's first character, for messages
        self.column = 0  # characters before the buffer's first one on its line

    def more(self) -> bool:
        chunk = next(self.chunks, None)
        if chunk is None:
            self.done = True
            return False
        dropped = self.buffer[: self.at]
        if (newlines := dropped.count("\n")) > 0:
            self.line += newlines
            self.column = len(dropped) - dropped.rfind("\n") - 1
        else:
            self.column += len(dropped)
        self.buffer = self.buffer[self.at :] + chunk
        self.at = 0
        return True

    def where(self, position: int) -> tuple[int, int]:
        """Line and column (1-based) of a position in the buffer, as ``json`` reports them."""
        before = self.buffer[:position]
        if (newlines := before.count("\n")) > 0:
            return self.line + newlines, position - before.rfind("\n")
        return self.line, self.column + position + 1

    def skip_space(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            space = _SPACE.match(self.buffer, self.at)
            self.at = space.end() if space else self.at
            if self.at < len(self.buffer):
                return self.buffer[self.at]
            if not self.more():
                return ""

    def ensure(self, size: int) -> None:
        while len(self.buffer) - self.at < size and self.more():
            pass


def json_records(
    chunks: Iterable[str],
    *,
    opening: re.Pattern[str] | None,
    closing: str,
    name: str,
    what: str,
    starts_with: str = "",
) -> Iterator[Any]:
    """The records of the list a file holds. ``opening`` matches what comes before the ``[`` (an
    assignment, or ``{"key":``), ``starts_with`` says it in words; ``closing`` is what may follow the
    ``]`` (``";"`` or ``"}"``)."""
    text = _Text(iter(chunks))
    text.ensure(4096)
    if opening is not None:
        found = opening.match(text.buffer, text.at)
        if found is None:
            raise MalformedExport(f"{name} in {what} does not start with {starts_with}; it is not an export file.")
        text.at = found.end()
    if text.skip_space() != "[":
        raise MalformedExport(f"{name} in {what} does not hold a list of records.")
    text.at += 1
    count = 0
    while True:
        following = text.skip_space()
        if following == "]" and count == 0:
            text.at += 1
            break
        yield _record(text, name, what)
        count += 1
        following = text.skip_space()
        if following == ",":
            text.at += 1
        elif following == "]":
            text.at += 1
            break
        else:
            raise _broken(name, what, text, text.at)
    for expected in closing:
        if text.skip_space() == expected:
            text.at += 1
    if text.skip_space() != "":
        raise _broken(name, what, text, text.at)


def _record(text: _Text, name: str, what: str) -> Any:
    while True:
        try:
            record, end = _DECODER.raw_decode(text.buffer, text.at)
        except json.JSONDecodeError as exc:
            # Only a record cut by the chunk's end is read again with more text: an error inside the
            # text is a damaged file, said at once rather than re-read to the end of a huge file.
            cut = exc.msg.startswith("Unterminated string") or exc.pos >= len(text.buffer) - _LONGEST_TOKEN_CUT
            if cut and text.more():
                continue
            raise _broken(name, what, text, exc.pos) from None
        except RecursionError:
            raise MalformedExport(f"{name} in {what} is nested too deeply to be an export file.") from None
        # A number at the very end of the buffer may go on in the next chunk.
        if end == len(text.buffer) and not text.done and text.more():
            continue
        text.at = end
        return record


def _broken(name: str, what: str, text: _Text, position: int) -> MalformedExport:
    line, column = text.where(position)
    return MalformedExport(
        f"{name} in {what} is damaged at line {line}, column {column}; the file may have been cut "
        "short or edited: download it again."
    )
