"""Meta's "Download your information" export in JSON: Facebook, Instagram, and the Threads data an
Instagram export holds. Finding its files, reading them, undoing its text encoding.

Meta has moved the files between folders over the years (``posts/your_posts_1.json``,
``your_facebook_activity/posts/…``, ``content/posts_1.json``, ``your_instagram_activity/content/…``)
and renamed their keys (``friends``, ``friends_v2``), so a file is recognised by its shape: the key
its JSON object opens with (a version suffix ``_v2`` ignored), or the keys of the first record of
its list. Its folder is never relied on, so a layout not seen yet is read all the same.

Meta writes text as UTF-8 bytes escaped one by one (``"Caf\\u00c3\\u00a9"`` for "Café");
``unmangle`` turns it back into what the person wrote and leaves text that was not mangled as is.

A large download comes as several ZIP files: the user may name the folder that holds them (and
anything unpacked there), and every part is read. Messages are never opened: they are not what the
audit reads, and a busy account has thousands of them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any

from advocacy.domain.models import Media, Network, Post, Profile, SkippedRecords
from advocacy.errors import ProfileNotFound
from advocacy.sources.archive import ExportArchive, MalformedExport, decode_text, decoded
from advocacy.sources.base import FetchContext, Fetched, Skips, keep_within_limits
from advocacy.sources.json_fields import integer, text
from advocacy.sources.json_stream import json_records

HOW_TO_GET_JSON = (
    "download it again with Format: JSON (Accounts Centre → Your information and permissions → "
    "Download your information)"
)
SPLIT_DOWNLOAD = "if Meta split your download into several ZIP files, put them all in one folder and name that folder"
_HEAD_BYTES = 16 * 1024
_LONGEST_FIRST_RECORD = 1024 * 1024  # a first record longer than this is not one Meta wrote
_NEVER_OPENED = frozenset({"messages", "inbox", "message_requests", "archived_threads", "filtered_threads"})
_VERSION = re.compile(r"_v\d+$")
NO_DATE = "had no date we could read"
TWICE = "were listed twice in the export (each read once)"
URL = re.compile(r"https?://[^\s<>\"]+")  # a link written in a post's text
HASHTAG = re.compile(r"(?<![\w&])#(\w[\w-]*)")
_MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9._]{1,30})")
_WRAPPED = re.compile(r'\s*\{\s*"(?:[^"\\]|\\.){1,80}"\s*:')  # {"status_updates": [ ... ] }
_OPENING_KEY = re.compile(rb'^\s*\{\s*"((?:[^"\\]|\\.){1,80})"\s*:')


class Holds(StrEnum):
    """What one file of an export holds; the prefix says whose it is."""

    FACEBOOK_POSTS = "facebook posts"
    FACEBOOK_PROFILE = "facebook profile"
    FACEBOOK_FRIENDS = "facebook friends"
    FACEBOOK_FOLLOWERS = "facebook followers"
    FACEBOOK_FOLLOWING = "facebook following"
    INSTAGRAM_POSTS = "instagram posts"
    INSTAGRAM_REELS = "instagram reels"
    INSTAGRAM_PROFILE = "instagram profile"
    INSTAGRAM_FOLLOWERS = "instagram followers"
    INSTAGRAM_FOLLOWING = "instagram following"
    THREADS_POSTS = "threads posts"
    THREADS_PROFILE = "threads profile"
    THREADS_FOLLOWERS = "threads followers"
    THREADS_FOLLOWING = "threads following"

    @property
    def network(self) -> Network:
        return Network(self.value.split(" ", 1)[0])


# The key a file's object opens with, version suffix removed.
_BY_OPENING_KEY: dict[str, Holds] = {
    "status_updates": Holds.FACEBOOK_POSTS,
    "profile": Holds.FACEBOOK_PROFILE,
    "friends": Holds.FACEBOOK_FRIENDS,
    "followers": Holds.FACEBOOK_FOLLOWERS,
    "following": Holds.FACEBOOK_FOLLOWING,
    "profile_user": Holds.INSTAGRAM_PROFILE,
    "ig_reels_media": Holds.INSTAGRAM_REELS,
    "relationships_followers": Holds.INSTAGRAM_FOLLOWERS,
    "relationships_following": Holds.INSTAGRAM_FOLLOWING,
    "text_post_app_text_posts": Holds.THREADS_POSTS,
    "text_post_app_text_post_app_profile": Holds.THREADS_PROFILE,
    "text_post_app_text_post_app_followers": Holds.THREADS_FOLLOWERS,
    "text_post_app_text_post_app_following": Holds.THREADS_FOLLOWING,
}


def holds_for_record(first: Mapping[str, Any], file_name: str) -> Holds | None:
    """What a file that is a bare list holds, from its first record (and, for the account lists
    whose records look alike, the file's name)."""
    if "timestamp" in first and ({"data", "attachments", "title"} & first.keys()):
        return Holds.FACEBOOK_POSTS
    if isinstance(first.get("media"), list) and "timestamp" not in first:
        return Holds.INSTAGRAM_POSTS
    if "string_list_data" in first:
        stem = file_name.lower()
        if re.fullmatch(r"followers(_\d+)?\.json", stem):
            return Holds.INSTAGRAM_FOLLOWERS
        if re.fullmatch(r"following(_\d+)?\.json", stem):
            return Holds.INSTAGRAM_FOLLOWING
    return None


def holds_for_head(head: bytes, file_name: str) -> Holds | None:
    """What a JSON file holds, from its first bytes; None when it is none of the files read here."""
    opening = _OPENING_KEY.match(head)
    if opening:
        key = _VERSION.sub("", opening.group(1).decode("utf-8", "replace"))
        return _BY_OPENING_KEY.get(key)
    first = first_record(head)
    return holds_for_record(first, file_name) if isinstance(first, Mapping) else None


def first_record(head: bytes) -> Any:
    """The first record of a file that is a list, from its first bytes; None when it is not a list,
    is empty, or its first record does not end within ``head`` (or is not JSON)."""
    stripped = head.lstrip()
    if not stripped.startswith(b"["):
        return None
    rest = stripped[1:].decode("utf-8", "replace").lstrip()
    if rest.startswith("]"):
        return None
    try:
        first, _ = json.JSONDecoder().raw_decode(rest)
    except (json.JSONDecodeError, RecursionError):
        return None
    return first


def unmangle(value: Any) -> Any:
    """Every string in ``value`` as the person wrote it: Meta's byte-per-escape text decoded as UTF-8.

    A string with a character above U+00FF, or whose bytes are not UTF-8, was not mangled and is
    returned unchanged."""
    if isinstance(value, str):
        if value.isascii():
            return value
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, list):
        return [unmangle(item) for item in value]
    if isinstance(value, dict):
        return {unmangle(key): unmangle(item) for key, item in value.items()}
    return value


