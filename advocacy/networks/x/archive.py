"""X (Twitter): the account archive the user downloads (ZIP or folder). x.com is never contacted.

Archive files are JavaScript assignments whose right-hand side must be valid JSON:
``window.YTD.tweets.part0 = [...]`` (2019 on; ``tweet.js`` or ``tweets.js``, large archives split
into ``tweets-part1.js``…, listed in ``manifest.js`` as ``window.__THAR_CONFIG = {...}``), and the
older "Grailbird" archive (``var user_details = {...}``, ``Grailbird.data.tweets_2013_02 = [...]``
one file per month under ``data/js/tweets/``, or its ``tweets.csv``). Long posts keep their full
text in ``note-tweet.js``; edited tweets count once, as their latest version. An archive re-saved
into invalid JSON gets a clear error, never a guess; a tweet that cannot be read is counted.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from advocacy.domain.models import (
    AccountRef,
    Engagement,
    Link,
    Media,
    Network,
    Post,
    Profile,
    SkippedRecords,
    VisibilityFacts,
)
from advocacy.errors import ProfileNotFound
from advocacy.http_session import HttpClient
from advocacy.sources.archive import ExportArchive, MalformedExport, decode_text, decoded
from advocacy.sources.base import FetchContext, Fetched, Skips, keep_within_limits
from advocacy.sources.json_fields import integer as _int
from advocacy.sources.json_fields import text as _text
from advocacy.sources.json_stream import json_records
from advocacy.sources.timeparse import parse_loose, parse_timestamp

WHAT = "the X archive"
WEB_BASE = "https://x.com"
NO_DATE = "had no date we could read"
_PREFIX = re.compile(r"^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*")
_ASSIGNMENT = re.compile(r"^\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*=\s*")
_TCO = re.compile(r"https?://t\.co/\w+")


def parse_ytd(data: bytes, *, name: str) -> list[Any]:
    text, _ = decode_text(data)
    text = text.lstrip("\ufeff")
    match = _PREFIX.match(text)
    if not match:
        raise MalformedExport(f"{name} in {WHAT} does not start with window.YTD…; it is not an archive file.")
    value = _parse_json(text[match.end() :], name)
    if not isinstance(value, list):
        raise MalformedExport(f"{name} in {WHAT} does not hold a list of records.")
    return value


def stream_ytd(chunks: Iterable[bytes], *, name: str) -> Iterator[Any]:
    """The records of a ``window.YTD…`` file a record at a time: a 172 MB ``tweets.js`` in flat memory."""
    return json_records(decoded(chunks), opening=_PREFIX, closing=";", name=name, what=WHAT, starts_with="window.YTD…")


def parse_assignment(data: bytes, *, name: str) -> Any:
    """Any archive script ``<name> = <JSON>`` (YTD, ``__THAR_CONFIG``, Grailbird), its JSON value."""
    text, _ = decode_text(data)
    text = text.lstrip("\ufeff")
    match = _ASSIGNMENT.match(text)
    if not match:
        raise MalformedExport(f"{name} in {WHAT} is not an archive data file (it assigns no value).")
    return _parse_json(text[match.end() :], name)


def _parse_json(text: str, name: str) -> Any:
    text = text.rstrip()
    if text.endswith(";"):
        text = text[:-1]
    try:
        return _json_records(text)
    except json.JSONDecodeError as exc:
        raise MalformedExport(
            f"{name} in {WHAT} is damaged at line {exc.lineno}, column {exc.colno}; "
            "the file may have been edited: download the archive again."
        ) from None
    except RecursionError:
        raise MalformedExport(f"{name} in {WHAT} is nested too deeply to be an archive file.") from None


_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _after_space(text: str, at: int) -> int:
    space = _SPACE.match(text, at)
    return space.end() if space else at  # it always matches: the pattern accepts no space at all


def _json_records(text: str) -> Any:
    """``json.loads(text)``, a record at a time when it is a list: one call over a 2 MB archive
    holds the interpreter for tens of milliseconds, and the window stalls that long."""
    at = _after_space(text, 0)
    if not text.startswith("[", at):
        return json.loads(text[at:])
    records: list[Any] = []
    at = _after_space(text, at + 1)
    if text.startswith("]", at):
        at += 1
    else:
        while True:
            record, at = _DECODER.raw_decode(text, at)
            records.append(record)
            at = _after_space(text, at)
            if text.startswith(",", at):
                at = _after_space(text, at + 1)
            elif text.startswith("]", at):
                at += 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
    end = _after_space(text, at)
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return records


def _id(value: Any) -> str:
    """Ids are strings in newer archives and JSON numbers in older ones."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return str(value)
    return value.strip() if isinstance(value, str) else ""


