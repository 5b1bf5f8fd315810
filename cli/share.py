"""``advocacy share``: post a text, or a suggested item's draft, as your own account. Never twice.

Exit codes: 0 posted (or already posted: the existing post's address is printed and nothing is
sent), 1 the network refused or could not be reached (one sentence), 2 bad usage (no account for
that network, an empty or over-long draft, no confirmation possible).

"Never twice" holds across processes: the share is recorded as pending before the request leaves;
a run killed after sending and before recording is finished by the next identical run without a
second post (Mastodon answers the same Idempotency-Key with the same post; for Bluesky the recent
posts are looked at first), and a share that already went out is not posted again unless
``--again`` is given.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TextIO

from advocacy.domain.audit_input import Rule, Scorer
from advocacy.domain.models import Network
from advocacy.domain.networks import NETWORKS
from advocacy.domain.plan import MAX_AHEAD
from advocacy.domain.shares import ItemDraft
from advocacy.errors import AdvocacyError, CredentialsUnavailable, MissingCredential
from advocacy.wording import already_shared
from advocacy.workspace import Workspace, share_key
from cli.args import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from cli.common import MAX_DRAFT_BYTES, BadInput, load_workspace, read_text, say, text_or_bad_input


def _profile_account(workspace: Workspace, network: Network) -> str:
    account = workspace.config.me.accounts.get(network)
    if not account:
        raise BadInput(
            f"Your profile names no {network.label} account to post as; add one under [me.accounts] "
            f"{network.value} first."
        )
    return account


def _text_to_post(
    args: argparse.Namespace, workspace: Workspace, network: Network, stdin: TextIO | None
) -> tuple[str, str]:
    """(text, share key): the given text, or the draft `advocacy suggest` gives for ``--item``."""
    if args.item is not None:
        if args.text is not None:
            raise BadInput("Give either --item or a text to post, not both.")
        draft = _item_draft(args, workspace, network)
        return draft.text, draft.key
    if args.text is None:
        raise BadInput("Give the text to post (or - to read it from standard input), or --item ID.")
    if args.text == "-":
        text = read_text(stdin, "The text on standard input", MAX_DRAFT_BYTES)
    else:
        text = text_or_bad_input(args.text, "The text given on the command line")
    text = text.strip("\r\n")
    if re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text.replace("\r\n", "\n")):
        raise BadInput(
            "The text holds control characters (such as ESC or NUL) that would be posted as they are; remove them."
        )
    return text, share_key(network, text)


def _item_draft(args: argparse.Namespace, workspace: Workspace, network: Network) -> ItemDraft:
    try:
        return workspace.draft_for_item(args.item, network, library=args.library)
    except LookupError as exc:
        raise BadInput(str(exc)) from None


def _check_fits(workspace: Workspace, network: Network, text: str) -> None:
    problem = workspace.fits(network, text)
    if problem is not None:
        raise BadInput(problem)


def _scheduled_time(args: argparse.Namespace, network: Network) -> datetime | None:
    """``--at`` as an aware time, at least five minutes and at most a year ahead. A local time the
    clocks skip, or pass twice, is refused with the two times it could mean: never moved in silence."""
    if args.at is None:
        return None
    ahead = network.facts.schedule_ahead
    if ahead is None:
        raise BadInput(f"--at: {network.label} cannot hold a post to publish later; only {_scheduling()} can.")
    written = args.at.strip()
    when = _parsed_time(written)
    if when is None:
        example = (datetime.now().astimezone() + timedelta(days=1)).replace(hour=9, minute=30)
        raise BadInput(
            f"--at {args.at!r} is not a time that can be scheduled; write it as {example:%Y-%m-%dT%H:%M} or "
            f"{example:%Y-%m-%dT%H:%M%z}."
        )
    now = datetime.now(UTC)
    if when < now + ahead:
        minutes = int(ahead.total_seconds() // 60)
        raise BadInput(f"--at must be at least {minutes} minutes from now; {network.label} refuses anything sooner.")
    if when > now + MAX_AHEAD:
        raise BadInput("--at is more than a year ahead; choose a nearer time.")
    return when


def _parsed_time(written: str) -> datetime | None:
    """``written`` as an aware time, None when it is not one or is out of the range a clock can name."""
    try:
        when = datetime.fromisoformat(written.replace("Z", "+00:00"))
        if when.tzinfo is None:
            when = _local(when, written)  # no offset given: the computer's own time zone
        when.astimezone(UTC)  # 9999-12-31T23:59-23:59 has no UTC time: refused here, not later
    except BadInput:
        raise
    except (ValueError, OverflowError, OSError):
        return None
    return when


def _local(naive: datetime, written: str) -> datetime:
    """A wall-clock time in this computer's zone; one that does not exist there (clocks go forward)
    or exists twice (clocks go back) is refused, naming both readings with their offsets."""
    first, second = naive.replace(fold=0).astimezone(), naive.replace(fold=1).astimezone()
    if first.utcoffset() == second.utcoffset():
        return first
    choices = sorted({first, second})
    options = " or ".join(f"{c.astimezone():%Y-%m-%dT%H:%M%z}" for c in choices)
    if first.replace(tzinfo=None) != naive or second.replace(tzinfo=None) != naive:
        raise BadInput(f"--at {written} does not exist here: the clocks skip it that night. Write {options}.")
    raise BadInput(f"--at {written} happens twice here: the clocks go back that night. Write {options}.")


def _scheduling() -> str:
    return " and ".join(f.label for f in NETWORKS if f.schedules_on_server)


def _cancel(args: argparse.Namespace, workspace: Workspace, network: Network, stdout: TextIO) -> int:
    if args.text is not None or args.item is not None or args.at is not None:
        raise BadInput("--cancel takes only the id of the scheduled post; give no text, --item or --at with it.")
    if not network.facts.schedules_on_server:
        raise BadInput(f"--cancel: {network.label} holds no posts for later; only {_scheduling()} can.")
    remote_id = (args.cancel or "").strip()
    if not remote_id or any(c in remote_id for c in "/?#") or not remote_id.isprintable():
        raise BadInput(f"--cancel needs the id of a scheduled post (as `advocacy plan` lists it), not {args.cancel!r}.")
    workspace.cancel_scheduled(network, remote_id)
    say(stdout, f"Cancelled the scheduled post {remote_id}.")
    return EXIT_OK


def _confirmed(
    args: argparse.Namespace, network: Network, account: str, text: str, *, stdin: TextIO | None, stdout: TextIO
) -> bool:
    """Show the final text and ask; with no terminal to ask on, refuse rather than post unasked."""
    if stdin is None or not stdin.isatty() or args.text == "-":
        raise BadInput("Not posted: there is no terminal to confirm on; add --yes to post without asking.")
    say(stdout, f"This will be posted publicly to {network.label} as {account}:")
    say(stdout)
    say(stdout, text)
    say(stdout)
    say(stdout, "Post it? [y/N] ", end="", flush=True)
    answer = stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def run(
    args: argparse.Namespace,
    *,
    rules: Sequence[Rule] = (),
    scorer: Scorer | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    network = Network(args.network)
    try:
        if args.sample:
            raise BadInput("The sample cannot post; set up your own profile, or pass --profile FILE.")
        workspace = load_workspace(args, stderr, rules=rules, scorer=scorer)
        if workspace is None:
            return EXIT_USAGE
        return _share(args, workspace, network, stdin=stdin, stdout=stdout)
    except BadInput as exc:
        say(stderr, f"advocacy: {exc}")
        return EXIT_USAGE
    except (MissingCredential, CredentialsUnavailable) as exc:  # set-up, not a failure of the network
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_USAGE
    except AdvocacyError as exc:
        say(stderr, f"advocacy: {exc.user_message}")
        return EXIT_FAILED


def _share(
    args: argparse.Namespace, workspace: Workspace, network: Network, *, stdin: TextIO | None, stdout: TextIO
) -> int:
    account = _profile_account(workspace, network)
    if args.cancel is not None:
        return _cancel(args, workspace, network, stdout)
    when = _scheduled_time(args, network)
    text, key = _text_to_post(args, workspace, network, stdin)
    earlier = None if args.again else workspace.earlier_share(network, key, say=functools.partial(say, stdout))
    if earlier is not None:
        say(stdout, already_shared(earlier, network, again_hint=True))
        return EXIT_OK
    _check_fits(workspace, network, text)
    if not args.yes and not _confirmed(args, network, account, text, stdin=stdin, stdout=stdout):
        say(stdout, "Not posted.")
        return EXIT_OK
    # The check above decided (it asked the server about a held post): no second check here.
    published = workspace.publish(network, text, key, scheduled_at=when, again=args.again, checked=True)
    # Said only when the server showed the earlier attempt's post: then nothing was sent this time.
    finished = (
        " (by an earlier attempt that was cut off; the server has it, nothing more was sent)"
        if (published.found_earlier)
        else ""
    )
    if published.scheduled_at is not None:
        at = f"{published.scheduled_at.astimezone():%Y-%m-%d %H:%M}"
        say(
            stdout,
            f"Scheduled{finished}: {network.label} will post it at {at} "
            f"(id {published.scheduled_id}; cancel with --cancel {published.scheduled_id}).",
        )
    else:
        say(stdout, f"Posted{finished}: {published.url}")
    return EXIT_OK