def when(value: Any) -> datetime | None:
    """A Unix timestamp as Meta writes it (seconds), or None for 0, a negative or a missing one."""
    seconds = integer(value)
    if seconds is None and isinstance(value, float) and value > 0:
        seconds = int(value)
    if not seconds or seconds <= 0:
        return None
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def records(value: Any) -> list[Any]:
    """The records of a file: a bare list, or the list its one opening key holds."""
    if isinstance(value, list):
        return value
    if isinstance(value, Mapping):
        for item in value.values():
            if isinstance(item, list):
                return item
    return []


def media_kind(uri: Any) -> str:
    suffix = PurePosixPath(text(uri).lower()).suffix
    return "video" if suffix in {".mp4", ".mov", ".m4v", ".webm", ".avi"} else "image"


def string_map(record: Any) -> dict[str, str]:
    """Instagram and Threads profile records: ``string_map_data`` as name → value."""
    data = record.get("string_map_data") if isinstance(record, Mapping) else None
    if not isinstance(data, Mapping):
        return {}
    return {str(name): text(entry.get("value")).strip() for name, entry in data.items() if isinstance(entry, Mapping)}


def media_post(record: Any, network: Network) -> Post | str:
    """An Instagram post or reel, or a Threads post (``{"media": [...]}``) as a post, or the reason it
    is not one (counted by the caller)."""
    items = record.get("media") if isinstance(record, Mapping) else None
    if not isinstance(items, list) or not items:
        return "were not posts we could read"
    media_items = [item for item in items if isinstance(item, Mapping)]
    caption = text(record.get("title")).strip() or next(
        (text(item.get("title")).strip() for item in media_items if text(item.get("title")).strip()), ""
    )
    created_at = when(record.get("creation_timestamp")) or next(
        (moment for item in media_items if (moment := when(item.get("creation_timestamp")))), None
    )
    if created_at is None:
        return NO_DATE
    digest = hashlib.sha1(caption.encode()).hexdigest()[:10]
    return Post(
        network=network,
        id=f"{int(created_at.timestamp())}-{digest}",
        url="",  # the export does not give the post's address
        created_at=created_at,
        text=caption,
        links=tuple(dict.fromkeys(URL.findall(caption))),
        hashtags=tuple(dict.fromkeys(HASHTAG.findall(caption))),
        mentions=tuple(dict.fromkeys("@" + m.rstrip(".") for m in _MENTION.findall(caption))),
        # The export keeps no image descriptions: unknown (None), never "missing".
        media=tuple(Media(media_kind(item.get("uri"))) for item in media_items if text(item.get("uri"))),
    )


