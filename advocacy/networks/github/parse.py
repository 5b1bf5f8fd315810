"""GitHub REST JSON (user, orgs, public events, social accounts) to domain models. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advocacy.domain.models import Link, Network, Post, Profile, VisibilityFacts
from advocacy.errors import MalformedResponse
from advocacy.sources.base import Skips
from advocacy.sources.json_fields import integer as _int
from advocacy.sources.json_fields import text as _text
from advocacy.sources.timeparse import parse_loose, parse_timestamp

WEB_BASE = "https://github.com"
# Activity that amplifies someone else's work rather than saying something of one's own.
_AMPLIFYING = {"WatchEvent", "ForkEvent"}
_REPLYING = {"IssueCommentEvent", "PullRequestReviewCommentEvent", "CommitCommentEvent", "PullRequestReviewEvent"}


def normalise_url(value: str) -> str:
    """GitHub's ``blog`` field is free text: ``example.com`` means ``https://example.com``."""
    value = value.strip()
    if not value:
        return ""
    return value if value.startswith(("http://", "https://")) else f"https://{value}"


def parse_user(data: Any, *, host: str) -> Profile:
    if not isinstance(data, Mapping) or not _text(data.get("login")):
        raise MalformedResponse(f"{host} sent the GitHub user in an unexpected shape.")
    login = _text(data["login"])
    links: list[Link] = []
    blog = normalise_url(_text(data.get("blog")))
    if blog:
        links.append(Link(url=blog, label="Website"))
    twitter = _text(data.get("twitter_username")).strip().lstrip("@")
    if twitter:
        links.append(Link(url=f"https://x.com/{twitter}", label="X"))
    return Profile(
        network=Network.GITHUB,
        handle=login,
        url=_text(data.get("html_url")) or f"{web_base_for(host)}/{login}",
        display_name=_text(data.get("name")).strip(),
        bio=_text(data.get("bio")).strip(),
        employer=_text(data.get("company")).strip(),
        location=_text(data.get("location")).strip(),
        links=tuple(links),
        created_at=parse_timestamp(data.get("created_at")),
        updated_at=parse_timestamp(data.get("updated_at")),
        followers_count=_int(data.get("followers")),
        following_count=_int(data.get("following")),
        post_count=_int(data.get("public_repos")),  # what GitHub shows as a person's body of work
        visibility=VisibilityFacts(public=True),
    )


def parse_org_logins(data: Any, *, host: str) -> list[str]:
    if not isinstance(data, list):
        raise MalformedResponse(f"{host} sent the list of organisations in an unexpected shape.")
    return [_text(org.get("login")) for org in data if isinstance(org, Mapping) and _text(org.get("login"))]


def parse_social_accounts(data: Any) -> list[Link]:
    if not isinstance(data, list):
        return []
    return [
        Link(url=_text(item.get("url")), label=_text(item.get("provider")).replace("_", " ").title())
        for item in data
        if isinstance(item, Mapping) and _text(item.get("url")).startswith(("http://", "https://"))
    ]


def _joined(*parts: Any) -> str:
    return "\n\n".join(p.strip() for p in parts if isinstance(p, str) and p.strip())


def _push_text(payload: Mapping[str, Any]) -> tuple[str, str]:
    commits = payload.get("commits")
    if not isinstance(commits, list):
        return "", ""  # recent GitHub versions no longer list commits in public events
    return _joined(*(c.get("message") for c in commits if isinstance(c, Mapping))), ""


def _opened_text(payload: Mapping[str, Any]) -> tuple[str, str]:
    item = payload.get("issue") or payload.get("pull_request")
    if payload.get("action") != "opened" or not isinstance(item, Mapping):
        return "", ""
    return _joined(item.get("title"), item.get("body")), _text(item.get("html_url"))


def _comment_text(payload: Mapping[str, Any]) -> tuple[str, str]:
    comment = payload.get("comment") or payload.get("review")
    if not isinstance(comment, Mapping):
        return "", ""
    return _joined(comment.get("body")), _text(comment.get("html_url"))


def _release_text(payload: Mapping[str, Any]) -> tuple[str, str]:
    release = payload.get("release")
    if not isinstance(release, Mapping):
        return "", ""
    return _joined(release.get("name"), release.get("body")), _text(release.get("html_url"))


def _create_text(payload: Mapping[str, Any]) -> tuple[str, str]:
    return (_joined(payload.get("description")), "") if payload.get("ref_type") == "repository" else ("", "")


# What the person wrote in each kind of event, and where it can be seen; other kinds carry no text.
_EVENT_TEXT = {
    "PushEvent": _push_text,
    "IssuesEvent": _opened_text,
    "PullRequestEvent": _opened_text,
    "ReleaseEvent": _release_text,
    "CreateEvent": _create_text,
    **{kind: _comment_text for kind in _REPLYING},
}


def _id(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value.strip() if isinstance(value, str) else ""


def _why_not(data: Any) -> str | None:
    """Why an event cannot be a post, or ``None`` when it can."""
    if not isinstance(data, Mapping) or not _text(data.get("type")):
        return "were not events we could read"
    if not _id(data.get("id")):
        return "had no id"
    if (parse_timestamp(data.get("created_at")) or parse_loose(data.get("created_at"))) is None:
        return "had no date we could read"
    return None


def web_base_for(api_host: str) -> str:
    """Where people see what the API describes: github.com for api.github.com, and the Enterprise
    server itself (its API lives under /api/v3 on the same host) for anything else."""
    host = api_host.lower()
    return WEB_BASE if host in ("api.github.com", "github.com", "") else f"https://{api_host}"


def parse_event(data: Any, *, web_base: str = WEB_BASE) -> Post | None:
    if _why_not(data) is not None:
        return None
    event_id = _id(data["id"])
    created_at = parse_timestamp(data.get("created_at")) or parse_loose(data.get("created_at"))
    kind = _text(data["type"])
    if created_at is None:
        return None
    repo = data.get("repo")
    repo_name = _text(repo.get("name")) if isinstance(repo, Mapping) else ""
    payload = data.get("payload") if isinstance(data.get("payload"), Mapping) else {}
    extract = _EVENT_TEXT.get(kind)
    text, url = extract(payload if isinstance(payload, Mapping) else {}) if extract else ("", "")
    return Post(
        network=Network.GITHUB,
        id=event_id,
        url=url or (f"{web_base}/{repo_name}" if repo_name else web_base),
        created_at=created_at,
        text=text,
        is_reply=kind in _REPLYING,
        is_repost=kind in _AMPLIFYING,
    )


def read_events(data: Any, *, host: str) -> tuple[list[Post], Skips]:
    """The posts of one page of public events, and the events that could not be read."""
    if not isinstance(data, list):
        raise MalformedResponse(f"{host} sent the list of public activity in an unexpected shape.")
    skips = Skips("events")
    posts = []
    for item in data:
        reason = _why_not(item)
        post = parse_event(item, web_base=web_base_for(host)) if reason is None else None
        if post is None:
            skips.add(reason or "were not events we could read")
        else:
            posts.append(post)
    return posts, skips


def parse_events(data: Any, *, host: str) -> list[Post]:
    return read_events(data, host=host)[0]
