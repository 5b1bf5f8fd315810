"""Split social text into the words worth spell-checking.

Most false flags in social text come from tokenization, not from the dictionary, so everything
that is not prose is stepped over: URLs and bare domains, e-mail addresses, ``@handles``
(``@user@instance`` too), ``#hashtags``, custom emoji shortcodes (``:blobcat:``), code spans,
numbers and anything with a digit or an underscore, ALL-CAPS acronyms and CamelCase names. Emoji
and punctuation never form words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

_TLDS = (
    "com|org|net|io|dev|app|ai|co|uk|de|fr|nl|eu|us|ca|au|edu|gov|info|me|social|blog|tech|xyz|ly|gg|tv|"
    "fm|so|sh|site|online|cloud|page|news|biz|ch|at|be|es|it|se|no|dk|fi|pl|jp|in|br|nz|ie|zone|team|tools"
)
_NOT_PROSE = re.compile(
    r"`[^`\n]+`"  # inline code
    r"|```.*?```"  # code block
    r"|(?:https?://|www\.)\S+"
    r"|(?<![\w:]):[A-Za-z0-9_+-]{2,}:(?![\w:])"  # a custom emoji's shortcode: :blobthinkingeyes:
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail before handles: both have an @
    r"|(?<![\w@])@[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?"  # @user, @user@instance, @handle.bsky.social
    r"|(?<![\w@])@ (?-i:[a-z])[\w.-]*"  # a handle with a stray space (at @ feraldat tonight)
    r"|(?<![\w&])#\w+"
    rf"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})\b(?:/\S*)?"  # bare domains: example.com/page
    # Code written in a sentence: dotted names and file names (process.nextTick, notes.txt, brid.gy),
    # a file extension or dotfile (.qmd, .bashrc), a call (ungroup(), df.head(5)), a package in
    # braces ({dplyr}), command-line flags (-xeu, --no-cache) and a stack joined by + (Ruby+Rails).
    r"|(?<![\w.])[^\W\d]\w*(?:\.[^\W\d][\w-]*)+(?:\([^()\s]*\))?"
    r"|(?<![\w.])\.[A-Za-z]\w*"
    r"|\b\w+\((?:[^()\s]{2,})?\)"
    r"|\{[^{}\s]+\}"
    r"|(?<=[ \t])-[A-Za-z][\w-]*(?=[\s\"'”’),.;:]|$)"
    r"|(?<!\S)--[A-Za-z][\w-]*"
    r"|(?<![\w+])\w+(?:\+\w+)+(?![\w+])",
    re.DOTALL | re.IGNORECASE,
)
_NO_WORD_THIS_LONG = re.compile(r"(?<!\S)\S{120,}")
# A run of letters (with any combining accents: "mừng" may be written as m, ư and a combining grave),
# apostrophes and hyphens, or anything glued to digits/underscores (skipped whole).
# A soft hyphen (U+00AD) only says where a line may break: it is inside the word, not between two.
_CHUNK = re.compile(r"[\w'’\-\u0300-\u036f\u00ad]+")
# French and Italian elisions (l'on, d'Italia, t'aime, qu'il): another language's words.
_ELISION = re.compile(r"(?:[cdjlmnst]|qu)['’][^\W\d_]{2,}", re.IGNORECASE)
_APOSTROPHES = "'’"
_OPENERS = "\"'“‘«([{•*>-–—"
_SENTENCE_END = ".!?…:"
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036f]+")
# The letters English words are written with, loanwords' accents included (café, naïve, façade,
# jalapeño, über, rôle): not å, æ, ø, ß, ð, þ, ã, õ, which mark Nordic, German or Portuguese words.
_ENGLISH_LETTERS = re.compile(r"[A-Za-zÀÁÂÄÇÈÉÊËÍÎÏÑÓÔÖÚÛÜàáâäçèéêëíîïñóôöúûü]+")
_CAMEL = re.compile(r"[a-z\u00DF-\u00FF][A-Z]")


@dataclass(frozen=True)
class Word:
    """A word to check: ``text[start:end]``, and whether it opens a sentence."""

    start: int
    end: int
    text: str
    sentence_start: bool
    # The whole hyphenated compound this word is a part of (``work-arounds``), as (start, end).
    compound: tuple[int, int] | None = None
    # Written with letters English never uses (ư, ł, ş, a combining accent): another language's word.
    # Never judged as English; it tells the checker what language the text around it is in.
    other_letters: bool = False

    def __hash__(self) -> int:
        # Words are looked up in sets many times per text: their place alone tells them apart, and
        # hashing it is a third of the cost of hashing every field.
        return hash((self.start, self.end))

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


def _is_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in _OPENERS):
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    return text[i] in _SENTENCE_END


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


# A line of code pasted whole (sed 's/^[0-9]*. //' chat.txt | sort > out.txt): the symbols only
# code is written with, many of them and of several kinds. Prose has an emoticon or an arrow, and
# a line of them (<3 <3 ^_^ >>>) is still prose: those marks are not counted.
_CODE_SYMBOLS = frozenset("\\/|{}[]$=;`")
_CODE_LINE_SYMBOLS = 8
_CODE_LINE_KINDS = 3
_CODE_LINE_SHARE = 0.1


def _is_code_line(line: str) -> bool:
    symbols = [c for c in line if c in _CODE_SYMBOLS]
    return (
        len(symbols) >= _CODE_LINE_SYMBOLS
        and len(set(symbols)) >= _CODE_LINE_KINDS
        and len(symbols) >= _CODE_LINE_SHARE * sum(1 for c in line if not c.isspace())
    )


def _masked(text: str) -> str:
    """The text with every non-prose span blanked out, so offsets stay the same."""
    # A run this long is no word (a hash, a base64 blob, a pasted URL): blanking it first also keeps
    # the patterns below linear, which otherwise backtrack over it from every position.
    masked = _NOT_PROSE.sub(_blank, _NO_WORD_THIS_LONG.sub(_blank, text))
    if any(c in _CODE_SYMBOLS for c in masked):
        masked = "\n".join(" " * len(line) if _is_code_line(line) else line for line in masked.split("\n"))
    for quote in _QUOTED.finditer(text):
        inside = quote.group(1)
        if len(inside.split()) <= _COMMAND_WORDS and _FLAG_OR_NAME.search(inside):
            masked = masked[: quote.start(1)] + " " * len(inside) + masked[quote.end(1) :]
    return masked


# A short quotation holding a command ("journalctl -u web.service", 'git commit --amend'): the
# words around its flags and file names are the command's, not prose.
_QUOTED = re.compile(r"[\"“'‘]([^\"“”'‘’\n]{1,80})[\"”'’]")
_FLAG_OR_NAME = re.compile(r"(?:^|(?<=[ \t]))--?[A-Za-z]|[^\W\d]\.[^\W\d]|\w\(")
_COMMAND_WORDS = 4


_DIGIT_OR_CAMEL = re.compile(r"[\d_]|[a-z\u00DF-\u00FF][A-Z]")


_ACRONYM_PLURAL = re.compile(r"(?:['’]?s)$")


def _skip_chunk(chunk: str) -> bool:
    """Anything with a digit or an underscore, an acronym (NASA, IT) and its plural (APIs, URL's),
    CamelCase (GitHub, iPhone)."""
    if _DIGIT_OR_CAMEL.search(chunk):
        return True
    acronym = _ACRONYM_PLURAL.sub("", chunk) if chunk[-1:] == "s" else chunk
    return acronym.isupper() and sum(c.isalpha() for c in acronym) >= 2


def _parts(chunk: str) -> Iterator[tuple[int, str]]:
    """Hyphenated words part by part, with each part's offset in the chunk."""
    if "-" not in chunk:
        yield 0, chunk
        return
    for part in re.finditer(r"[^\-]+", chunk):
        yield part.start(), part.group(0)


def words(text: str) -> Iterator[Word]:
    """The words of ``text`` to spell-check, with their exact offsets, left to right."""
    masked = _masked(text)
    for match in _CHUNK.finditer(masked):
        chunk = match.group(0)
        if _skip_chunk(chunk):
            continue
        offset = match.start()
        whole = chunk.strip(_APOSTROPHES + "-")
        compound = None
        if "-" in whole:
            begin = offset + chunk.index(whole)
            compound = (begin, begin + len(whole))
        for at, part in _parts(chunk):
            lead, piece = 0, part
            if part[0] in _APOSTROPHES or part[-1] in _APOSTROPHES:  # a quote mark, not part of the word
                lead = len(part) - len(part.lstrip(_APOSTROPHES))
                piece = part.strip(_APOSTROPHES)
            if not piece or not _LATIN.fullmatch(piece.replace("'", "").replace("’", "").replace("\u00ad", "")):
                continue  # another script, or only apostrophes: no English dictionary applies
            start = offset + at + lead
            plain = unicodedata.normalize("NFC", piece.replace("'", "").replace("’", "").replace("\u00ad", ""))
            other = not _ENGLISH_LETTERS.fullmatch(plain) or bool(_ELISION.fullmatch(piece))
            yield Word(start, start + len(piece), piece, _is_sentence_start(text, start), compound, other)
