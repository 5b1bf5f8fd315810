"""Command-line interface. ``main.py`` wires in the rules and the window; this module stays headless.
Every command goes through the profile's ``Workspace``, as the window does.

Exit codes: 0 the audit ran and read at least one network (failures are in the report), 1 it could
not run or finish (storage trouble, interrupted) or read nothing at all, 2 bad usage or an invalid
profile file. ``suggest`` exits 1 when a company source or the content library could not be read,
after printing what it could suggest from the others.

Tokens come from the keyring, or for one run from ``ADVOCACY_TOKEN_<NETWORK>`` environment
variables (``advocacy.credentials.token_variable``), never from arguments: other users of the
computer can read a command's arguments in the process list.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

from advocacy.cancellation import CancelToken
from advocacy.cli_args import EXIT_FAILED, EXIT_OK, EXIT_USAGE, HEADLESS_COMMANDS, build_parser
from advocacy.domain.audit_input import Rule, Scorer
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.records import ShareRecord
from advocacy.errors import AdvocacyError, Cancelled, InvalidProfileFile, NothingToAudit
from advocacy.logging_setup import configure_logging
from advocacy.paths import saved_profile_path
from advocacy.profile_file import load_profile
from advocacy.report import render_json, render_text
from advocacy.report_html import render_html
from advocacy.sample import load_sample_profile
from advocacy.terminal import for_terminal, json_for_terminal
from advocacy.wording import engagement_phrase, share_state_words
from advocacy.workspace import Workspace

T = TypeVar("T")

_WHAT_TO_ADD = (
    'Add at least one under [me.accounts]: mastodon = "@you@instance.social", bluesky = "you.bsky.social", '
    'github = "you", website = "https://you.example", linkedin_export = "path/to/export.zip" or '
    'x_archive = "path/to/archive.zip".'
)


def say(stream: TextIO, text: str) -> None:
    """Print one line; text from servers and files never reaches the terminal with its control codes."""
    print(for_terminal(text), file=stream)


def resolve_profile(profile: Path | None, sample: bool) -> tuple[ProfileConfig, bool]:
    """Which profile to audit: the sample, a named file, or the saved one. Returns (config, is_sample)."""
    if sample and profile is not None:
        raise InvalidProfileFile("--sample and --profile name two different profiles: give one of them.")
    if sample:
        return load_sample_profile(), True
    path = profile or saved_profile_path()
    if profile is None and not path.exists():
        raise InvalidProfileFile(
            "No profile has been saved yet: start the app to set one up, or pass --profile FILE or --sample."
        )
    return load_profile(path), False


def _profile_or_usage_error(args: argparse.Namespace, stderr: TextIO) -> tuple[ProfileConfig, bool] | None:
    try:
        config, is_sample = resolve_profile(args.profile, args.sample)
    except InvalidProfileFile as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return None
    for note in config.notes:
        say(stderr, f"advocacy: note: {note}")
    return config, is_sample


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
    path = None if is_sample else (args.profile or saved_profile_path())
    credentials = None
    if tokens and not is_sample:  # the sample never goes online
        from advocacy.credentials import CredentialStore

        credentials = CredentialStore(command_line=True)
        credentials.take_from_environment(config.me.accounts.configured())
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


def _write_atomically(path: Path, text: str) -> None:
    """A regular file is replaced whole (a crash never leaves half a report); a link is followed so
    the file it points at is the one updated; anything else (a device, a pipe) is written to as it
    is, never replaced by a file of ours."""
    path = path.expanduser()
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8") as handle:
            handle.write(text)
        return
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run_audit_command(
    args: argparse.Namespace,
    *,
    rules: Sequence[Rule],
    scorer: Scorer,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    workspace = load_workspace(args, stderr, rules=rules, scorer=scorer)
    if workspace is None:
        return EXIT_USAGE
    cancel = CancelToken()
    show_progress = stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show_progress:
            print(f"\rAuditing… {100 * done // max(1, total)}%", end="", file=stderr, flush=True)

    try:
        report = workspace.run_audit(cancel=cancel, on_progress=progress)
    except Cancelled:
        print("\nadvocacy: audit cancelled.", file=stderr)
        return EXIT_FAILED
    except NothingToAudit:
        where = "The sample" if workspace.is_sample else str(workspace.path)
        say(stderr, f"advocacy: {where} names no account to audit. {_WHAT_TO_ADD}")
        return EXIT_USAGE
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED
    if show_progress:
        print("\r" + " " * 20 + "\r", end="", file=stderr)
    # The audit goes on without tokens when the keyring fails (public profiles need none), but
    # the user must learn why a token they saved did not count.
    trouble = None if workspace.is_sample else workspace.credentials.trouble
    if trouble:
        say(stderr, f"advocacy: note: the audit went on without tokens. {trouble}")
    renderers = {"json": render_json, "text": render_text, "html": render_html}
    text = renderers[args.format](report)
    if args.output:
        try:
            _write_atomically(args.output, text)
        except OSError as exc:
            say(stderr, f"advocacy: cannot write {args.output} ({exc.strerror or exc}).")
            return EXIT_FAILED
    else:
        stdout.write(text)
    # Nothing could be read now: the report says why (and what saved data stood in), and the exit
    # code must not pass for a clean audit in a script.
    return EXIT_OK if report.coverage.read > 0 else EXIT_FAILED


def main_headless(argv: Sequence[str], *, rules: Sequence[Rule], scorer: Scorer) -> int:
    """Entry for the commands that need no window; also usable without Qt installed."""
    args = build_parser().parse_args(list(argv))
    if args.command not in HEADLESS_COMMANDS:
        print("advocacy: this command needs the window; run 'advocacy' or 'advocacy audit'.", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "compose":
        return run_compose_command(args)
    configure_logging(verbose=args.verbose)
    if args.command == "share":
        from advocacy.share_cli import run_share_command

        return run_share_command(args, rules=rules, scorer=scorer)
    if args.command == "plan":
        from advocacy.plan_cli import run_plan_command

        return run_plan_command(args)
    commands = {"suggest": run_suggest_command, "history": run_history_command}
    if args.command in commands:
        return commands[args.command](args)
    return run_audit_command(args, rules=rules, scorer=scorer)


def run_compose_command(
    args: argparse.Namespace, *, stdin: TextIO | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """``advocacy compose``; lives in ``advocacy.compose_cli``, imported on use."""
    from advocacy.compose_cli import run_compose_command as run

    return run(args, stdin=stdin, stdout=stdout, stderr=stderr)


def run_suggest_command(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    import json

    from advocacy.sharing.suggest import Suggestion, networks_for, suggestion_json

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if args.limit <= 0:
        say(stderr, "advocacy: --limit must be a whole number above 0.")
        return EXIT_USAGE
    workspace = load_workspace(args, stderr)
    if workspace is None:
        return EXIT_USAGE
    try:
        result = workspace.suggestions(library=args.library, limit=args.limit)
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED
    for problem in result.problems:
        say(stderr, f"advocacy: {problem}")
    found = [s for s in result.items if isinstance(s, Suggestion)]
    # What could be read is still printed; the exit code tells a script that something was missing.
    code = EXIT_FAILED if result.problems else EXIT_OK
    if args.format == "json":
        mine = networks_for(workspace.config)
        document = json.dumps([suggestion_json(s, mine) for s in found], indent=2, ensure_ascii=False)
        stdout.write(json_for_terminal(document) + "\n")
        return code
    if not found:
        say(stdout, "Nothing new to share right now.")
    for number, suggestion in enumerate(found, start=1):
        item = suggestion.ranked.item
        say(
            stdout,
            f"{number}. {item.title}\n   {item.url}\n   {suggestion.ranked.reason} · {item.source} · id {item.id}",
        )
        mine = networks_for(workspace.config)
        for network, draft in suggestion.drafts.items():
            if network not in mine:
                continue
            state = "fits" if draft.fits else "too long"
            say(stdout, f"   {network.label} ({draft.length}/{draft.limit}, {state}): {draft.text}")
        print(file=stdout)
    return code


def run_history_command(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Audits and shares, newest first: the same data as the History tab."""
    import json

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    read = read_from_workspace(args, stderr, lambda workspace: (workspace.history(), workspace.shares()))
    if isinstance(read, int):
        return read
    audits, shares = read
    if args.format == "json":
        document = {
            "audits": [
                {"id": a.id, "audited_at": a.audited_at.isoformat(), "score": a.score, "findings": a.findings_count}
                for a in audits
            ],
            "shares": [
                {
                    "created_at": s.created_at.isoformat(),
                    "network": s.network.value,
                    "item": s.item_key,
                    "text": s.text,
                    "state": s.state,
                    "url": s.post_url,
                    "scheduled_at": s.scheduled_at.isoformat() if s.scheduled_at else None,
                    "remote_id": s.remote_id,
                    "engagement": s.engagement.as_dict() if s.engagement else None,
                }
                for s in shares
            ],
        }
        stdout.write(json_for_terminal(json.dumps(document, indent=2, ensure_ascii=False)) + "\n")
        return EXIT_OK
    say(stdout, "Audits:" if audits else "No audits yet: run `advocacy audit`.")
    for a in audits:
        score = "not audited" if a.score is None else f"score {a.score}/100"
        say(stdout, f"  #{a.id}  {a.audited_at.astimezone():%Y-%m-%d %H:%M}  {score}  {a.findings_count} findings")
    say(stdout, "Shares:" if shares else "Nothing shared yet: `advocacy suggest` lists what you could share.")
    for s in shares:
        where = (s.post_url or "no address") + (f"  ({engagement_phrase(s.engagement)})" if s.engagement else "")
        say(
            stdout,
            f"  {s.created_at.astimezone():%Y-%m-%d %H:%M}  {s.network.label}{_share_state(s)}  {s.item_key}  {where}",
        )
    return EXIT_OK


def _share_state(share: ShareRecord) -> str:
    """The share's state in words (one wording for every front end); a posted one needs none."""
    words = share_state_words(share)
    return f" ({words})" if words else ""
