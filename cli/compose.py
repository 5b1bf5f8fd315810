"""``advocacy compose``: count a draft exactly as a network counts it, and print its share link.

Exit codes: 0 the draft fits, 1 it does not (too long, or a character the network refuses),
2 bad usage or bad input (text that is not UTF-8, an empty draft, an option that does not apply,
an instance that names no server). Every problem is one sentence on standard error.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from advocacy.domain.networks import NETWORKS, Network
from advocacy.errors import InvalidInstance, NoShareLink
from advocacy.workspace import count_draft, draft_is_blank, server_address, share_link_for
from cli.args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cli.common import MAX_DRAFT_BYTES, BadInput, read_text, say, silence_broken_pipe, text_or_bad_input

MAX_INSTANCE_LIMIT = 1_000_000  # the largest instance limit seen is 200,000 (Friendica); more is a slip


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


def run(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Print the counted length, the limit, whether it fits, and the share link. Exit 1 if it does not fit."""
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    network = Network(args.network)
    try:
        _check_options(args, network)
        link = None
        if args.instance is not None:
            server_address(text_or_bad_input(args.instance, "The --instance given"))  # checked before reading
        text = _draft(args, stdin)
        if draft_is_blank(text):
            raise BadInput("The draft is empty: it has nothing but spaces, line breaks or invisible characters.")
        no_link = ""
        if not network.facts.federated or args.instance is not None:
            try:
                link = share_link_for(network, text, server=args.instance)
            except NoShareLink as exc:  # a fact about the network, not a mistake: the count still stands
                no_link = str(exc)
    except (BadInput, InvalidInstance) as exc:
        say(stderr, f"advocacy: {exc}")
        return EXIT_USAGE
    counted = count_draft(network, text, args.limit)
    try:
        say(stdout, counted.sentence())
        if link is not None:
            say(stdout, f"Share link: {link}")
        elif no_link:
            say(stdout, f"No share link: {no_link}")
    except BrokenPipeError:
        silence_broken_pipe(stdout)
    return EXIT_OK if counted.fits else EXIT_FAILED