def read_posts(records: Iterable[Any], parse: Callable[[Any], Post | str]) -> tuple[list[Post], Skips]:
    """Posts from a file's records, and the ones that could not be read, counted by reason. A post
    listed twice (the 2024 layout lists some posts again among photos; parts of a split download
    may overlap) is read once, and the repeat is counted."""
    skips = Skips("posts")
    posts: dict[str, Post] = {}
    for record in records:
        parsed = parse(record)
        if isinstance(parsed, str):
            skips.add(parsed)
        elif parsed.id in posts:
            skips.add(TWICE)
        else:
            posts[parsed.id] = parsed
    skips.read = len(posts)
    return list(posts.values()), skips


def yes_no(value: str) -> bool | None:
    """``"True"``/``"False"`` as the profile files write them; None for anything else."""
    lowered = value.strip().lower()
    return True if lowered == "true" else False if lowered == "false" else None


@dataclass(frozen=True)
class Member:
    archive: int
    name: str

    @property
    def file_name(self) -> str:
        return PurePosixPath(self.name).name


class MetaExport:
    """One export: a ZIP, an unpacked folder, or a folder holding the parts of a split download."""

    def __init__(self, location: str | Path, *, network: Network) -> None:
        self.network = network
        self.what = f"the {network.label} export"
        path = Path(location).expanduser()
        self.path = path
        if path.is_file() and path.suffix.lower() in (".json", ".html", ".htm"):
            hint = f"; {HOW_TO_GET_JSON}" if path.suffix.lower() != ".json" else ""
            raise ProfileNotFound(
                f"{path.name} is one file of the export: name the ZIP you downloaded from Meta, or the folder "
                f"you unpacked it into{hint}."
            )
        self._archives: list[ExportArchive] = []
        try:
            self._archives.append(ExportArchive(path, what=self.what))
            if path.is_dir():
                for part in sorted(p for p in path.iterdir() if p.suffix.lower() == ".zip" and p.is_file()):
                    self._archives.append(ExportArchive(part, what=f"{self.what} ({part.name})"))
        except BaseException:
            self.close()
            raise
        self.found: dict[Holds, list[Member]] = {}
        self.html_pages = 0
        self.damaged: list[Member] = []
        self._classify()

    def close(self) -> None:
        for archive in self._archives:
            archive.close()

    def __enter__(self) -> MetaExport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _members(self) -> Iterator[Member]:
        for index, archive in enumerate(self._archives):
            for name in archive.names():
                parts = {part.lower() for part in PurePosixPath(name).parts[:-1]}
                if not parts & _NEVER_OPENED:
                    yield Member(index, name)

    def _classify(self) -> None:
        for member in self._members():
            lowered = member.name.lower()
            if lowered.endswith((".html", ".htm")):
                self.html_pages += 1
                continue
            if not lowered.endswith(".json"):
                continue
            archive = self._archives[member.archive]
            head = archive.head(member.name, _HEAD_BYTES)
            holds = holds_for_head(head, member.file_name)
            if holds is None and head.lstrip().startswith(b"[") and len(head) == _HEAD_BYTES:
                # The first record did not fit: look further, within reason.
                head = archive.head(member.name, _LONGEST_FIRST_RECORD)
                holds = holds_for_head(head, member.file_name)
            if holds is not None:
                self.found.setdefault(holds, []).append(member)
            elif head.lstrip().startswith(b"[") and first_record(head) is None and not _empty_list(head):
                self.damaged.append(member)  # a list whose first record is not JSON: cut off or edited

    def files(self, holds: Holds) -> list[Member]:
        return sorted(self.found.get(holds, []), key=lambda m: (m.archive, _natural(m.name)))

    def load(self, member: Member) -> Any:
        """A file's JSON with its text decoded; ``MalformedExport`` when it is not JSON."""
        data = self._archives[member.archive].read(member.name)
        content, _ = decode_text(data)
        try:
            return unmangle(json.loads(content))
        except json.JSONDecodeError as exc:
            raise MalformedExport(
                f"{member.name} in {self.what} is damaged at line {exc.lineno}, column {exc.colno}; "
                "the file may have been cut short or edited: download the export again."
            ) from None
        except RecursionError:
            raise MalformedExport(f"{member.name} in {self.what} is nested too deeply to be an export file.") from None

    def stream(self, holds: Holds) -> Iterator[Any]:
        """The records of every file of a kind, one at a time with its text decoded: a prolific
        account's posts in flat memory (Meta writes a bare list, or one key holding the list)."""
        for member in self.files(holds):
            archive = self._archives[member.archive]
            wrapped = archive.head(member.name, 64).lstrip().startswith(b"{")
            for record in json_records(
                decoded(archive.chunks(member.name)),
                opening=_WRAPPED if wrapped else None,
                closing="}" if wrapped else "",
                name=member.name,
                what=self.what,
                starts_with="a list",
            ):
                yield unmangle(record)

    def records_of(self, holds: Holds) -> list[Any]:
        return list(self.stream(holds))

    def count(self, *holds: Holds) -> int | None:
        """How many records the files of these kinds hold (accounts in a followers list); None when
        the export has none of those files, which is not the same as an empty list."""
        if not any(self.files(h) for h in holds):
            return None
        return sum(1 for h in holds for _ in self.stream(h))

    def posts_of(self, *holds: Holds) -> tuple[Iterator[Any], tuple[SkippedRecords, ...]]:
        """The records of the posts files, streamed, and a note when there is none: an export
        without its posts must never read as "no posts"."""
        found = (record for h in holds for record in self.stream(h))
        if any(self.files(h) for h in holds):
            return found, ()
        return found, (
            SkippedRecords(1, "posts file", f"was not in the export, so no posts were read ({SPLIT_DOWNLOAD})"),
        )

    def profile_file(self, holds: Holds) -> tuple[Any, tuple[SkippedRecords, ...]]:
        """The profile file's JSON (None when the export has none, with a note saying so)."""
        files = self.files(holds)
        if files:
            return self.load(files[0]), ()
        return None, (
            SkippedRecords(1, "profile file", f"was not in the export, so the profile was not read ({SPLIT_DOWNLOAD})"),
        )

    def owned(self) -> set[Holds]:
        return {holds for holds in self.found if holds.network is self.network}

    def require_own_files(self) -> None:
        """Raise the one sentence that says why this is not an export of the network, when it is not."""
        if self.owned():
            return
        others = sorted({holds.network for holds in self.found}, key=lambda n: n.label)
        where = self.path.name or str(self.path)
        carrier = self.network.facts.export_inside  # Threads: an Instagram download may hold it, or not
        if carrier is not None and carrier in others:
            raise ProfileNotFound(
                f"{where} is {_article(carrier.label)} {carrier.label} export with no {self.network.label} data in "
                f"it: {self.network.label} is in the {carrier.label} download only if you choose it there; "
                f"{HOW_TO_GET_JSON}, with {self.network.label} included."
            )
        if others:
            names = " and ".join(n.label for n in others)
            raise ProfileNotFound(
                f"{where} is {_article(names)} {names} export, not {_article(self.network.label)} "
                f"{self.network.label} one: name it under {others[0].label} in your profile."
            )
        if self.damaged:
            name = self.damaged[0].name
            raise MalformedExport(
                f"{name} in {self.what} is damaged, and nothing else in it is {_article(self.network.label)} "
                f"{self.network.label} file; the download may be incomplete: download the export again."
            )
        if self.html_pages:
            raise ProfileNotFound(
                f"{where} is the HTML version of Meta's export, which the app cannot read: {HOW_TO_GET_JSON}."
            )
        raise ProfileNotFound(
            f"{where} holds none of the files of {_article(self.network.label)} {self.network.label} export "
            f"(posts, profile, followers); {SPLIT_DOWNLOAD}."
        )


