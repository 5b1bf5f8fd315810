"""The person's own words: a plain text file beside their profile, one word per line.

Added to from a spelling finding ("Add to my words") or with ``advocacy words add``; read by every
audit and draft check, so a word added once is never flagged again. Words are added by appending a
line, which two copies of the app can do at the same time without losing either; a removal rewrites
the file in one step. A file that cannot be read is said, never replaced.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from advocacy.errors import AdvocacyError
from advocacy.paths import FolderUnusable, config_dir, config_file
from advocacy.store_files import write_text_atomically

FILE_NAME = "my-words.txt"
_HEADER = "# Words the spelling check accepts as yours, one per line (lines starting with # are notes).\n"
_WORD = re.compile(r"[^\s#]{1,64}")


class MyWordsUnreadable(AdvocacyError):
    pass


class MyWordsUnwritable(AdvocacyError):
    pass


def my_words_path() -> Path:
    """Where the words are: read from there even when the folder cannot be written to."""
    return config_file(FILE_NAME)


def _words_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def read_my_words(path: Path | None = None) -> tuple[str, ...]:
    """The words as written, in the order added, each once (compared without case)."""
    path = path or my_words_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):  # none there (a file in the folder's place holds none)
        return ()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "it is not plain text"
        raise MyWordsUnreadable(
            f"Your words in {path} could not be read ({reason}); the file was left as it is."
        ) from None
    unique: dict[str, str] = {}
    for word in _words_of(text):
        unique.setdefault(word.lower(), word)
    return tuple(unique.values())


def check_word(word: str) -> str:
    """The word as it will be kept, or ``ValueError`` with the one sentence to show."""
    word = word.strip()
    if not _WORD.fullmatch(word):
        raise ValueError(f"{word!r} is not one word: give a single word without spaces or '#'.")
    return word


def add_my_words(words: Iterable[str], path: Path | None = None) -> tuple[str, ...]:
    """Add ``words`` (each checked with ``check_word``); returns the ones that were new."""
    path = path or my_words_path()
    known = {w.lower() for w in read_my_words(path)}
    new = list({w.lower(): w for w in (check_word(w) for w in words) if w.lower() not in known}.values())
    if not new:
        return ()
    lines = ("" if path.exists() else _HEADER) + "".join(f"{w}\n" for w in new)
    try:
        _folder_for(path)
        # One append of a few bytes: another copy of the app appending at the same time loses nothing.
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, lines.encode("utf-8"))
        finally:
            os.close(fd)
    except (OSError, FolderUnusable) as exc:
        raise MyWordsUnwritable(_unwritable(path, exc)) from None
    return tuple(new)


def _folder_for(path: Path) -> None:
    """The file's folder, made (and, the app's own, made private) before it is written."""
    if path.parent == config_file(FILE_NAME).parent:
        config_dir()
    else:
        path.parent.mkdir(parents=True, exist_ok=True)


def _unwritable(path: Path, exc: OSError | FolderUnusable) -> str:
    why = f": its folder is {exc.why}" if isinstance(exc, FolderUnusable) else f" ({exc.strerror or exc})"
    return f"Your words in {path} could not be saved{why}; the file was left as it is."


def remove_my_words(words: Iterable[str], path: Path | None = None) -> tuple[str, ...]:
    """Take ``words`` out; returns the ones that were there."""
    path = path or my_words_path()
    gone = {w.strip().lower() for w in words}
    kept = read_my_words(path)
    removed = tuple(w for w in kept if w.lower() in gone)
    if removed:
        try:
            _folder_for(path)
            write_text_atomically(path, _HEADER + "".join(f"{w}\n" for w in kept if w.lower() not in gone))
        except (OSError, FolderUnusable) as exc:
            raise MyWordsUnwritable(_unwritable(path, exc)) from None
    return removed
