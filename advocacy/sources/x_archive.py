"""X (Twitter): the account archive the user downloads (ZIP or folder). x.com is never contacted.

Archive files are JavaScript assignments, ``window.YTD.tweets.part0 = [...]``; the part after ``=``
must be valid JSON. An archive re-saved into invalid JSON gets a clear error, never a guess.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from advocacy.domain.models import AccountRef, Link, Network, Post, Profile, VisibilityFacts
from advocacy.errors import ProfileNotFound
from advocacy.http_session import HttpClient
from advocacy.sources.archive import ExportArchive, MalformedExport, decode_text
from advocacy.sources.base import FetchContext, Fetched, keep_within_limits
from advocacy.sources.timeparse import parse_timestamp

WHAT = "the X archive"
WEB_BASE = "https://x.com"
_PREFIX = re.compile(r"^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*")


def parse_ytd(data: bytes, *, name: str) -> list[Any]:
    text, _ = decode_text(data)
    match = _PREFIX.match(text)
    if not match:
        raise MalformedExport(f"{name} in {WHAT} does not start with window.YTD…; it is not an archive file.")
    try:
        value = _json_records(text[match.end() :])
    except json.JSONDecodeError as exc:
        raise MalformedExport(
            f"{name} in {WHAT} is not valid JSON (line {exc.lineno}, column {exc.colno}); "
            "the file may have been edited: download the archive again."
        ) from None
    if not isinstance(value, list):
        raise MalformedExport(f"{name} in {WHAT} does not hold a list of records.")
    return value


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


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


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


def parse_profile(account: Mapping[str, Any], profile_records: list[Any], former: tuple[str, ...]) -> Profile:
    username = _text(account.get("username"))
    profile = _inner(profile_records[0], "profile") if profile_records else {}
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
        avatar_is_default=(not avatar) or "default_profile" in avatar,
        header_is_default=not _text(profile.get("headerMediaUrl")),
        created_at=parse_timestamp(account.get("createdAt")),
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
        return parse_timestamp(value)


def parse_tweet(record: Any, *, username: str, account_id: str) -> Post | None:
    tweet = _inner(record, "tweet")
    tweet_id = _text(tweet.get("id_str")) or _text(tweet.get("id"))
    created_at = _created(tweet.get("created_at"))
    if not tweet_id or created_at is None:
        return None
    text = _text(tweet.get("full_text")) or _text(tweet.get("text"))
    entities = _inner({"entities": tweet.get("entities")}, "entities")
    links: list[str] = []
    for url in entities.get("urls") or []:
        if isinstance(url, Mapping) and _text(url.get("expanded_url")):
            links.append(_text(url["expanded_url"]))
            if _text(url.get("url")):
                text = text.replace(_text(url["url"]), _text(url["expanded_url"]))
    hashtags = [_text(h.get("text")) for h in entities.get("hashtags") or [] if isinstance(h, Mapping)]
    mentions = [
        "@" + _text(m.get("screen_name")) for m in entities.get("user_mentions") or [] if isinstance(m, Mapping)
    ]
    reply_to_user = _text(tweet.get("in_reply_to_user_id_str")) or _text(tweet.get("in_reply_to_user_id"))
    replying = bool(_text(tweet.get("in_reply_to_status_id_str")) or _text(tweet.get("in_reply_to_status_id")))
    return Post(
        network=Network.X,
        id=tweet_id,
        url=f"{WEB_BASE}/{username}/status/{tweet_id}",
        created_at=created_at,
        text=html.unescape(text),
        language=_text(tweet.get("lang")) or None,
        # A reply to oneself continues one's own thread: that is posting, not replying.
        is_reply=replying and reply_to_user != account_id,
        is_repost=text.startswith("RT @") or tweet.get("retweeted") is True,
        links=tuple(dict.fromkeys(links)),
        hashtags=tuple(dict.fromkeys(h for h in hashtags if h)),
        mentions=tuple(dict.fromkeys(m for m in mentions if m != "@")),
    )


def fetch(client: HttpClient, account: AccountRef, context: FetchContext) -> Fetched:  # noqa: ARG001
    """``client`` is unused: the archive is a local file."""
    with ExportArchive(account.handle, what=WHAT) as archive:
        account_files = archive.find(r"account\.js")
        if not account_files:
            raise ProfileNotFound(f"{archive.path} does not look like an X archive (no account.js in it).")
        account_data = parse_account(parse_ytd(archive.read(account_files[0]), name="account.js"))
        username = _text(account_data.get("username"))
        account_id = _text(account_data.get("accountId"))

        def records(pattern: str, name: str) -> list[Any]:
            found: list[Any] = []
            for member in archive.find(pattern):
                found.extend(parse_ytd(archive.read(member), name=member.rsplit("/", 1)[-1] or name))
            return found

        former = parse_former_handles(records(r"screen-name-change\.js", "screen-name-change.js"))
        profile = parse_profile(account_data, records(r"profile\.js", "profile.js"), former)
        context.progress(1, 3)
        tweets = records(r"tweets?(-part\d+)?\.js", "tweets.js")
        context.progress(2, 3)
    posts = [p for r in tweets if (p := parse_tweet(r, username=username, account_id=account_id)) is not None]
    context.progress(3, 3)
    return Fetched(profile=profile, posts=keep_within_limits(posts, context.limits))