def _inner(item: Any, key: str) -> Mapping[str, Any]:
    if isinstance(item, Mapping):
        inner = item.get(key, item)
        if isinstance(inner, Mapping):
            return inner
    return {}


def parse_account(records: list[Any]) -> Mapping[str, Any]:
    account = _inner(records[0], "account") if records else {}
    if not _text(account.get("username")):
        raise MalformedExport(f"account.js in {WHAT} has no username.")
    return account


def account_from_manifest(manifest: Any) -> Mapping[str, Any]:
    """``manifest.js`` names the account too (``userInfo``); used when account.js is missing."""
    info = manifest.get("userInfo") if isinstance(manifest, Mapping) else None
    if not isinstance(info, Mapping) or not _text(info.get("userName")):
        return {}
    return {
        "username": _text(info.get("userName")),
        "accountId": _id(info.get("accountId")),
        "accountDisplayName": _text(info.get("displayName")),
    }


def account_from_user_details(details: Any) -> Mapping[str, Any]:
    """The Grailbird archive's ``user_details.js``, in the newer account.js terms."""
    if not isinstance(details, Mapping) or not _text(details.get("screen_name")):
        raise MalformedExport(f"user_details.js in {WHAT} has no screen_name.")
    created = _created(details.get("created_at"))
    return {
        "username": _text(details.get("screen_name")),
        "accountId": _id(details.get("id")) or _id(details.get("id_str")),
        "accountDisplayName": _text(details.get("full_name")),
        "createdAt": created.isoformat() if created else "",
        "_profile": {"description": {"bio": details.get("bio"), "location": details.get("location")}},
    }


def parse_profile(account: Mapping[str, Any], profile_records: list[Any], former: tuple[str, ...]) -> Profile:
    username = _text(account.get("username"))
    profile = _inner(profile_records[0], "profile") if profile_records else _inner(account, "_profile")
    description = _inner({"description": profile.get("description")}, "description")
    website = _text(description.get("website")).strip()
    avatar = _text(profile.get("avatarMediaUrl"))
    return Profile(
        network=Network.X,
        handle=f"@{username}",
        url=f"{WEB_BASE}/{username}",
        display_name=_text(account.get("accountDisplayName")).strip(),
        bio=html.unescape(_text(description.get("bio"))).strip(),
        location=_text(description.get("location")).strip(),
        # The archive keeps the website as a t.co short link; it cannot be expanded offline.
        links=(Link(url=website, label="Website"),) if website else (),
        avatar_is_default=None if not profile_records else (not avatar) or "default_profile" in avatar,
        header_is_default=None if not profile_records else not _text(profile.get("headerMediaUrl")),
        created_at=parse_timestamp(account.get("createdAt")) or parse_loose(account.get("createdAt")),
        visibility=VisibilityFacts(),
        former_handles=former,
    )


def parse_former_handles(records: list[Any]) -> tuple[str, ...]:
    handles = []
    for record in records:
        change = _inner(record, "screenNameChange").get("screenNameChange")
        if isinstance(change, Mapping) and _text(change.get("changedFrom")):
            handles.append("@" + _text(change["changedFrom"]))
    return tuple(dict.fromkeys(handles))


