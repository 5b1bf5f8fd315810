"""Passages quoted from someone else: *"…the Venture Predator constructs a pile…" https://…*.

A post that shares a passage from an article, a talk or a book quotes it as written, typos and
coinages included (*bezzle*, *cludgy*, *goofballism*): not the person's spelling to correct. A
quotation is such a passage when it runs to twenty words or more and the address of its source
follows it; a word or two in quotes is a term named (checker.py judges those), and a quote-tweet's
dozen words are as often the person's own retyping. Quotations are read as people write them:
straight or curly marks, and across paragraphs, where each quoted paragraph opens with a mark and
only the last one closes.
"""

from __future__ import annotations

import re

# Words in a quotation that make it a passage rather than a term or a phrase in quotes.
PASSAGE_WORDS = 20
# What follows a passage shared from elsewhere: the address of its source. A quotation followed by
# the person's own words is a reply or a retort, and its typos may well be theirs to fix.
_SOURCE = re.compile(r"[\s—–-]*(?:https?://|www\.)", re.IGNORECASE)


def quoted_passages(text: str, least_words: int = PASSAGE_WORDS) -> list[tuple[int, int]]:
    """The (start, end) spans inside double quotation marks holding at least ``least_words`` words
    and followed by an address. A quotation left open runs to the end of its paragraph (a quote
    cut short before its link)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for at, mark in enumerate(text):
        if mark not in '"“”':
            continue
        if opened is None:
            if mark != "”":
                opened = at + 1
            continue
        if mark == "“" or (mark == '"' and _opens_paragraph(text, at) and not _closes(text, at)):
            continue  # the next paragraph of the same quotation
        spans.append((opened, at))
        opened = None
    if opened is not None:
        end = text.find("\n\n", opened)
        spans.append((opened, len(text) if end < 0 else end))
    return [
        (start, end)
        for start, end in spans
        if len(text[start:end].split()) >= least_words and _SOURCE.match(text, end + (end < len(text)))
    ]


def _opens_paragraph(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return before.endswith("\n\n")


def _closes(text: str, at: int) -> bool:
    """A mark right after a word or a sentence's end closes; one before a word opens."""
    return at > 0 and not text[at - 1].isspace()
