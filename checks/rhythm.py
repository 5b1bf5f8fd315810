"""What works for you: comparisons drawn from your own posts' engagement, with the numbers shown.

Advice only (``rhythm.`` findings cost no points), and never made up: a comparison is stated only
when each side has at least ``MIN_GROUP`` posts with figures from the network and the medians differ
by at least ``MIN_RATIO``; otherwise the report says there is not enough to go on yet, and how much
more is needed. Reposts, replies and posts whose network gives no figures are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from statistics import median

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Finding, Network, Post, Severity
from checks.company import own_posts
from checks.matching import post_mentions_company

MIN_GROUP = 10
MIN_RATIO = 1.5
MIN_DAY_POSTS = 5  # best posts on one weekday before that day is named
_WEEKDAYS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")


def _scored(audit: AuditInput) -> dict[Network, list[tuple[Post, int]]]:
    """Original posts with an engagement total, per network."""
    by_network: dict[Network, list[tuple[Post, int]]] = {}
    for post in own_posts(audit):
        total = post.engagement.total if post.engagement else None
        if post.is_original and total is not None:
            by_network.setdefault(post.network, []).append((post, total))
    return by_network


def _finding(network: Network, check: str, message: str, suggestion: str, evidence: str) -> Finding:
    return Finding(
        check=check,
        severity=Severity.INFO,
        network=network,
        target="posts",
        message=message,
        suggestion=suggestion,
        evidence=evidence,
    )


def _compare(
    network: Network,
    scored: Sequence[tuple[Post, int]],
    split: Callable[[Post], bool],
    *,
    check: str,
    names: tuple[str, str],
    advice: str,
) -> Finding | None:
    """A comparison of two groups of posts, or ``None`` when the data cannot support one."""
    yes = [total for post, total in scored if split(post)]
    no = [total for post, total in scored if not split(post)]
    if len(yes) < MIN_GROUP or len(no) < MIN_GROUP:
        return None
    high, low = median(yes), median(no)
    better, worse, better_name, worse_name = (high, low, *names) if high >= low else (low, high, names[1], names[0])
    if worse == 0 and better == 0:
        return None
    ratio = better / worse if worse else float("inf")
    if ratio < MIN_RATIO:
        return None
    times = "far more" if ratio == float("inf") else f"{ratio:.1f}×"
    counts = f"{len(yes)} {names[0]}, {len(no)} {names[1]}"
    evidence = f"Median interactions: {better_name} {better:g}, {worse_name} {worse:g} ({counts})."
    message = f"On {network.label}, {better_name} get {times} the interactions of {worse_name}."
    suggestion = advice if better_name == names[0] else f"Your {better_name} do better: keep doing more of them."
    return _finding(network, check, message, suggestion, evidence)


def _best_time(network: Network, scored: Sequence[tuple[Post, int]]) -> Finding | None:
    """The weekday your best quarter of posts went out on most, when it stands out."""
    if len(scored) < 2 * MIN_GROUP:
        return None
    ordered = sorted(scored, key=lambda pair: pair[1], reverse=True)
    top = ordered[: max(MIN_GROUP // 2, len(ordered) // 4)]
    days = Counter(post.created_at.weekday() for post, _ in top).most_common(2)
    day, count = days[0]
    # Two or three good posts on a Tuesday are chance, and a tie names no day at all.
    if count < MIN_DAY_POSTS or (len(days) > 1 and days[1][1] == count):
        return None
    share_top = count / len(top)
    share_all = sum(1 for post, _ in scored if post.created_at.weekday() == day) / len(scored)
    if share_all == 0 or share_top / share_all < MIN_RATIO:
        return None
    evidence = (
        f"{count} of your {len(top)} best {network.label} posts went out on {_WEEKDAYS[day]} "
        f"(of all {len(scored)}: {share_all:.0%})."
    )
    message = f"Your best {network.label} posts tend to go out on {_WEEKDAYS[day]}."
    return _finding(network, "rhythm.best_time", message, f"Plan your next post for {_WEEKDAYS[day]}.", evidence)


def check_what_works(audit: AuditInput) -> list[Finding]:
    """``rhythm.links``, ``rhythm.own_words``, ``rhythm.best_time`` and ``rhythm.not_enough_data``."""
    company = audit.config.company
    findings: list[Finding] = []
    for network, scored in _scored(audit).items():
        found = [
            _compare(
                network,
                scored,
                lambda post: bool(post.links),
                check="rhythm.links",
                names=("posts with a link", "posts without one"),
                advice="Add a link to something worth reading when you post.",
            ),
            _compare(
                network,
                scored,
                lambda post: not post_mentions_company(post, company),
                check="rhythm.own_words",
                names=("posts in your own words", "posts about your company"),
                advice="Write about your own work and interests more often than you pass on company news.",
            ),
            _best_time(network, scored),
        ]
        stated = [f for f in found if f is not None]
        if stated:
            findings.extend(stated)
        elif len(scored) < 2 * MIN_GROUP:
            findings.append(
                _finding(
                    network,
                    "rhythm.not_enough_data",
                    f"Not enough {network.label} posts with figures yet to say what works for you.",
                    "Keep posting: a comparison needs at least "
                    f"{MIN_GROUP} posts on each side, and it appears here when the figures support it.",
                    f"{len(scored)} original posts with engagement figures so far.",
                )
            )
    return findings


RULES = (check_what_works,)
