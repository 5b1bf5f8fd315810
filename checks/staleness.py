"""Staleness: is each profile still alive, and does it still tell the truth about where you work?"""

from __future__ import annotations

import re
from datetime import timedelta

from advocacy.domain.audit_input import AuditInput
from advocacy.domain.durations import span
from advocacy.domain.models import Finding, LinkState, Profile, Severity, SourceOutcome, post_finding, status_words
from advocacy.domain.networks import POSTED_TO, Presence
from checks.matching import excerpt, find_term, settings_url

# Networks where "posting" means writing posts. GitHub activity and blog posts have their own rules.
SOCIAL = POSTED_TO
CADENCE_WINDOW_DAYS = 90
_PAST_MARKERS = re.compile(
    r"(former(ly)?|ex[- ]|previously|prev\.|past|alum(ni|na|nus)?|used to( work)?|until \d{4})"
    r"(\s+(at|with|of|for|in))?\W*$",
    re.IGNORECASE,
)


def _days(count: int) -> str:
    return span(count)


def _share_hint(audit: AuditInput) -> str:
    company = audit.config.company.name
    return f"share a recent item from {company}" if company else "share something you found useful"


def check_last_post(audit: AuditInput) -> list[Finding]:
    """``staleness.last_post``: days since the last original post (replies and reposts don't count)."""
    thresholds = audit.config.thresholds
    findings: list[Finding] = []
    for outcome in audit.with_profiles():
        if outcome.network not in SOCIAL:
            continue
        network = outcome.network
        last_post = outcome.last_original_post()
        last_at = outcome.last_original_post_at()
        if last_at is None and outcome.posts_skipped:
            findings.append(_posts_unreadable(outcome))  # "no posts" would state what was not seen
            continue
        if last_at is None:
            findings.append(
                Finding(
                    check="staleness.last_post",
                    severity=Severity.WARNING,
                    network=network,
                    target="profile",
                    message=f"No original public posts found on {network.label}.",
                    suggestion=f"Introduce yourself with a first post: what you work on, and {_share_hint(audit)}.",
                    evidence=(
                        f"{len(outcome.posts)} recent posts read, all replies or reposts"
                        if outcome.posts
                        else "No public posts were found."
                    ),
                )
            )
            continue
        age = max(0, (audit.now - last_at).days)
        if age < thresholds.last_post_warning_days:
            continue
        severity = Severity.ERROR if age >= thresholds.last_post_error_days else Severity.WARNING
        evidence = f"Last original post: {last_at:%Y-%m-%d}"
        if last_post is not None and last_post.text:
            evidence += f" — “{excerpt(last_post.text)}”"
        findings.append(
            Finding(
                check="staleness.last_post",
                severity=severity,
                network=network,
                target=f"post:{last_post.id}" if last_post else "profile",
                message=f"Your last original {network.label} post was {_days(age)} ago.",
                suggestion=(
                    f"Post something this week: a short note on what you are working on, or {_share_hint(audit)}. "
                    f"Readers treat accounts quiet for more than {_days(thresholds.last_post_warning_days)} "
                    "as abandoned."
                ),
                evidence=evidence,
            )
        )
    return findings


def _posts_unreadable(outcome: SourceOutcome) -> Finding:
    network = outcome.network
    return Finding(
        check="notice.posts_unreadable",
        severity=Severity.INFO,
        network=network,
        target="posts",
        message=f"None of the {network.label} posts found could be read, so when you last posted is not known.",
        suggestion="Check the export or the account (the source line says what could not be read), then audit again.",
        evidence=" ".join(record.sentence() for record in outcome.posts_skipped),
    )


