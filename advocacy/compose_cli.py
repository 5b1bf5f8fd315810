"""``advocacy compose``: count a draft exactly as a network counts it, and print its share link.

Exit codes: 0 the draft fits, 1 it does not (too long, or a character the network refuses),
2 bad usage or bad input (text that is not UTF-8, an empty draft, an option that does not apply,
an instance that names no server). Every problem is one sentence on standard error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import TextIO

from advocacy.cli_args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from advocacy.domain.networks import NETWORKS, Network
from advocacy.terminal import for_terminal

# No network takes a post near this long; a bigger input is a mistake (the wrong file, a stream).
MAX_DRAFT_BYTES = 1_000_000
MAX_INSTANCE_LIMIT = 1_000_000  # the largest instance limit seen is 200,000 (Friendica); more is a slip


class BadInput(ValueError):
    """The command cannot go on; the message is one sentence for the user."""


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


def emit(line: str, stream: TextIO) -> None:
    """Print one line made safe for a terminal; a character the stream's encoding lacks is escaped."""
    line = for_terminal(line)
    encoding = getattr(stream, "encoding", None)
    if encoding:
        try:
            line.encode(encoding)
        except UnicodeEncodeError:
            line = line.encode(encoding, "backslashreplace").decode(encoding)
        except LookupError:
            pass
    print(line, file=stream)


def text_or_bad_input(text: str, where: str) -> str:
    """``text`` unless it holds a lone surrogate (bytes that were not UTF-8, e.g. in a command-line argument)."""
    position = _first_surrogate(text)
    if position is not None:
        raise BadInput(f"{where} is not UTF-8 text (an undecodable byte at character {position + 1:,}).")
    return text


def silence_broken_pipe(stream: TextIO) -> None:
    """The reader went away (``| head``): send what is left to nowhere, so exiting is quiet too."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())


def _draft(args: argparse.Namespace, stdin: TextIO | None) -> str:
    if args.text == "-":
        text = read_text(stdin, "The draft on standard input", MAX_DRAFT_BYTES)
    else:
        text = text_or_bad_input(args.text, "The draft given on the command line")
    return text.rstrip("\r\n")


def _check_options(args: argparse.Namespace, network: Network) -> None:
    federated = " and ".join(f.label for f in NETWORKS if f.federated)
    if args.limit is not None and not network.facts.federated:
        raise BadInput(
            f"--limit applies only to {federated}, where each server sets its own; {network.label}'s limit is fixed."
        )
    if args.limit is not None and not 0 < args.limit <= MAX_INSTANCE_LIMIT:
        raise BadInput(f"--limit must be a whole number from 1 to {MAX_INSTANCE_LIMIT:,}.")
    if args.instance is not None and not network.facts.federated:
        raise BadInput(f"--instance applies only to {federated}; {network.label} has one address for everyone.")


def run_compose_command(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Print the counted length, the limit, whether it fits, and the share link. Exit 1 if it does not fit."""
    from advocacy.networks import counter_for
    from advocacy.sharing.counting import is_blank
    from advocacy.sharing.intents import InvalidInstance, mastodon_base, share_url

    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    network = Network(args.network)
    try:
        _check_options(args, network)
        link = None
        if args.instance is not None:
            mastodon_base(text_or_bad_input(args.instance, "The --instance given"))  # checked before reading
        text = _draft(args, stdin)
        if is_blank(text):
            raise BadInput("The draft is empty: it has nothing but spaces, line breaks or invisible characters.")
        if not network.facts.federated or args.instance is not None:
            link = share_url(network, text, server=args.instance)
    except (BadInput, InvalidInstance) as exc:
        emit(f"advocacy: {exc}", stderr)
        return EXIT_USAGE
    counted = counter_for(network, args.limit)(text)
    try:
        emit(counted.sentence(), stdout)
        if link is not None:
            emit(f"Share link: {link}", stdout)
    except BrokenPipeError:
        silence_broken_pipe(stdout)
    return EXIT_OK if counted.fits else EXIT_FAILED
