"""What every command shares: the one way to print, reading input strictly, and opening the
profile's workspace. The commands reach the core only through ``advocacy.workspace``, as the window does.

Tokens come from the keyring, or for one run from ``ADVOCACY_TOKEN_<NETWORK>`` environment
variables (``advocacy.credentials.token_variable``), never from arguments: other users of the
computer can read a command's arguments in the process list.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO, TypeVar

from advocacy.domain.audit_input import Rule, Scorer
from advocacy.domain.profile import ProfileConfig
from advocacy.errors import AdvocacyError, InvalidProfileFile
from advocacy.sample import load_sample_profile
from advocacy.terminal import for_terminal, json_for_terminal
from advocacy.workspace import Workspace, command_line_credentials, load_profile_file, profile_to_open
from cli.args import EXIT_FAILED, EXIT_USAGE

T = TypeVar("T")

# No network takes a post near this long; a bigger input is a mistake (the wrong file, a stream).
MAX_DRAFT_BYTES = 1_000_000


class BadInput(ValueError):
    """The command cannot go on; the message is one sentence for the user."""


# Printing -----------------------------------------------------------------------------------------


def say(stream: TextIO, text: str = "", *, end: str = "\n", flush: bool = False) -> None:
    """Print ``text``. It may come from servers and files, so its control codes are made visible
    (``for_terminal``); a character the stream's encoding lacks is escaped rather than failing the
    command. ``end`` is the app's own and written as it is: nothing after a question, ``\\r`` after
    a progress line that the next one overwrites."""
    text = for_terminal(text)
    encoding = getattr(stream, "encoding", None)
    if encoding:
        try:
            text.encode(encoding)
        except UnicodeEncodeError:
            text = text.encode(encoding, "backslashreplace").decode(encoding)
        except LookupError:
            pass
    print(text, end=end, file=stream, flush=flush)


def print_json(stream: TextIO, document: object) -> None:
    """``document`` as indented JSON; DEL and C1 controls escaped (``json_for_terminal``), which any
    JSON reader reads back as the same characters."""
    stream.write(json_for_terminal(json.dumps(document, indent=2, ensure_ascii=False)) + "\n")


def silence_broken_pipe(stream: TextIO) -> None:
    """The reader went away (``| head``): send what is left to nowhere, so exiting is quiet too."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())


def asked(question: str, stdin: TextIO | None, stdout: TextIO, *, no_terminal: str) -> bool:
    """Ask ``question`` [y/N] at the terminal; with no terminal to ask on, ``BadInput(no_terminal)``:
    a command that changes what cannot be undone never goes on unasked."""
    if stdin is None or not stdin.isatty():
        raise BadInput(no_terminal)
    say(stdout, f"{question} [y/N] ", end="", flush=True)
    return stdin.readline().strip().lower() in ("y", "yes")


# Reading input strictly ---------------------------------------------------------------------------


def _first_surrogate(text: str) -> int | None:
    """Where the first lone surrogate is: Python's stand-in for bytes that were not UTF-8."""
    return next((i for i, c in enumerate(text) if "\ud800" <= c <= "\udfff"), None)


