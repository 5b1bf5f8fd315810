"""What the app knows about a person's presence online, and what the audit says about it.

Every type is a frozen dataclass: values travel between threads (fetch workers, the GUI) and
into the store, so nobody may change them in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from advocacy.domain.networks import Network


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Higher is more serious; used for sorting."""
        return _SEVERITY_RANK[self]

    @property
    def label(self) -> str:
        """As a person would say what to do about it (the window's chips and groups)."""
        return _SEVERITY_LABEL[self]

    @property
    def counted(self) -> str:
        """Fits after a number: "3 to fix now", "1 worth doing", "2 for your information"."""
        return _SEVERITY_COUNTED[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
_SEVERITY_LABEL = {Severity.ERROR: "Fix now", Severity.WARNING: "Worth doing", Severity.INFO: "For your information"}
_SEVERITY_COUNTED = {
    Severity.ERROR: "to fix now",
    Severity.WARNING: "worth doing",
    Severity.INFO: "for your information",
}


@dataclass(frozen=True)
class AccountRef:
    """One account the user named: which network, which handle, and where its server lives."""

    network: Network
    handle: str
    base_url: str | None = None

    def __str__(self) -> str:
        return f"{self.network.label} {self.handle}"


@dataclass(frozen=True)
class Link:
    """A link shown on a profile (a bio URL, a profile field, a website field)."""

    url: str
    label: str = ""
    verified_at: datetime | None = None
    # Mastodon checks rel="me" for profile fields only; a link in the bio can never get the tick.
    in_profile_field: bool = False


@dataclass(frozen=True)
class VisibilityFacts:
    """What the network itself says about who can see and find the profile.

    ``None`` means "the network does not tell" (or does not have the concept), which the
    rules must treat differently from an explicit ``False``.
    """

    public: bool | None = None
    discoverable: bool | None = None
    indexable: bool | None = None
    noindex: bool | None = None
    locked: bool | None = None
    bot: bool | None = None
    moved_to: str | None = None
    labels: tuple[str, ...] = ()
    # Bluesky: "custom-domain" (verified by DNS or .well-known), "bsky.social", or "invalid".
    handle_kind: str | None = None
    # GitHub: is the membership in the company's organisation shown publicly?
    company_org_member_public: bool | None = None
    # Website: does the home page announce a feed (<link rel="alternate">)?
    feed_found: bool | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "public": self.public,
            "discoverable": self.discoverable,
            "indexable": self.indexable,
            "noindex": self.noindex,
            "locked": self.locked,
            "bot": self.bot,
            "moved_to": self.moved_to,
            "labels": list(self.labels),
            "handle_kind": self.handle_kind,
            "company_org_member_public": self.company_org_member_public,
            "feed_found": self.feed_found,
        }


@dataclass(frozen=True)
class Position:
    """A job as the network lists it; ``finished_on`` is ``None`` for a current position."""

    company: str
    title: str = ""
    started_on: str = ""  # as exported ("Jan 2024"): month precision at best
    finished_on: str | None = None

    @property
    def is_current(self) -> bool:
        return not self.finished_on


@dataclass(frozen=True)
class Profile:
    network: Network
    handle: str
    url: str = ""
    display_name: str = ""
    headline: str = ""
    bio: str = ""
    employer: str = ""  # as the network states it: GitHub's company, LinkedIn's current position
    location: str = ""
    links: tuple[Link, ...] = ()
    avatar_is_default: bool | None = None
    header_is_default: bool | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    last_post_at: datetime | None = None
    followers_count: int | None = None
    following_count: int | None = None
    post_count: int | None = None
    post_length_limit: int | None = None
    visibility: VisibilityFacts = field(default_factory=VisibilityFacts)
    positions: tuple[Position, ...] = ()
    skills: tuple[str, ...] = ()
    former_handles: tuple[str, ...] = ()
    # ("YYYY-MM", connections by the end of that month), oldest first: how the audience grew, where an
    # export dates each connection (LinkedIn's Connections.csv). Empty where the network does not say.
    audience_by_month: tuple[tuple[str, int], ...] = ()
    # False when the source held no profile to read (an export downloaded in parts, without the part
    # that has it): a stand-in so the posts can be audited; nothing is judged about the profile itself.
    read: bool = True


@dataclass(frozen=True)
class Engagement:
    """What others did with a post, as the network counts it. ``None`` means the network (or the
    export) does not say: it is never reported as 0."""

    likes: int | None = None
    reposts: int | None = None
    replies: int | None = None
    quotes: int | None = None

    def as_dict(self) -> dict[str, int | None]:
        return {"likes": self.likes, "reposts": self.reposts, "replies": self.replies, "quotes": self.quotes}

    @property
    def total(self) -> int | None:
        """Every interaction counted, or ``None`` when the network gives none of them."""
        known = [v for v in (self.likes, self.reposts, self.replies, self.quotes) if v is not None]
        return sum(known) if known else None


@dataclass(frozen=True)
class Media:
    """An image or video attached to a post. ``alt`` is its description for people who cannot see it:
    "" when none was given, ``None`` when the network (or the export) does not say."""

    kind: str  # "image", "video", "gifv", "audio"
    alt: str | None = None


