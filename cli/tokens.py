"""``advocacy tokens``: the secrets the profile's accounts keep in the system keyring, as File →
Accounts and tokens shows them. The value is never printed.

``advocacy tokens`` (or ``tokens list``) says, per account, whether a token is kept; ``tokens set
SERVICE [ACCOUNT]`` reads one from standard input (typed without echo at a terminal; never an
argument, where other users could see it) and keeps it; ``tokens delete SERVICE [ACCOUNT]`` removes
it. SERVICE is a network (mastodon, bluesky, github, misskey) or languagetool; ACCOUNT is needed
only when the profile has more than one for that service.

Exit codes: 0 done, 1 the keyring cannot be used, 2 bad usage or an unusable profile file.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from advocacy.errors import AdvocacyError, CredentialsUnavailable
from advocacy.tokens import NoSuchTokenAccount, TokenAccount, Tokens, find_account
from cli.args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cli.common import load_workspace, say


def run(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    workspace = load_workspace(args, stderr)
    if workspace is None:
        return EXIT_USAGE
    tokens = workspace.tokens()
    action = args.action or "list"
    try:
        if action == "list":
            return _list(tokens, stdout)
        if not args.service:
            say(stderr, f"advocacy: name the service, e.g. advocacy tokens {action} mastodon")
            return EXIT_USAGE
        return _change(tokens, action, find_account(tokens.accounts, args.service, args.account), stdin, stdout, stderr)
    except NoSuchTokenAccount as exc:
        say(stderr, f"advocacy: {exc}")
        return EXIT_USAGE
    except AdvocacyError as exc:  # the keyring cannot be read or written: one sentence, with the way out
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED


def _change(tokens: Tokens, action: str, account: TokenAccount, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    if action == "delete":
        tokens.forget(account)
        say(stdout, f"{account.label}: no token kept now.")
        return EXIT_OK
    tokens.state(account)  # a keyring that cannot keep it says so before the token is typed
    secret = _read_secret(account, stdin)
    if not secret:
        say(stderr, "advocacy: no token was given on standard input; nothing was changed.")
        return EXIT_USAGE
    tokens.keep(account, secret)
    say(stdout, f"{account.label}: the token is kept in {tokens.keyring_name}.")
    return EXIT_OK


def _list(tokens: Tokens, stdout: TextIO) -> int:
    if not tokens.accounts:
        say(stdout, "This profile has no account that takes a token.")
        return EXIT_OK
    unreadable: AdvocacyError | None = None
    for account in tokens.accounts:
        try:
            state = tokens.state(account).value
        except AdvocacyError as exc:  # the accounts are still listed; the sentence comes once, after
            unreadable = unreadable or exc
            state = "cannot be checked"
        say(stdout, f"{account.label}: {state} ({account.use})")
    if unreadable is not None:
        # Said once, for every account listed, never with one network's variable alone.
        raise CredentialsUnavailable(tokens.keyring_problem or unreadable.user_message)
    return EXIT_OK


def _read_secret(account: TokenAccount, stdin: TextIO) -> str:
    """At a terminal the token is typed without echo; from a pipe its first line is the token."""
    if stdin.isatty():
        try:
            return getpass.getpass(f"Token for {account.label} (not shown): ").strip()
        except EOFError:  # Ctrl+D at the prompt: nothing given
            return ""
    return stdin.readline().strip()