def audience_unknown() -> tuple[SkippedRecords, ...]:
    """No followers (or friends) list in the export: the audience is unknown, never 0."""
    return (
        SkippedRecords(1, "followers list", f"was not in the export, so your audience is unknown ({SPLIT_DOWNLOAD})"),
    )


def _empty_list(head: bytes) -> bool:
    return re.fullmatch(rb"\s*\[\s*\]\s*", head) is not None


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _natural(name: str) -> list[object]:
    """``your_posts_2.json`` before ``your_posts_10.json``."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


@dataclass(frozen=True)
class ExportLayout:
    """Which files of an export a network reads: its profile, its posts, and its audience. Where
    the followers list is missing, ``also_audience`` stands in (Facebook's friends see a person's
    posts as followers do)."""

    profile: Holds
    posts: tuple[Holds, ...]
    followers: Holds
    following: Holds
    also_audience: Holds | None = None


def read_export(
    location: str,
    network: Network,
    layout: ExportLayout,
    *,
    profile: Callable[[Any, MetaExport], Profile],
    post: Callable[[Any], Post | str],
    context: FetchContext,
) -> Fetched:
    """One network's export read the same way for each: its own files or one sentence why not, the
    profile (a stand-in when the download lacks it), the posts with every record accounted for, and
    the audience (unknown, never 0, when no list says it)."""
    with MetaExport(location, network=network) as export:
        export.require_own_files()
        profile_json, skipped = export.profile_file(layout.profile)
        found = profile(profile_json, export)
        context.progress(1, 3)
        post_records, no_posts = export.posts_of(*layout.posts)
        posts, skips = read_posts(post_records, post)
        skipped += skips.records() + no_posts
        context.progress(2, 3)
        followers = export.count(layout.followers)
        if followers is None and layout.also_audience is not None:
            followers = export.count(layout.also_audience)
        found = replace(found, followers_count=followers, following_count=export.count(layout.following))
        if followers is None:
            skipped += audience_unknown()
    context.progress(3, 3)
    return Fetched(profile=found, posts=keep_within_limits(posts, context.limits), skipped=skipped)