def decode_utf8(data: bytes, where: str) -> str:
    """The text of ``data`` (a leading byte-order mark dropped); ``BadInput`` if it is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start + len(data) - len(exc.object)  # the decoder's offsets do not count a byte-order mark
        raise BadInput(f"{where} is not UTF-8 text (byte 0x{data[offset]:02X} at offset {offset:,}).") from None


def describe_size(limit: int) -> str:
    """50 MB, 1 MB, 4,096 bytes."""
    return f"{limit / 1_000_000:g} MB" if limit >= 1_000_000 else f"{limit:,} bytes"


def read_text(stream: TextIO | None, where: str, limit: int | None = None) -> str:
    """All of ``stream``, strictly UTF-8 whatever the locale says; ``BadInput`` past ``limit`` bytes,
    or if the stream is closed or cannot be read."""
    if stream is None:  # Python's sys.stdin when the process was started with it closed
        raise BadInput(f"{where} cannot be read: standard input is closed.")
    binary = getattr(stream, "buffer", None)
    try:
        if binary is not None:
            data = binary.read() if limit is None else binary.read(limit + 1)
            if limit is not None and len(data) > limit:
                raise BadInput(f"{where} is over the limit of {describe_size(limit)}.")
            return decode_utf8(data, where)
        text = stream.read() if limit is None else stream.read(limit + 1)
    except UnicodeDecodeError:
        raise BadInput(f"{where} is not UTF-8 text.") from None
    except OSError as exc:
        raise BadInput(f"{where} cannot be read ({exc.strerror or type(exc).__name__}).") from None
    if limit is not None and len(text) > limit:
        raise BadInput(f"{where} is over the limit of {describe_size(limit)}.")
    return text_or_bad_input(text.removeprefix("\ufeff"), where)


def text_or_bad_input(text: str, where: str) -> str:
    """``text`` unless it holds a lone surrogate (bytes that were not UTF-8, e.g. in a command-line argument)."""
    position = _first_surrogate(text)
    if position is not None:
        raise BadInput(f"{where} is not UTF-8 text (an undecodable byte at character {position + 1:,}).")
    return text


# The profile and its workspace --------------------------------------------------------------------


def resolve_profile(profile: Path | None, sample: bool) -> tuple[ProfileConfig, bool]:
    """Which profile to use: the sample, a named file, or the saved one. Returns (config, is_sample)."""
    if sample and profile is not None:
        raise InvalidProfileFile("--sample and --profile name two different profiles: give one of them.")
    if sample:
        return load_sample_profile(), True
    path = profile_to_open(profile)
    if path is None:
        raise InvalidProfileFile(
            "No profile has been saved yet: start the app to set one up, or pass --profile FILE or --sample."
        )
    return load_profile_file(path), False


def _profile_or_usage_error(args: argparse.Namespace, stderr: TextIO) -> tuple[ProfileConfig, bool] | None:
    try:
        config, is_sample = resolve_profile(args.profile, args.sample)
    except InvalidProfileFile as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return None
    for note in config.notes:
        say(stderr, f"advocacy: note: {note}")
    return config, is_sample


def load_workspace(
    args: argparse.Namespace,
    stderr: TextIO,
    *,
    rules: Sequence[Rule] = (),
    scorer: Scorer | None = None,
    tokens: bool = True,
) -> Workspace | None:
    """The workspace of the profile the command names; ``None`` after a one-line usage error.
    ``tokens=False`` for commands that only read local data: they need not load the keyring."""
    resolved = _profile_or_usage_error(args, stderr)
    if resolved is None:
        return None
    config, is_sample = resolved
    path = None if is_sample else profile_to_open(args.profile)
    # The sample never goes online, so it needs no tokens.
    credentials = command_line_credentials(config) if tokens and not is_sample else None
    try:
        workspace = Workspace.open(
            config, is_sample=is_sample, path=path, credentials=credentials, rules=rules, scorer=scorer
        )
    except AdvocacyError as exc:  # the local database cannot be opened
        say(stderr, f"advocacy: {exc.user_message}")
        return None
    try:
        for notice in workspace.notices():  # a damaged database kept aside, and what was recovered
            say(stderr, f"advocacy: {notice}")
    except AdvocacyError:
        pass  # a store that cannot be opened at all: the command itself says so, or audits without it
    return workspace


def read_from_workspace(args: argparse.Namespace, stderr: TextIO, read: Callable[[Workspace], T]) -> T | int:
    """What ``read`` gets from the profile's workspace, or the exit code after one sentence on stderr
    (2: the profile cannot be used; 1: the local data cannot be read)."""
    workspace = load_workspace(args, stderr, tokens=False)
    if workspace is None:
        return EXIT_USAGE
    try:
        return read(workspace)
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED


# Writing a file -----------------------------------------------------------------------------------


def write_atomically(path: Path, content: str | bytes) -> None:
    """A regular file is replaced whole (a crash never leaves half a report); a link is followed so
    the file it points at is the one updated; anything else (a device, a pipe) is written to as it
    is, never replaced by a file of ours. Text is written as UTF-8."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    path = path.expanduser()
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file():
        with path.open("wb") as handle:
            handle.write(data)
        return
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def deliver(content: str | bytes, output: Path | None, stdout: TextIO, stderr: TextIO) -> bool:
    """A report to ``output`` (or standard output; a PDF only where it can take bytes); False, after
    one sentence, when it cannot be written."""
    if output is None:
        if isinstance(content, bytes):
            binary: BinaryIO | None = getattr(stdout, "buffer", None)
            if binary is None:
                say(stderr, "advocacy: this output cannot take a PDF: add --output report.pdf.")
                return False
            binary.write(content)
            binary.flush()
        else:
            stdout.write(content)  # the renderers made every value from a server or a file safe to print
        return True
    try:
        write_atomically(output, content)
    except OSError as exc:
        say(stderr, f"advocacy: cannot write {output} ({exc.strerror or exc}).")
        return False
    return True