@dataclass(frozen=True)
class Post:
    network: Network
    id: str
    url: str
    created_at: datetime
    text: str
    language: str | None = None
    is_reply: bool = False
    is_repost: bool = False
    links: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    # None: the network shows no counts for it (an export, a feed) or it is someone else's post reposted.
    engagement: Engagement | None = None
    media: tuple[Media, ...] = ()

    @property
    def is_original(self) -> bool:
        """An original post is what the author wrote on their own: not a reply, not a repost."""
        return not (self.is_reply or self.is_repost)


@dataclass(frozen=True)
class Finding:
    """One thing the audit noticed, with what to do about it.

    ``check`` is a stable id (``staleness.last_post``) that the UI, the store and dismissals key
    on. ``target`` says what the finding is about: ``profile``, ``bio``, ``headline``,
    ``link:<url>`` or ``post:<id>``. ``span`` indexes into ``evidence`` when set.
    """

    check: str
    severity: Severity
    network: Network | None
    target: str
    message: str
    suggestion: str = ""
    evidence: str = ""
    span: tuple[int, int] | None = None
    replacement: str | None = None
    help_url: str | None = None

    @property
    def area(self) -> str:
        return self.check.split(".", 1)[0]


def post_finding(
    post: Post,
    check: str,
    severity: Severity,
    message: str,
    suggestion: str = "",
    *,
    evidence: str | None = None,
    span: tuple[int, int] | None = None,
    replacement: str | None = None,
    help_url: str | None = None,
) -> Finding:
    """A finding about one post: its network, ``post:<id>`` as the target, the post's text as the
    evidence and the post itself as the place to fix it, unless said otherwise."""
    return Finding(
        check=check,
        severity=severity,
        network=post.network,
        target=f"post:{post.id}",
        message=message,
        suggestion=suggestion,
        evidence=post.text if evidence is None else evidence,
        span=span,
        replacement=replacement,
        help_url=help_url or post.url or None,
    )


@dataclass(frozen=True)
class SkippedRecords:
    """Records a source found but could not read, counted so the report never passes over them.

    ``what`` names the records ("shares", "tweets", "posts"), ``total`` how many there were in all
    (``None`` when the source cannot tell), ``reason`` says why in words a person understands.
    """

    count: int
    what: str
    reason: str
    total: int | None = None

    def sentence(self) -> str:
        """One line for the report, e.g. "4 of 212 shares had no date we could read." """
        of = f"{self.count} of {self.total}" if self.total is not None else str(self.count)
        return f"{of} {self.what} {self.reason}."


class SourceStatus(StrEnum):
    OK = "ok"
    ERROR = "error"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class SourceOutcome:
    """How fetching one account went. On error, ``profile``/``posts`` may hold the last good
    snapshot, in which case ``snapshot_taken_at`` says how old it is."""

    network: Network
    account: str
    status: SourceStatus
    error: str | None = None
    profile: Profile | None = None
    posts: tuple[Post, ...] = ()
    fetched_at: datetime | None = None
    snapshot_taken_at: datetime | None = None
    skipped: tuple[SkippedRecords, ...] = ()
    # It failed for want of a token (none saved, one refused, a limit on reading without one):
    # connecting the account is the remedy, and a front end offers it beside the error.
    connect_helps: bool = False

    @property
    def was_read(self) -> bool:
        """Read now, or stood in for by its last good snapshot: either way the audit looked at it."""
        return self.profile is not None and self.status is not SourceStatus.SKIPPED

    @property
    def skipped_count(self) -> int:
        return sum(s.count for s in self.skipped)

    @property
    def posts_skipped(self) -> tuple[SkippedRecords, ...]:
        """What was skipped of the posts themselves (not of positions or long-post notes)."""
        kinds = ("posts", "list of posts", "shares", "tweets", "tweets file", "events", "feed items", "feed", "feeds")
        return tuple(s for s in self.skipped if s.what in kinds)

    @property
    def is_stale(self) -> bool:
        return self.snapshot_taken_at is not None

    def last_original_post(self) -> Post | None:
        originals = [p for p in self.posts if p.is_original]
        return max(originals, key=lambda p: p.created_at) if originals else None

    def last_original_post_at(self) -> datetime | None:
        """Replies and reposts do not count as posting. When none of the fetched posts is original
        (or none was fetched), fall back to the date the network itself reports."""
        last = self.last_original_post()
        if last is not None:
            return last.created_at
        if self.posts:
            return None
        return self.profile.last_post_at if self.profile else None


class LinkState(StrEnum):
    OK = "ok"
    REDIRECTED = "redirected"
    DEAD = "dead"  # the server says it is gone (404, 410)
    UNREACHABLE = "unreachable"  # no answer: wrong host, timeout, refused


@dataclass(frozen=True)
class LinkStatus:
    """The result of the opt-in live check of one link found on a profile."""

    url: str
    state: LinkState
    http_status: int | None = None
    location: str | None = None  # where a redirect leads
    detail: str = ""


