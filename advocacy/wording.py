"""The sentences an audit is summed up in, written once for the text and HTML reports and the window.

Whatever says how an audit went must say how much of it was looked at: a score is never shown
without the number of networks read, and an audit that read nothing says "Not audited" with the
reason and what to do, never "no findings".
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, assert_never

from advocacy.domain.models import (
    MAX_REPEATS,
    UNSCORED_AREAS,
    AccountSuggestion,
    AuditReport,
    Coverage,
    Engagement,
    Network,
    SourceOutcome,
    SourceStatus,
)
from advocacy.domain.networks import NETWORKS
from advocacy.domain.profile import ProfileConfig
from advocacy.domain.records import ShareState

if TYPE_CHECKING:
    from advocacy.domain.changes import SinceLastTime
    from advocacy.domain.shares import ShareRecord


def _networks(count: int) -> str:
    return "1 network" if count == 1 else f"{count} networks"


def coverage_phrase(coverage: Coverage) -> str:
    """ "3 of 5 networks read (1 failed, shown from saved data; 1 failed)": read means read now."""
    if coverage.total == 0:
        return "no networks named"
    phrase = f"{coverage.read} of {_networks(coverage.total)} read"
    if coverage.complete:
        phrase = f"all {_networks(coverage.total)} read" if coverage.total > 1 else "1 of 1 network read"
    details = []
    if coverage.from_snapshot:
        details.append(f"{coverage.from_snapshot} failed, shown from saved data")
    if coverage.failed:
        details.append(f"{coverage.failed} failed")
    if coverage.skipped:
        details.append(f"{coverage.skipped} not supported")
    return phrase + (f" ({'; '.join(details)})" if details else "")


def score_headline(report: AuditReport) -> str:
    """ "Score 85/100 · 3 of 5 networks read", or "Not audited" when nothing could be read."""
    if report.score is None:
        return "Not audited"
    coverage = report.coverage
    if coverage.total == 0:  # an audit saved before sources were kept with it
        return f"Score {report.score}/100"
    return f"Score {report.score}/100 · {coverage_phrase(coverage)}"


def not_audited_reason(report: AuditReport, *, headline_says_it: bool = False) -> str:
    """Why there is no score and what to do about it; empty when the audit has a score. Where a
    headline beside it already says "Not audited", the reason does not say it again."""
    if report.score is not None:
        return ""
    reason = _not_audited_reason(report)
    return reason[:1].upper() + reason[1:] if headline_says_it else f"Not audited: {reason}"


def _not_audited_reason(report: AuditReport) -> str:
    coverage = report.coverage
    if coverage.total == 0:
        kinds = [facts.account_label for facts in NETWORKS]
        return (
            f"your profile names no account. Add at least one ({', '.join(kinds[:-1])} or "
            f"{kinds[-1]}) and run the audit again."
        )
    failures = " ".join(f"{s.network.label}: {_sentence(s.error)}" for s in report.sources if s.error)
    # Each failure says what to do about it; a file that is damaged is not fixed in the profile.
    what_to_do = (
        "Nothing has been judged, so there is no score: once what is named above is fixed, run the audit again."
    )
    none = "your one network could not" if coverage.total == 1 else f"none of your {_networks(coverage.total)} could"
    return f"{none} be read. {failures} {what_to_do}"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def source_state(outcome: SourceOutcome) -> str:
    """One line for a source: read, or why not, and how old the data standing in is."""
    if outcome.status is SourceStatus.OK:
        state = "read"
    elif outcome.status is SourceStatus.SKIPPED:
        state = f"not read: {outcome.error}"
    else:
        state = f"failed: {outcome.error}"
        if outcome.snapshot_taken_at:
            state += f" Showing your saved data from {outcome.snapshot_taken_at:%Y-%m-%d}."
        else:
            state += " Nothing was audited for it."
    return state


def skipped_lines(outcome: SourceOutcome) -> list[str]:
    """ "4 of 212 shares had no date we could read." for each kind of record the source could not read."""
    return [record.sentence() for record in outcome.skipped]


def engagement_phrase(engagement: Engagement) -> str:
    """ "12 likes, 3 reposts, 2 replies" (figures the network does not give are left out)."""
    parts = [
        f"{value:,} {name if value != 1 else name.rstrip('s').replace('replie', 'reply')}"
        for name, value in (
            ("likes", engagement.likes),
            ("reposts", engagement.reposts),
            ("replies", engagement.replies),
            ("quotes", engagement.quotes),
        )
        if value is not None
    ]
    return ", ".join(parts) if parts else "no figures from the network"


def found_account(suggestion: AccountSuggestion) -> str:
    """ "GitHub samrivera — linked from your Mastodon profile (verified)"."""
    verified = " (verified)" if suggestion.verified else ""
    where = f"linked from your {suggestion.found_on.label} profile"
    return f"{suggestion.network.label} {suggestion.handle} — {where}{verified}"


def no_findings_sentence(report: AuditReport) -> str:
    """What an empty findings list means: all clear only for what was read."""
    if report.score is None:
        return not_audited_reason(report)
    coverage = report.coverage
    if coverage.complete:
        return "No findings: nothing to fix right now."
    return f"No findings in what could be read ({coverage_phrase(coverage)}); the rest was not checked."


def score_explanation(report: AuditReport) -> str:
    """Every point lost, per network, with the finding that cost it; empty when there is no score."""
    if report.score_card is None:
        return ""
    messages = {(f.check, f.network, f.target): f.message for f in report.findings}
    lines = [
        f"Overall {report.score}/100: the average of the scores of the networks read "
        f"({coverage_phrase(report.coverage)}).",
        "",
    ]
    for network, score in report.score_card.by_network:
        lines.append(f"{network.label}: {score}/100")
        for d in report.score_card.deductions:
            if d.network is network and d.points:
                lines.append(f"  −{d.points}  {messages.get((d.check, d.network, d.target), d.check)}")
    repeats = sum(
        1 for d in report.score_card.deductions if d.points == 0 and d.check.partition(".")[0] not in UNSCORED_AREAS
    )
    if repeats:
        lines += [
            "",
            f"{repeats} repeated finding{'' if repeats == 1 else 's'} cost nothing more: "
            f"one check counts at most {MAX_REPEATS} times.",
        ]
    unread = [s for s in report.sources if not s.was_read]
    if unread:
        lines += ["", "Not scored, because they could not be read:"]
        lines += [f"  {s.network.label}: {s.error}" for s in unread]
    return "\n".join(lines)


def add_account_question(config: ProfileConfig, suggestion: AccountSuggestion) -> str:
    """What the user is asked before an account found in their links joins their profile."""
    from advocacy.discovery import replaced_account

    question = f"Add {suggestion.network.label} {suggestion.handle} to your profile and audit it from now on?"
    current = replaced_account(config.me.accounts, suggestion)
    if current:
        question += f" It replaces {current}."
    return f"{question}\n\nFound at: {suggestion.evidence}"


def share_state_words(share: ShareRecord) -> str:
    """The share's state in a few words for a list; "" for a posted one (its address says it).
    Written over every ``ShareState``: the type check fails when a state has no words."""
    match share.state:
        case ShareState.POSTED:
            return "" if share.post_url else "marked as posted"
        case ShareState.PENDING:
            return "sent, not confirmed yet"
        case ShareState.FAILED:
            return "refused"
        case ShareState.SCHEDULED:
            when = f" for {share.scheduled_at.astimezone():%Y-%m-%d %H:%M}" if share.scheduled_at else ""
            return f"scheduled{when}" + (f", id {share.remote_id}" if share.remote_id else "")
        case ShareState.CANCELLED:
            return "cancelled"
        case _:
            assert_never(share.state)


def already_shared(earlier: ShareRecord, network: Network, *, again_hint: bool = False) -> str:
    """Why nothing was sent: the share went out before, or the network holds it for later."""

    def nothing_sent(verb: str) -> str:
        return f"Nothing was sent; add --again to {verb} it once more." if again_hint else "Nothing was sent."

    if earlier.state is ShareState.SCHEDULED and earlier.scheduled_at is not None:
        at = f"{earlier.scheduled_at.astimezone():%Y-%m-%d %H:%M}"
        if earlier.scheduled_at <= datetime.now(UTC):
            return (
                f"Scheduled on {network.label} for {at}, which has passed: it has most likely gone out; see your "
                f"profile. {nothing_sent('post')}"
            )
        return f"Already scheduled on {network.label} for {at} (id {earlier.remote_id}). {nothing_sent('schedule')}"
    where = f": {earlier.post_url}" if earlier.post_url else " (you marked it as posted)"
    return (
        f"Already posted to {network.label} on {earlier.created_at.astimezone():%Y-%m-%d %H:%M}{where}. "
        f"{nothing_sent('post')}"
    )


def _signed(change: int) -> str:
    return f"+{change:,}" if change > 0 else f"{change:,}".replace("-", "−")


def _count(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}"


def since_last_time_lines(change: SinceLastTime, *, most_fixed: int = 3) -> tuple[str, list[str]]:
    """The Dashboard's "since last time": a heading and one line per kind of change, in the person's
    words. A partial audit says so first: its figures cannot be compared with a full one's."""
    heading = f"Since your audit of {change.previous_at.astimezone():%-d %b %H:%M}"
    lines = []
    for when, coverage in (("This audit", change.coverage_after), ("The audit before", change.coverage_before)):
        if not coverage.complete and coverage.total:
            lines.append(f"{when} was partial: {coverage_phrase(coverage)}.")
    if change.score_change is None:
        lines.append("Score: not comparable (one of the two audits has none).")
    elif change.score_change == 0:
        lines.append(f"Score {change.score_after}/100, as before.")
    else:
        lines.append(f"Score {change.score_before} → {change.score_after}/100 ({_signed(change.score_change)}).")
    found = change.findings
    parts = [_count(len(found.fixed), "finding fixed", "findings fixed"), f"{len(found.new):,} new"]
    if found.dismissed:
        parts.append(f"{found.dismissed:,} dismissed")
    lines.append(", ".join(parts) + ".")
    if found.not_read:
        lines.append(
            f"{_count(found.not_read, 'finding was', 'findings were')} not checked again: "
            "their network was not read this time."
        )
    lines.extend(f"Fixed: {finding.message}" for finding in found.fixed[:most_fixed])
    lines.extend(f"More serious now: {finding.message}" for finding in found.worse[:most_fixed])
    if len(found.fixed) > most_fixed:
        lines.append(f"… and {len(found.fixed) - most_fixed:,} more fixed.")
    followers = _followers_line(change)
    if followers:
        lines.append(followers)
    if change.week:
        week = ", ".join(f"{w.network.label} {w.posted} of {w.goal}" for w in change.week)
        lines.append(f"Posts this week against your goal: {week}.")
    if change.due:
        lines.append(f"{_count(change.due, 'planned post is', 'planned posts are')} due: see the Plan tab.")
    return heading, lines


def _followers_line(change: SinceLastTime) -> str:
    followers = []
    for reach in change.reach:
        if reach.after.followers is None:
            continue
        delta = reach.followers_change
        said = "new" if reach.before is None else "no change" if delta in (0, None) else _signed(delta or 0)
        followers.append(f"{reach.network.label} {reach.after.followers:,} ({said})")
    return "Followers: " + ", ".join(followers) + "." if followers else ""