def check_cadence(audit: AuditInput) -> list[Finding]:
    """``staleness.cadence``: original posts in the last 90 days against the goal in posts per week
    (``[goals]``, or what ``posting_target_days`` implies), the same goal the Plan tab counts against."""
    config = audit.config
    since = audit.now - timedelta(days=CADENCE_WINDOW_DAYS)
    findings = []
    for outcome in audit.with_profiles():
        last_at = outcome.last_original_post_at()
        goal = config.goals.for_network(outcome.network.value, config.thresholds)
        if outcome.network not in SOCIAL or last_at is None or goal <= 0:
            continue
        if (audit.now - last_at).days >= config.thresholds.last_post_warning_days:
            continue  # already reported as a quiet account; one nudge is enough
        expected = CADENCE_WINDOW_DAYS / 7 * goal
        recent = [p for p in outcome.posts if p.is_original and p.created_at >= since]
        if len(recent) >= expected / 2 or outcome.posts_skipped:
            # With posts that could not be read, a count of recent posts may be short of the truth.
            continue
        per_week = "one post a week" if goal == 1 else f"{goal} posts a week"
        findings.append(
            Finding(
                check="staleness.cadence",
                severity=Severity.INFO,
                network=outcome.network,
                target="profile",
                message=(
                    f"{len(recent)} original {outcome.network.label} posts in the last {CADENCE_WINDOW_DAYS} days; "
                    f"your goal is {per_week} (about {round(expected)})."
                ),
                suggestion=(
                    f"A steady rhythm beats bursts: plan {per_week} in the Plan tab, for example {_share_hint(audit)}."
                ),
                evidence=f"{len(recent)} original posts since {since:%Y-%m-%d}",
            )
        )
    return findings


def check_profile_updated(audit: AuditInput) -> list[Finding]:
    """``staleness.profile_not_updated``: the network says the profile itself was not touched for long."""
    limit = audit.config.thresholds.profile_update_warning_days
    findings = []
    for outcome in audit.with_profiles():
        profile = outcome.profile
        if profile is None or profile.updated_at is None:
            continue
        age = (audit.now - profile.updated_at).days
        if age < limit:
            continue
        findings.append(
            Finding(
                check="staleness.profile_not_updated",
                severity=Severity.INFO,
                network=outcome.network,
                target="profile",
                message=f"Your {outcome.network.label} profile was last updated {_days(age)} ago.",
                suggestion="Read your bio once more: is your role current, and does it say what you work on now?",
                evidence=f"Last profile update: {profile.updated_at:%Y-%m-%d}",
                help_url=settings_url(outcome.network, profile.handle),
            )
        )
    return findings


def check_moved(audit: AuditInput) -> list[Finding]:
    """``staleness.moved``: the Mastodon account says it moved elsewhere."""
    findings = []
    for outcome in audit.with_profiles():
        profile = outcome.profile
        if profile is None or not profile.visibility.moved_to:
            continue
        findings.append(
            Finding(
                check="staleness.moved",
                severity=Severity.WARNING,
                network=outcome.network,
                target="profile",
                message=f"This {outcome.network.label} account says it has moved to {profile.visibility.moved_to}.",
                suggestion=(
                    f"Put your new account ({profile.visibility.moved_to}) in your profile so the audit reads the one "
                    "people see today."
                ),
                evidence=f"{profile.handle} → {profile.visibility.moved_to}",
            )
        )
    return findings


def check_blog_quiet(audit: AuditInput) -> list[Finding]:
    """``staleness.blog_quiet``: the website's feed has had no new entry for long."""
    limit = audit.config.thresholds.blog_quiet_days
    findings = []
    for outcome in audit.with_profiles():
        if outcome.network.facts.presence is not Presence.SITE or not outcome.posts:
            continue
        newest = max(outcome.posts, key=lambda p: p.created_at)
        age = (audit.now - newest.created_at).days
        if age < limit:
            continue
        findings.append(
            post_finding(
                newest,
                "staleness.blog_quiet",
                Severity.INFO,
                message=f"Your blog's newest entry is {_days(age)} old.",
                suggestion="A short write-up of something you learned recently keeps the blog alive; "
                "link it from your other profiles.",
                evidence=f"Newest entry: {newest.created_at:%Y-%m-%d} — “{excerpt(newest.text)}”",
            )
        )
    return findings


def _former_employers(audit: AuditInput) -> list[str]:
    names = list(audit.config.me.former_employers)
    current = {audit.config.company.name.lower(), *(a.lower() for a in audit.config.company.aliases)}
    for profile in (p for p in audit.profiles if p.read):
        for position in profile.positions:
            if not position.is_current and position.company and position.company.lower() not in current:
                names.append(position.company)
    return list(dict.fromkeys(n for n in names if n and n.lower() not in current))


