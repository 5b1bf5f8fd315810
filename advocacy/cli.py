"""Command-line interface. ``main.py`` wires in the rules and the window; this module stays headless.

Exit codes: 0 the audit ran (even if some source failed: that is in the report), 1 it could not
run or finish (storage trouble, interrupted), 2 bad usage or an invalid profile file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from advocacy.audit_runner import AuditServices, run_audit
from advocacy.cancellation import CancelToken
from advocacy.cli_args import EXIT_FAILED, EXIT_OK, EXIT_USAGE, build_parser
from advocacy.credentials import CredentialStore
from advocacy.domain.audit_input import Rule, Scorer
from advocacy.domain.profile import ProfileConfig
from advocacy.errors import AdvocacyError, Cancelled, InvalidProfileFile, NothingToAudit
from advocacy.http_cache import SqliteHttpCache
from advocacy.logging_setup import configure_logging
from advocacy.paths import data_dir, database_path, http_cache_path, saved_profile_path
from advocacy.profile_file import load_profile
from advocacy.report import render_json, render_text
from advocacy.report_html import render_html
from advocacy.sample import load_sample_profile
from advocacy.sample_replay import sample_session
from advocacy.storage import Store
from advocacy.terminal import for_terminal, json_for_terminal

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


def services_for(is_sample: bool, *, credentials: CredentialStore | None = None) -> AuditServices:
    if is_sample:
        # The sample keeps its own history, apart from the user's real audits.
        return AuditServices(store=Store(data_dir() / "sample.sqlite3"), session_factory=sample_session)
    return AuditServices(
        store=Store(database_path()),
        http_cache=SqliteHttpCache(http_cache_path()),
        credentials=credentials or CredentialStore(),
    )


def _write_atomically(path: Path, text: str) -> None:
    path = path.expanduser()
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
    resolved = _profile_or_usage_error(args, stderr)
    if resolved is None:
        return EXIT_USAGE
    config, is_sample = resolved
    cancel = CancelToken()
    show_progress = stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show_progress:
            print(f"\rAuditing… {100 * done // max(1, total)}%", end="", file=stderr, flush=True)

    try:
        report = run_audit(
            config, rules=rules, scorer=scorer, services=services_for(is_sample), cancel=cancel, on_progress=progress
        )
    except (Cancelled, KeyboardInterrupt):
        print("\nadvocacy: audit cancelled.", file=stderr)
        return EXIT_FAILED
    except NothingToAudit:
        where = "The sample" if is_sample else str(args.profile or saved_profile_path())
        say(stderr, f"advocacy: {where} names no account to audit. {_WHAT_TO_ADD}")
        return EXIT_USAGE
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED
    if show_progress:
        print("\r" + " " * 20 + "\r", end="", file=stderr)
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
    # Nothing could be read: the report says why, and the exit code must not pass for a clean audit.
    return EXIT_OK if report.score is not None else EXIT_FAILED


def main_headless(argv: Sequence[str], *, rules: Sequence[Rule], scorer: Scorer) -> int:
    """Entry for ``advocacy audit``; also usable without Qt installed."""
    args = build_parser().parse_args(list(argv))
    if args.command == "compose":
        return run_compose_command(args)
    if args.command == "suggest":
        configure_logging(verbose=args.verbose)
        return run_suggest_command(args)
    if args.command != "audit":
        print("advocacy: this command needs the window; run 'advocacy' or 'advocacy audit'.", file=sys.stderr)
        return EXIT_USAGE
    configure_logging(verbose=args.verbose)
    return run_audit_command(args, rules=rules, scorer=scorer)


def run_compose_command(
    args: argparse.Namespace, *, stdin: TextIO | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """``advocacy compose``; lives in ``advocacy.compose_cli``, imported on use."""
    from advocacy.compose_cli import run_compose_command as run

    return run(args, stdin=stdin, stdout=stdout, stderr=stderr)


def run_suggest_command(args: argparse.Namespace, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    import json
    from datetime import UTC, datetime

    from advocacy.domain.models import Network
    from advocacy.http_session import HttpClient
    from advocacy.sharing.content import gather
    from advocacy.sharing.suggest import suggest, suggestion_json

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    resolved = _profile_or_usage_error(args, stderr)
    if resolved is None:
        return EXIT_USAGE
    config, is_sample = resolved
    if args.limit <= 0:
        print("advocacy: --limit must be a whole number above 0.", file=stderr)
        return EXIT_USAGE
    services = services_for(is_sample)
    client = HttpClient(services.session_factory(), policy=services.policy, cache=services.http_cache)
    endpoints = {Network.MASTODON: config.endpoints.mastodon, Network.BLUESKY: config.endpoints.bluesky}
    try:
        gathered = gather(config.company, client=client, library=args.library, endpoints=endpoints)
        store = services.store
        latest = store.latest_audit() if store else None
        shared = store.shared_item_keys() if store else set()
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED
    finally:
        client.close()
    for problem in gathered.problems:
        say(stderr, f"advocacy: {problem}")
    found = suggest(config, list(gathered.items), latest=latest, shared=shared, now=datetime.now(UTC), limit=args.limit)
    if args.format == "json":
        document = json.dumps([suggestion_json(s) for s in found], indent=2, ensure_ascii=False)
        stdout.write(json_for_terminal(document) + "\n")
        return EXIT_OK
    if not found:
        say(stdout, "Nothing new to share right now.")
    for number, suggestion in enumerate(found, start=1):
        item = suggestion.ranked.item
        say(stdout, f"{number}. {item.title}\n   {item.url}\n   {suggestion.ranked.reason} · {item.source}")
        for network, draft in suggestion.drafts.items():
            state = "fits" if draft.fits else "too long"
            say(stdout, f"   {network.label} ({draft.length}/{draft.limit}, {state}): {draft.text}")
        print(file=stdout)
    return EXIT_OK