_STATUS_WORDS = {
    301: "moved for good",
    308: "moved for good",
    404: "nothing there",
    410: "gone for good",
    401: "access refused",
    403: "access refused",
    429: "too many requests",
}


def status_words(status: int) -> str:
    """What a web server's status code means, as a person says it: the code itself is for the log."""
    if status in _STATUS_WORDS:
        return _STATUS_WORDS[status]
    if 300 <= status < 400:
        return "moved for now"
    return "a problem on the server's side" if status >= 500 else "an answer the app does not understand"


@dataclass(frozen=True)
class AccountSuggestion:
    """Another account of the person's, found in a link they published; audited only once confirmed."""

    network: Network
    handle: str
    found_on: Network
    evidence: str  # the link as published
    verified: bool = False  # the network itself checked the link (Mastodon's rel="me" check)


@dataclass(frozen=True)
class Deduction:
    """Points one finding cost. Zero when the same check already cost its maximum on that network."""

    check: str
    network: Network | None
    target: str
    points: int


# A check repeated on one network costs points at most this many times: thirty old posts without a
# disclosure must not sink everything else. Scoring applies it; reports explain it.
MAX_REPEATS = 3


class Area(StrEnum):
    """What a finding is about: the first part of its check id (``staleness.last_post``). Every filter,
    list and report of areas is derived from this type, in this order."""

    STALENESS = "staleness"
    COMPANY = "company"
    DISCLOSURE = "disclosure"
    RISK = "risk"
    VISIBILITY = "visibility"
    CONSISTENCY = "consistency"
    TYPO = "typo"
    ACCESSIBILITY = "accessibility"
    RHYTHM = "rhythm"
    NOTICE = "notice"

    @property
    def label(self) -> str:
        return _AREA_LABELS.get(self, self.value.capitalize())

    @property
    def scored(self) -> bool:
        """Notices say what the audit could not do (not the person's fault); rhythm findings are
        advice drawn from the person's own engagement: neither costs points."""
        return self not in (Area.NOTICE, Area.RHYTHM)


_AREA_LABELS = {Area.TYPO: "Typos", Area.RISK: "Risks", Area.NOTICE: "Notices"}
UNSCORED_AREAS = frozenset(area.value for area in Area if not area.scored)


@dataclass(frozen=True)
class ScoreCard:
    overall: int
    by_network: tuple[tuple[Network, int], ...]
    deductions: tuple[Deduction, ...]


@dataclass(frozen=True)
class Coverage:
    """How much of the person's presence an audit actually looked at, counted per account.

    ``read``: fetched now. ``from_snapshot``: could not be fetched, its last good data stood in.
    ``failed``: could not be fetched and nothing older was kept. ``skipped``: not read by design
    (not supported). A score exists only when ``read + from_snapshot`` is above zero.
    """

    read: int = 0
    from_snapshot: int = 0
    failed: int = 0
    skipped: int = 0

    @property
    def total(self) -> int:
        return self.read + self.from_snapshot + self.failed + self.skipped

    @property
    def looked_at(self) -> int:
        return self.read + self.from_snapshot

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.read == self.total

    @classmethod
    def of(cls, sources: tuple[SourceOutcome, ...]) -> Coverage:
        read = sum(1 for s in sources if s.status is SourceStatus.OK and s.profile is not None)
        stale = sum(1 for s in sources if s.status is SourceStatus.ERROR and s.profile is not None)
        skipped = sum(1 for s in sources if s.status is SourceStatus.SKIPPED)
        return cls(read=read, from_snapshot=stale, failed=len(sources) - read - stale - skipped, skipped=skipped)


# The finding that says an audit could not be kept in the history (a full or read-only disk).
NOT_KEPT = "notice.not_saved"


@dataclass(frozen=True)
class AuditReport:
    """``score`` is ``None`` when no network could be read: nothing was looked at, so nothing is
    judged, and the report says "not audited" instead of an all-clear."""

    audited_at: datetime
    score: int | None
    sources: tuple[SourceOutcome, ...]
    findings: tuple[Finding, ...]
    discovered: tuple[AccountSuggestion, ...] = ()
    score_card: ScoreCard | None = None

    @property
    def coverage(self) -> Coverage:
        return Coverage.of(self.sources)

    @property
    def audited(self) -> bool:
        return self.score is not None

    @property
    def not_kept(self) -> str | None:
        """Why this audit is not in the history (a full or read-only disk), or None when it is."""
        return next((f.message for f in self.findings if f.check == NOT_KEPT), None)

    @property
    def profiles(self) -> tuple[Profile, ...]:
        return tuple(s.profile for s in self.sources if s.profile is not None)

    @property
    def posts(self) -> tuple[Post, ...]:
        return tuple(p for s in self.sources for p in s.posts)

    def link_for(self, finding: Finding) -> str | None:
        """Where the finding points: the post it quotes (always the post itself, never a guide about
        it), else its help page (a setting to change)."""
        if finding.target.startswith("post:"):
            post_id = finding.target.removeprefix("post:")
            post = next((p for p in self.posts if p.id == post_id and p.network is finding.network), None)
            if post is not None and post.url:
                return post.url
            return None
        return finding.help_url