def _former_in_field(profile: Profile, field: str, text: str, former: str, company: str) -> Finding | None:
    span = find_term(text, former)
    if span is None:
        return None
    if field != "employer" and _PAST_MARKERS.search(text[: span[0]][-30:]):
        return None  # "formerly at Globex" is history, not a claim
    replacement = company or None
    return Finding(
        check="staleness.former_employer",
        severity=Severity.WARNING,
        network=profile.network,
        target=field,
        message=f"Your {profile.network.label} {field} still names {former}, a former employer, as if current.",
        suggestion=(
            f"Replace “{text[span[0] : span[1]]}” with {company}, or mark it as past (“formerly at {former}”)."
            if company
            else f"Mark {former} as past (“formerly at {former}”) or remove it."
        ),
        evidence=text,
        span=span,
        replacement=replacement,
        help_url=settings_url(profile.network, profile.handle),
    )


def check_former_employer(audit: AuditInput) -> list[Finding]:
    """``staleness.former_employer``: a former employer still named as current in a bio or headline."""
    formers = _former_employers(audit)
    company = audit.config.company.name
    findings = []
    for profile in (p for p in audit.profiles if p.read):
        for field, text in (("headline", profile.headline), ("bio", profile.bio), ("employer", profile.employer)):
            for former in formers:
                finding = _former_in_field(profile, field, text, former, company)
                if finding is not None:
                    findings.append(finding)
                    break
    return findings


def check_links(audit: AuditInput) -> list[Finding]:
    """``staleness.dead_link`` / ``staleness.redirected_link``: from the opt-in live link check."""
    states = {status.url: status for status in audit.links}
    findings = []
    unreachable: list[str] = []
    for profile in (p for p in audit.profiles if p.read):
        for link in profile.links:
            status = states.get(link.url)
            if status is None or status.state is LinkState.OK:
                continue
            if status.state is LinkState.UNREACHABLE:
                # No answer says nothing about the link (this computer may be offline): not "broken".
                unreachable.append(link.url)
                continue
            where = f"{link.label}: {link.url}" if link.label else link.url
            if status.state is LinkState.REDIRECTED:
                findings.append(
                    Finding(
                        check="staleness.redirected_link",
                        severity=Severity.INFO,
                        network=profile.network,
                        target=f"link:{link.url}",
                        message=f"A link on your {profile.network.label} profile now redirects elsewhere.",
                        suggestion=f'Link straight to {status.location}, so readers (and rel="me" checks) do not '
                        "depend on the redirect.",
                        evidence=f"{where} → {status.location}",
                        replacement=status.location,
                        help_url=settings_url(profile.network, profile.handle),
                    )
                )
            else:
                reason = status_words(status.http_status) if status.http_status else status.detail or "no answer"
                findings.append(
                    Finding(
                        check="staleness.dead_link",
                        severity=Severity.WARNING,
                        network=profile.network,
                        target=f"link:{link.url}",
                        message=f"A link on your {profile.network.label} profile is broken.",
                        suggestion="Fix the address or remove the link: a dead link makes the whole profile look "
                        "abandoned.",
                        evidence=f"{where} ({reason})",
                        help_url=settings_url(profile.network, profile.handle),
                    )
                )
    if unreachable:
        count = len(dict.fromkeys(unreachable))
        findings.append(
            Finding(
                check="notice.links_unchecked",
                severity=Severity.INFO,
                network=None,
                target="links",
                message=f"{count} {'link' if count == 1 else 'links'} could not be checked: their servers did not "
                "answer (is this computer offline?).",
                suggestion="Run the audit again when you are online; a link is only called broken when its server "
                "says it is gone.",
                evidence=", ".join(dict.fromkeys(unreachable)),
            )
        )
    return findings


RULES = (
    check_last_post,
    check_cadence,
    check_profile_updated,
    check_moved,
    check_blog_quiet,
    check_former_employer,
    check_links,
)
