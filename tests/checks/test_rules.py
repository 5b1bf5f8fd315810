"""Every rule: cases that must fire (with evidence and a fix) and a well-kept presence that stays quiet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta

import pytest

import checks
from advocacy.audit_runner import run_rules
from advocacy.domain.audit_input import AuditInput
from advocacy.domain.models import Finding, Link, Network, Severity, VisibilityFacts
from advocacy.sentiment import vader_compound
from advocacy.spelling.service import session_for
from advocacy.text_checks import with_text_checks
from tests.checks.profiles import (
    CONFIG,
    NOW,
    PROFILES,
    post,
    posts,
    well_kept,
    with_posts,
    with_profile,
)

RULES = checks.default_rules(sentiment=vader_compound)
M, B, G, W, L, X = Network.MASTODON, Network.BLUESKY, Network.GITHUB, Network.WEBSITE, Network.LINKEDIN, Network.X


def findings(audit: AuditInput) -> list[Finding]:
    return run_rules(with_text_checks(audit, session_for), RULES)


def test_a_well_kept_presence_gets_no_findings_at_all() -> None:
    assert findings(well_kept()) == []


@dataclass(frozen=True)
class Case:
    name: str
    audit: Callable[[], AuditInput]
    check: str
    network: Network | None
    severity: Severity
    fix_contains: str = ""
    replacement: str | None = None


CASES = [
    # staleness
    Case(
        "quiet for 45 days",
        lambda: with_posts(M, tuple(replace(p, created_at=p.created_at - timedelta(days=45)) for p in posts(M))),
        "staleness.last_post",
        M,
        Severity.WARNING,
        "Post something this week",
    ),
    Case(
        "quiet for 120 days",
        lambda: with_posts(B, tuple(replace(p, created_at=p.created_at - timedelta(days=120)) for p in posts(B))),
        "staleness.last_post",
        B,
        Severity.ERROR,
    ),
    Case(
        "only replies",
        lambda: with_posts(X, tuple(replace(p, is_reply=True) for p in posts(X))),
        "staleness.last_post",
        X,
        Severity.WARNING,
        "first post",
    ),
    Case(
        "posting every 3 weeks",
        lambda: with_posts(M, posts(M, count=4, every_days=21)),
        "staleness.cadence",
        M,
        Severity.INFO,
        "plan one post a week in the Plan tab",
    ),
    Case(
        "profile untouched for 2 years",
        lambda: with_profile(G, updated_at=NOW - timedelta(days=730)),
        "staleness.profile_not_updated",
        G,
        Severity.INFO,
        "Read your bio",
    ),
    Case(
        "moved account",
        lambda: with_profile(M, visibility=replace(PROFILES[M].visibility, moved_to="sam@new.example")),
        "staleness.moved",
        M,
        Severity.WARNING,
        "sam@new.example",
    ),
    Case(
        "quiet blog",
        lambda: with_posts(W, posts(W, count=3, every_days=200)[1:]),
        "staleness.blog_quiet",
        W,
        Severity.INFO,
    ),
    Case(
        "former employer in the bio",
        lambda: with_profile(M, bio="Developer Advocate at Globex."),
        "staleness.former_employer",
        M,
        Severity.WARNING,
        "Replace “Globex” with Acme Widgets",
        "Acme Widgets",
    ),
    Case(
        "finished LinkedIn position in the headline",
        lambda: with_profile(L, headline="Engineer at Globex | Developer Advocate at Acme Widgets"),
        "staleness.former_employer",
        L,
        Severity.WARNING,
    ),
    # company
    Case(
        "bio without the employer",
        lambda: with_profile(X, bio="I write about APIs."),
        "company.not_mentioned",
        X,
        Severity.WARNING,
        "Developer Advocate at @acme",
        "Developer Advocate at @acme",
    ),
    Case(
        "brand spelled wrong",
        lambda: with_profile(M, bio="Developer Advocate at ACME corp (@acme@social.example)."),
        "company.misspelled",
        M,
        Severity.INFO,
        "Write “Acme”",
        "Acme",
    ),
    Case(
        "brand misspelled in a post",
        lambda: with_posts(B, (post(B, "Loving the new acme widgets release (I work at Acme)"), *posts(B)[1:])),
        "company.misspelled",
        B,
        Severity.INFO,
        "",
        "Acme Widgets",
    ),
    Case(
        "company named but not linked",
        lambda: with_profile(M, bio="Developer Advocate at Acme Widgets."),
        "company.handle_not_linked",
        M,
        Severity.INFO,
        "@acme@social.example",
        "@acme@social.example",
    ),
    Case(
        "never mentions the company",
        lambda: with_posts(X, tuple(p for p in posts(X) if "Acme" not in p.text)),
        "company.no_posts",
        X,
        Severity.INFO,
        "Share tab",
    ),
    Case(
        "press-release feed",
        lambda: with_posts(
            M,
            tuple(
                post(M, f"Acme Widgets ships feature {i} today! (I work at Acme)", days_ago=1 + 3 * i, id=f"p{i}")
                for i in range(8)
            ),
        ),
        "company.press_release",
        M,
        Severity.WARNING,
        "people follow people",
    ),
    # disclosure
    Case(
        "promotion without disclosure",
        lambda: with_posts(
            M,
            (post(M, "Try the new WidgetOS: https://acme.example/w", links=("https://acme.example/w",)), *posts(M)[1:]),
        ),
        "disclosure.missing",
        M,
        Severity.WARNING,
        "I work at Acme",
        "I work at Acme",
    ),
    Case(
        "#ee does not count",
        lambda: with_posts(B, (post(B, "Acme Widgets is hiring! #ee #spon"), *posts(B)[1:])),
        "disclosure.missing",
        B,
        Severity.WARNING,
    ),
    # risk
    Case(
        "customer named",
        lambda: with_posts(M, (post(M, "Great week onsite with Initech's platform team."), *posts(M)[1:])),
        "risk.customer_named",
        M,
        Severity.INFO,
        "a customer",
        "a customer",
    ),
    Case(
        "code name",
        lambda: with_posts(X, (post(X, "Can't wait to show you Project Falcon next month"), *posts(X)[1:])),
        "risk.sensitive_term",
        X,
        Severity.WARNING,
    ),
    Case(
        "phone number",
        lambda: with_posts(L, (post(L, "Call me on +44 20 7946 0958 about the meetup"), *posts(L)[1:])),
        "risk.personal_data",
        L,
        Severity.INFO,
    ),
    Case(
        "e-mail address",
        lambda: with_posts(M, (post(M, "Questions? write to jane.doe@gmail.com"), *posts(M)[1:])),
        "risk.personal_data",
        M,
        Severity.INFO,
    ),
    Case(
        "angry about a competitor",
        lambda: with_posts(
            B, (post(B, "Umbrella Gadgets is a terrible, useless, awful company and I hate their junk"), *posts(B)[1:])
        ),
        "risk.negative_tone",
        B,
        Severity.INFO,
        "always your right",
    ),
    # visibility
    Case(
        "not discoverable",
        lambda: with_profile(M, visibility=replace(PROFILES[M].visibility, discoverable=False)),
        "visibility.not_discoverable",
        M,
        Severity.WARNING,
        "Privacy and reach",
    ),
    Case(
        "discoverable not stated by the server",
        lambda: with_profile(M, visibility=replace(PROFILES[M].visibility, discoverable=None)),
        "visibility.not_discoverable",
        M,
        Severity.INFO,
        "Privacy and reach",
    ),
    Case(
        "noindex",
        lambda: with_profile(M, visibility=replace(PROFILES[M].visibility, noindex=True)),
        "visibility.noindex",
        M,
        Severity.WARNING,
    ),
    Case(
        "not indexable",
        lambda: with_profile(M, visibility=replace(PROFILES[M].visibility, indexable=False)),
        "visibility.not_indexable",
        M,
        Severity.INFO,
    ),
    Case(
        "unverified link",
        lambda: with_profile(M, links=(Link("https://sam.example/", "Website", in_profile_field=True),)),
        "visibility.link_not_verified",
        M,
        Severity.INFO,
        'rel="me"',
        '<a rel="me" href="https://social.example/@sam">Mastodon</a>',
    ),
    Case(
        "default avatar",
        lambda: with_profile(X, avatar_is_default=True),
        "visibility.default_avatar",
        X,
        Severity.WARNING,
    ),
    Case(
        "default header", lambda: with_profile(B, header_is_default=True), "visibility.default_header", B, Severity.INFO
    ),
    Case("empty bio", lambda: with_profile(B, bio=""), "visibility.empty_bio", B, Severity.WARNING),
    Case(
        "logged-out hidden",
        lambda: with_profile(
            B, visibility=VisibilityFacts(public=False, labels=("!no-unauthenticated",), handle_kind="custom-domain")
        ),
        "visibility.logged_out_hidden",
        B,
        Severity.WARNING,
        "logged-out",
    ),
    Case(
        "bsky.social handle",
        lambda: with_profile(
            B, handle="sam.bsky.social", visibility=VisibilityFacts(public=True, handle_kind="bsky.social")
        ),
        "visibility.handle_not_own_domain",
        B,
        Severity.INFO,
    ),
    Case(
        "invalid handle",
        lambda: with_profile(
            B, handle="handle.invalid", visibility=VisibilityFacts(public=True, handle_kind="invalid")
        ),
        "visibility.handle_invalid",
        B,
        Severity.ERROR,
    ),
    Case(
        "private org membership",
        lambda: with_profile(G, visibility=VisibilityFacts(public=True, company_org_member_public=False)),
        "visibility.org_membership_private",
        G,
        Severity.WARNING,
        "https://github.com/orgs/acme/people",
    ),
    Case(
        "no company on GitHub",
        lambda: with_profile(G, employer="", bio="Developer Advocate at Acme."),
        "visibility.no_company",
        G,
        Severity.INFO,
        "@acme",
        "@acme",
    ),
    Case(
        "no blog on GitHub",
        lambda: with_profile(G, links=()),
        "visibility.no_blog",
        G,
        Severity.INFO,
        "https://sam.example/",
        "https://sam.example/",
    ),
    Case(
        "site without rel=me",
        lambda: with_profile(W, links=()),
        "visibility.no_rel_me",
        W,
        Severity.INFO,
        '<a rel="me" href="https://social.example/@sam">Mastodon</a>',
    ),
    Case(
        "site without a feed",
        lambda: with_profile(W, visibility=replace(PROFILES[W].visibility, feed_found=False)),
        "visibility.no_feed",
        W,
        Severity.INFO,
        'rel="alternate"',
    ),
    Case(
        "site noindex",
        lambda: with_profile(W, visibility=replace(PROFILES[W].visibility, noindex=True)),
        "visibility.noindex",
        W,
        Severity.WARNING,
    ),
    Case(
        "no current position",
        lambda: with_profile(L, positions=PROFILES[L].positions[1:]),
        "visibility.no_current_position",
        L,
        Severity.WARNING,
    ),
    Case(
        "headline without employer",
        lambda: with_profile(L, headline="Developer Advocate"),
        "visibility.headline_without_employer",
        L,
        Severity.INFO,
        "",
        "Developer Advocate at Acme Widgets",
    ),
    # consistency
    Case(
        "name spelled differently",
        lambda: with_profile(X, display_name="Sammy R."),
        "consistency.name",
        X,
        Severity.INFO,
        "Sam Rivera",
        "Sam Rivera",
    ),
    Case(
        "other employer on GitHub",
        lambda: with_profile(G, employer="Initrode"),
        "consistency.employer",
        G,
        Severity.WARNING,
        "Acme Widgets",
        "Acme Widgets",
    ),
    Case(
        "headline without title",
        lambda: with_profile(W, headline="Engineer"),
        "consistency.title",
        W,
        Severity.INFO,
        "Developer Advocate",
    ),
    Case(
        "site does not link a profile",
        lambda: with_profile(W, links=PROFILES[W].links[:2]),
        "consistency.links",
        W,
        Severity.INFO,
        "https://github.com/samrivera",
    ),
    Case(
        "profile does not link back",
        lambda: with_profile(B, links=()),
        "consistency.links",
        B,
        Severity.INFO,
        "https://sam.example/",
        "https://sam.example/",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rule_fires_with_evidence_and_a_fix(case: Case) -> None:
    found = [f for f in findings(case.audit()) if f.check == case.check and f.network is case.network]
    assert found, f"{case.check} did not fire; got {[f.check for f in findings(case.audit())]}"
    finding = found[0]
    assert finding.severity is case.severity
    assert finding.message and finding.suggestion
    assert finding.evidence, "every finding shows what it is about"
    assert case.fix_contains in finding.suggestion
    if case.replacement is not None:
        assert finding.replacement == case.replacement
    if finding.span is not None:
        start, end = finding.span
        assert 0 <= start < end <= len(finding.evidence)


def test_spans_point_at_the_words_they_are_about() -> None:
    audit = with_profile(M, bio="Developer Advocate at Globex.")
    finding = next(f for f in findings(audit) if f.check == "staleness.former_employer")
    assert finding.span is not None
    assert finding.evidence[finding.span[0] : finding.span[1]] == "Globex"


@pytest.mark.parametrize(
    ("name", "audit", "quiet_check"),
    [
        (
            "formerly at Globex is history",
            lambda: with_profile(M, bio="Developer Advocate at @acme@social.example, formerly at Globex."),
            "staleness.former_employer",
        ),
        (
            "a company handle counts as a mention",
            lambda: with_profile(X, bio="Making APIs nicer @acme"),
            "company.not_mentioned",
        ),
        (
            "the official spelling is fine",
            lambda: with_profile(M, bio="Developer Advocate at Acme Widgets (@acme@social.example)"),
            "company.misspelled",
        ),
        (
            "the domain is not a misspelling",
            lambda: with_posts(M, (post(M, "Read acme.example/blog (I work at Acme)"), *posts(M)[1:])),
            "company.misspelled",
        ),
        (
            "a disclosed promotion",
            lambda: with_posts(
                M, (post(M, "Try WidgetOS! #AcmeWidgetsEmployee", hashtags=("AcmeWidgetsEmployee",)), *posts(M)[1:])
            ),
            "disclosure.missing",
        ),
        (
            "reposts need no disclosure",
            lambda: with_posts(M, (post(M, "Acme Widgets is hiring", is_repost=True), *posts(M)[1:])),
            "disclosure.missing",
        ),
        (
            "GitHub commits are not endorsements",
            lambda: with_posts(G, (post(G, "Fix Acme Widgets parser"),)),
            "disclosure.missing",
        ),
        (
            "pay and conditions are never tone-policed",
            lambda: with_posts(
                B, (post(B, "Acme Widgets pay is terrible and the overtime is awful, we deserve better"), *posts(B)[1:])
            ),
            "risk.negative_tone",
        ),
        (
            "a link in the bio can never be verified, so it is not asked to be",
            lambda: with_profile(M, links=(Link("https://bio.example/"),)),
            "visibility.link_not_verified",
        ),
        (
            "a year is not a phone number",
            lambda: with_posts(M, (post(M, "Shipped 2026-11-20, see v12.3.4 notes"), *posts(M)[1:])),
            "risk.personal_data",
        ),
        (
            "a fediverse mention is not an e-mail address",
            lambda: with_posts(
                M, (post(M, "Thanks @alice@mastodon.social and (@bob@fosstodon.org) for the review"), *posts(M)[1:])
            ),
            "risk.personal_data",
        ),
        (
            "URLs with digits are not phone numbers",
            lambda: with_posts(M, (post(M, "https://example.com/items/123456789012 looks right"), *posts(M)[1:])),
            "risk.personal_data",
        ),
        (
            "emoji and pronouns do not change a name",
            lambda: with_profile(X, display_name="Sam Rivera (they/them) 🌈"),
            "consistency.name",
        ),
        (
            "the company's own account needs no disclosure",
            lambda: AuditInput(
                config=CONFIG,
                outcomes=(
                    replace(
                        well_kept().outcomes[0],
                        profile=replace(PROFILES[M], handle="@acme@social.example", bio="The Acme Widgets team"),
                        posts=(post(M, "Acme Widgets ships WidgetOS 5 today!"),),
                    ),
                ),
                now=NOW,
            ),
            "disclosure.missing",
        ),
    ],
)
def test_rule_stays_quiet(name: str, audit: Callable[[], AuditInput], quiet_check: str) -> None:
    assert quiet_check not in {f.check for f in findings(audit())}, name


def test_sentiment_rule_is_left_out_without_a_scorer() -> None:
    audit = with_posts(B, (post(B, "Umbrella Gadgets is terrible, useless, awful junk"), *posts(B)[1:]))
    assert "risk.negative_tone" not in {f.check for f in run_rules(audit, checks.default_rules())}


def test_an_empty_github_company_is_said_once() -> None:
    """A profile that does not say where you work anywhere gets company.not_mentioned, with the fix
    to set Company; the separate note on the empty field is only for a bio that already says it."""
    silent = with_profile(G, employer="", bio="I write code.", links=())
    found = [f.check for f in findings(silent) if f.network is G]
    assert "company.not_mentioned" in found and "visibility.no_company" not in found