def _created(value: Any) -> datetime | None:
    try:
        return datetime.strptime(_text(value), "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        return parse_loose(value)


def _expand(text: str, urls: Any, short: str, long: str) -> tuple[str, list[str]]:
    links: list[str] = []
    for url in urls if isinstance(urls, list) else []:
        if isinstance(url, Mapping) and _text(url.get(long)):
            links.append(_text(url[long]))
            if _text(url.get(short)):
                text = text.replace(_text(url[short]), _text(url[long]))
    return text, links


def parse_tweet(record: Any, *, username: str, account_id: str) -> Post | None:
    """One tweet as a post, or ``None`` when it has no id or no readable date (counted by the caller)."""
    tweet = _inner(record, "tweet")
    tweet_id = _id(tweet.get("id_str")) or _id(tweet.get("id"))
    created_at = _created(tweet.get("created_at"))
    if not tweet_id or created_at is None:
        return None
    entities = _inner({"entities": tweet.get("entities")}, "entities")
    text, links = _expand(
        _text(tweet.get("full_text")) or _text(tweet.get("text")), entities.get("urls"), "url", "expanded_url"
    )
    hashtags = [_text(h.get("text")) for h in entities.get("hashtags") or [] if isinstance(h, Mapping)]
    mentions = [
        "@" + _text(m.get("screen_name")) for m in entities.get("user_mentions") or [] if isinstance(m, Mapping)
    ]
    reply_to_user = _id(tweet.get("in_reply_to_user_id_str")) or _id(tweet.get("in_reply_to_user_id"))
    replying = bool(_id(tweet.get("in_reply_to_status_id_str")) or _id(tweet.get("in_reply_to_status_id")))
    is_repost = (
        text.startswith("RT @") or tweet.get("retweeted") is True or isinstance(tweet.get("retweeted_status"), Mapping)
    )
    return Post(
        network=Network.X,
        id=tweet_id,
        url=f"{WEB_BASE}/{username}/status/{tweet_id}",
        created_at=created_at,
        text=html.unescape(text),
        language=_text(tweet.get("lang")) or None,
        # A reply to oneself continues one's own thread: that is posting, not replying.
        is_reply=replying and reply_to_user != account_id,
        is_repost=is_repost,
        links=tuple(dict.fromkeys(links)),
        hashtags=tuple(dict.fromkeys(h for h in hashtags if h)),
        mentions=tuple(dict.fromkeys(m for m in mentions if m != "@")),
        # Archives list media without their descriptions: alt unknown (None), never "missing".
        media=tuple(
            Media(_text(m.get("type")) or "image")
            for m in _inner({"e": tweet.get("extended_entities")}, "e").get("media") or []
            if isinstance(m, Mapping)
        ),
        # The archive has likes and retweets; replies and quotes it does not say (None, never 0).
        engagement=None
        if is_repost
        else Engagement(likes=_int(tweet.get("favorite_count")), reposts=_int(tweet.get("retweet_count"))),
    )


def _edit_chain(record: Any) -> tuple[str, list[str]]:
    """The id of the first version of an edited tweet and every version's id, oldest first."""
    tweet = _inner(record, "tweet")
    info = tweet.get("edit_info")
    own = _id(tweet.get("id_str")) or _id(tweet.get("id"))
    if not isinstance(info, Mapping):
        return own, [own]
    initial = info.get("initial")
    if isinstance(initial, Mapping):
        ids = [_id(i) for i in initial.get("editTweetIds") or [] if _id(i)]
        return (ids[0] if ids else own), ids or [own]
    edit = info.get("edit")
    if isinstance(edit, Mapping):
        control = edit.get("editControlInitial")
        ids = [_id(i) for i in (control.get("editTweetIds") or [] if isinstance(control, Mapping) else []) if _id(i)]
        first = _id(edit.get("initialTweetId")) or (ids[0] if ids else own)
        return first, ids or [first, own]
    return own, [own]


def _normal(text: str) -> str:
    text = _TCO.sub("", html.unescape(text)).rstrip().rstrip("…").rstrip()
    return " ".join(text.split())


class _Notes:
    """Long posts from note-tweet.js, found again by when they were posted and how they start."""

    def __init__(self, records: Iterable[Any], *, since: datetime | None = None) -> None:
        self.by_second: dict[int, list[tuple[str, str, list[str]]]] = {}
        self.used: set[str] = set()
        self.count = 0
        earliest = since - timedelta(seconds=2) if since is not None else None
        for record in records:
            note = _inner(record, "noteTweet")
            core = note.get("core")
            created = parse_timestamp(note.get("createdAt")) or parse_loose(note.get("createdAt"))
            if not isinstance(core, Mapping) or not _text(core.get("text")) or created is None:
                continue
            if earliest is not None and created < earliest:
                continue
            self.count += 1
            text, links = _expand(_text(core["text"]), core.get("urls"), "shortUrl", "expandedUrl")
            note_id = _id(note.get("noteTweetId")) or f"{created.isoformat()}:{self.count}"
            self.by_second.setdefault(int(created.timestamp()), []).append((note_id, text, links))

    def full_text(self, post: Post) -> tuple[str, list[str]] | None:
        start = _normal(post.text)[:40]
        if not start:
            return None
        second = int(post.created_at.timestamp())
        for delta in (0, -1, 1, -2, 2):
            for note_id, text, links in self.by_second.get(second + delta, []):
                if note_id not in self.used and _normal(text).startswith(start):
                    self.used.add(note_id)
                    return text, links
        return None


def read_tweets(
    records: Iterable[Any],
    *,
    username: str,
    account_id: str,
    notes: Iterable[Any] = (),
    keep: int | None = None,
) -> tuple[list[Post], tuple[SkippedRecords, ...]]:
    """Posts from tweet records (any archive generation) and what could not be read. With ``keep``,
    only about the newest ``keep`` posts are held while reading (the rest are counted, not kept), so
    100,000 tweets take no more memory than a few hundred."""
    skips = Skips("tweets")
    latest: dict[str, tuple[int, Post]] = {}
    total = 0
    floor: datetime | None = None  # every post older than this would be dropped: not even built
    for record in records:
        total += 1
        if floor is not None and _older_than(record, floor):
            continue
        post = parse_tweet(record, username=username, account_id=account_id)
        if post is None:
            tweet = _inner(record, "tweet")
            has_id = bool(_id(tweet.get("id_str")) or _id(tweet.get("id")))
            skips.add(NO_DATE if has_id else "were not tweets we could read (no id)")
            continue
        first, versions = _edit_chain(record)
        rank = versions.index(post.id) if post.id in versions else len(versions)
        kept = latest.get(first)
        # An edited tweet is one post, shown as its latest version.
        if kept is None or (rank, post.created_at) > (kept[0], kept[1].created_at):
            latest[first] = (rank, post)
        if keep is not None and len(latest) > 2 * keep + _KEEP_SLACK:
            floor = _prune(latest, keep + _KEEP_SLACK)
    posts = [post for _, post in latest.values()]
    # Long posts older than every post kept belong to tweets that were not kept: not indexed at all.
    since = min((p.created_at for p in posts), default=None) if floor is not None else None
    long_posts = _Notes(notes, since=since)
    note_skips = Skips("long posts")
    if long_posts.count:
        for index, post in enumerate(posts):
            if post.is_repost:
                continue
            found = long_posts.full_text(post)
            if found:
                text, links = found
                posts[index] = replace(post, text=text, links=tuple(dict.fromkeys([*post.links, *links])))
        # Their tweet is missing from the archive (trimmed, or a part file lost): not guessed at.
        note_skips.add("matched no tweet in the archive (note-tweet.js)", long_posts.count - len(long_posts.used))
    return posts, skips.records(total=total) + note_skips.records(total=long_posts.count)


_KEEP_SLACK = 64  # more than the posts asked for, so an edit's versions or a tie never change which are kept


def _older_than(record: Any, floor: datetime) -> bool:
    """Whether a tweet is certainly older than ``floor`` (dated, with an id): its post is not needed."""
    tweet = _inner(record, "tweet")
    created = _created(tweet.get("created_at"))
    return created is not None and created < floor and bool(_id(tweet.get("id_str")) or _id(tweet.get("id")))


def _prune(latest: dict[str, tuple[int, Post]], size: int) -> datetime:
    """Drop all but the newest ``size`` posts; the date of the oldest one kept."""
    newest = sorted(latest.items(), key=lambda item: item[1][1].created_at, reverse=True)[:size]
    latest.clear()
    latest.update(newest)
    return newest[-1][1][1].created_at


def read_tweets_csv(data: bytes, *, username: str, account_id: str) -> tuple[list[Post], tuple[SkippedRecords, ...]]:
    """The Grailbird archive's ``tweets.csv`` (when its ``data/js/tweets`` files are missing)."""
    text, _ = decode_text(data)
    try:
        rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    except csv.Error as exc:
        raise MalformedExport(f"tweets.csv in {WHAT} is not a readable CSV file ({exc}).") from None
    records = [
        {
            "id_str": row.get("tweet_id") or "",
            "created_at": row.get("timestamp") or "",
            "text": row.get("text") or "",
            "in_reply_to_status_id_str": row.get("in_reply_to_status_id") or "",
            "in_reply_to_user_id_str": row.get("in_reply_to_user_id") or "",
            "retweeted": bool(row.get("retweeted_status_id")),
            "entities": {"urls": [{"expanded_url": u} for u in (row.get("expanded_urls") or "").split(",") if u]},
        }
        for row in rows
        if isinstance(row, dict)
    ]
    return read_tweets(records, username=username, account_id=account_id)


def _manifest_entries(manifest: Any, data_type: str) -> list[Mapping[str, Any]]:
    types = manifest.get("dataTypes") if isinstance(manifest, Mapping) else None
    entry = types.get(data_type) if isinstance(types, Mapping) else None
    files = entry.get("files") if isinstance(entry, Mapping) else None
    return [f for f in files if isinstance(f, Mapping)] if isinstance(files, list) else []


def _manifest_files(manifest: Any, data_type: str) -> list[str]:
    return [name for name, _ in _manifest_parts(manifest, data_type) if name]


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:  # noqa: ARG001
    """``client`` is unused: the archive is a local file."""
    with ExportArchive(account.handle, what=WHAT) as archive:
        members = list(archive.names())

        def by_name(pattern: str) -> list[str]:
            return archive.find(pattern)

        manifest: Any = None
        if found := by_name(r"manifest\.js"):
            manifest = parse_assignment(archive.read(found[0]), name="manifest.js")

        def listed(data_type: str, pattern: str) -> list[str]:
            """Files of one kind: as manifest.js lists them when it does, else found by name."""
            wanted = _manifest_files(manifest, data_type)
            present = [m for m in members if any(_is_member(w, m) for w in wanted)]
            return sorted(set(present) | set(by_name(pattern)))

        def stream(files: list[str]) -> Iterator[Any]:
            for member in files:
                yield from stream_ytd(archive.chunks(member), name=member.rsplit("/", 1)[-1])

        def records(files: list[str]) -> list[Any]:
            return list(stream(files))

        grailbird = False
        account_files = listed("account", r"account\.js")
        if account_files:
            account_data = parse_account(parse_ytd(archive.read(account_files[0]), name="account.js"))
        elif details := by_name(r"user_details\.js"):
            account_data = account_from_user_details(parse_assignment(archive.read(details[0]), name="user_details.js"))
            grailbird = True
        elif manifest is not None and account_from_manifest(manifest):
            account_data = account_from_manifest(manifest)
        else:
            raise ProfileNotFound(f"{archive.path} does not look like an X archive (no account.js in it).")
        username = _text(account_data.get("username"))
        account_id = _id(account_data.get("accountId"))

        former = parse_former_handles(records(listed("screenNameChange", r"screen-name-change\.js")))
        profile = parse_profile(account_data, records(listed("profile", r"profile\.js")), former)
        context.progress(1, 3)
        if grailbird:
            posts, skips = _grailbird_tweets(archive, members, username=username, account_id=account_id)
        else:
            tweet_files = listed("tweets", r"tweets?(-part\d+)?\.js")
            notes = stream(listed("noteTweet", r"note-tweets?(-part\d+)?\.js"))
            posts, skips = read_tweets(
                stream(tweet_files),
                username=username,
                account_id=account_id,
                notes=notes,
                keep=context.limits.max_posts,
            )
            skips += _missing(_manifest_parts(manifest, "tweets") + _manifest_parts(manifest, "tweet"), members)
            if not tweet_files:  # an archive without its tweets must not read as "no posts"
                skips += (
                    SkippedRecords(1, "tweets file", "was not in the archive (no tweets.js), so no tweets were read"),
                )
        profile = replace(
            profile,
            followers_count=_count(manifest, "follower", stream, listed("follower", r"follower(-part\d+)?\.js")),
            following_count=_count(manifest, "following", stream, listed("following", r"following(-part\d+)?\.js")),
        )
        context.progress(2, 3)
    context.progress(3, 3)
    return Fetched(profile=profile, posts=keep_within_limits(posts, context.limits), skipped=skips)


def _is_member(listed: str, member: str) -> bool:
    """Whether an archive member is the file an index lists (``data/tweets.js``), in any top folder."""
    name = listed.lstrip("./")
    return member == name or member.endswith("/" + name)


def _manifest_parts(manifest: Any, data_type: str) -> list[tuple[str, int | None]]:
    return [(_text(f.get("fileName")), _int(f.get("count"))) for f in _manifest_entries(manifest, data_type)]


def _grailbird_tweets(
    archive: ExportArchive, members: list[str], *, username: str, account_id: str
) -> tuple[list[Post], tuple[SkippedRecords, ...]]:
    """The 2012–2018 archive: one script per month, listed in tweet_index.js (or a tweets.csv)."""
    months = archive.find(r"(tweets_)?\d{4}_\d{2}\.js")
    index = archive.find(r"tweet_index\.js")
    listed_months, index_skips = _read_index(archive, index[0]) if index else ([], ())
    monthly: list[Any] = []
    for member in months:
        value = parse_assignment(archive.read(member), name=member.rsplit("/", 1)[-1])
        monthly.extend(value if isinstance(value, list) else [value])
    if months or not (csv_files := archive.find(r"tweets\.csv")):
        posts, skips = read_tweets(monthly, username=username, account_id=account_id)
    else:
        posts, skips = read_tweets_csv(archive.read(csv_files[0]), username=username, account_id=account_id)
    return posts, (*skips, *index_skips, *_missing(listed_months, members))


def _read_index(archive: ExportArchive, member: str) -> tuple[list[tuple[str, int | None]], tuple[SkippedRecords, ...]]:
    try:
        return _grailbird_index(parse_assignment(archive.read(member), name="tweet_index.js")), ()
    except MalformedExport:  # only the count of missing months depends on it: the tweets are still read
        return [], (SkippedRecords(1, "tweet index", "could not be read, so missing months could not be counted"),)


def _grailbird_index(index: Any) -> list[tuple[str, int | None]]:
    """The month files ``tweet_index.js`` lists, each with the number of tweets it says it holds."""
    entries = index if isinstance(index, list) else []
    return [
        (_text(e.get("file_name")), _int(e.get("tweet_count")))
        for e in entries
        if isinstance(e, Mapping) and _text(e.get("file_name"))
    ]


def _missing(listed: list[tuple[str, int | None]], members: list[str]) -> tuple[SkippedRecords, ...]:
    """Files the archive's own index lists that are not in it: the tweets in them were never read."""
    gone = [(name, count) for name, count in listed if name and not any(_is_member(name, m) for m in members)]
    if not gone:
        return ()
    counts = [count for _, count in gone]
    files = f"{len(gone)} file{'s' if len(gone) != 1 else ''}"
    if all(count is not None for count in counts):
        total = sum(count for count in counts if count is not None)
        return (SkippedRecords(total, "tweets", f"were in {files} the archive lists but does not hold"),)
    return (
        SkippedRecords(
            len(gone), "tweet files", "the archive lists are missing from it, so their tweets were not read"
        ),
    )


def _count(
    manifest: Any, data_type: str, records: Callable[[list[str]], Iterator[Any]], files: list[str]
) -> int | None:
    """Followers or following: the entries of their files, else the count manifest.js states; None
    when the archive has neither (an archive from before these files existed)."""
    if files:
        return sum(1 for _ in records(files))
    stated = [_int(f.get("count")) for f in _manifest_entries(manifest, data_type)]
    known = [count for count in stated if count is not None]
    return sum(known) if known else None
