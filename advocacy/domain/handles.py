"""Each network's real handle syntax, and the profile URLs people paste instead of a handle.

Each network's row in ``advocacy.domain.networks`` names its normaliser: it gives the handle in the
form the app stores, or raises ``BadHandle``
with a plain sentence; ``Normalised.note`` says when a pasted URL (or a leading @) was read as a
handle, so the caller can tell the user. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit


class BadHandle(ValueError):
    """``str(exc)`` is one sentence saying what the handle should look like."""


@dataclass(frozen=True)
class Normalised:
    value: str
    note: str = ""  # set when the input was rewritten in a way the user should hear about


# RFC 1123 host names as ActivityPub servers use them, with an optional port.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = rf"(?:{_LABEL}\.)*{_LABEL}(?::\d{{1,5}})?"
_IPV4 = r"\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?"
MASTODON_HANDLE = re.compile(rf"^@?(?P<user>[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)@(?P<host>{_HOST}|{_IPV4})$")
# The AT Protocol handle: at least two labels, the last not starting with a digit, 253 chars at most.
_BLUESKY_HANDLE = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?", re.ASCII
)
_DID = re.compile(r"^did:(?:plc:[a-z2-7]{24}|web:[A-Za-z0-9.%:-]+)$")
# GitHub logins: 1-39 letters, digits and hyphens, never starting with a hyphen. New accounts may not
# end with one or double it, but older accounts do, and they must still be readable.
_GITHUB_LOGIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$")

_MASTODON_EXAMPLE = "@you@instance.social"


def _shown(value: str) -> str:
    """The value quoted for a message; anything unprintable (a line break, a control) escaped."""
    text = value.strip()
    if len(text) > 80:
        text = text[:77] + "…"
    return repr(text) if not text.isprintable() else f"'{text}'"


def mastodon_parts(handle: str) -> tuple[str, str] | None:
    """(user, host) of ``@user@host``, or ``None`` when it is not a Mastodon address."""
    match = MASTODON_HANDLE.match(handle.strip())
    return (match["user"], match["host"].lower()) if match else None


def _url_parts(value: str) -> tuple[str, list[str]] | None:
    """(host, path segments) of something that looks like a pasted web address."""
    text = value.strip()
    if not re.match(r"^(?:https?://|www\.)", text, re.IGNORECASE) and not re.match(r"^[\w.-]+\.\w+/", text):
        return None
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
        if parts.port:
            host = f"{host}:{parts.port}"
    except ValueError:
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    return (host, segments) if host else None


def fediverse_handle(label: str, example: str = _MASTODON_EXAMPLE) -> Callable[[str], Normalised]:
    """The handle syntax every ActivityPub server shares (Mastodon, Misskey and their kin), with the
    server software's name in the sentences."""

    def normalise(value: str) -> Normalised:
        return _fediverse(value, label, example)

    return normalise


def _fediverse(value: str, label: str, example: str) -> Normalised:
    text = value.strip()
    if text.lower().startswith("acct:"):
        text = text[5:]
    url = _url_parts(text)
    if url is not None:
        host, segments = url
        user = ""
        if segments and segments[0].startswith("@"):
            user = segments[0][1:]  # https://host/@user
        elif len(segments) >= 2 and segments[0] in ("users", "u", "profile", "accounts"):
            user = segments[1]  # https://host/users/user (ActivityPub id, Pleroma, Misskey)
        if "@" in user:  # https://host/@user@other.host: a remote account as shown by another server
            user, host = user.split("@", 1)
        candidate = f"@{user}@{host}"
        if user and MASTODON_HANDLE.match(candidate):
            return Normalised(candidate, f"read the profile address {_shown(value)} as {candidate}")
        raise BadHandle(f"{_shown(value)} is not a {label} profile address; write it as {example}.")
    parts = mastodon_parts(text)
    if parts is None:
        raise BadHandle(f"{_shown(value)} is not a {label} address; write it as {example}.")
    return Normalised(f"@{parts[0]}@{parts[1]}")


def is_bluesky_handle(text: str) -> bool:
    """The AT Protocol's handle syntax, to the letter (its interop test vectors pass): a domain name
    of at most 253 characters, labels of 1-63 letters, digits and inner hyphens, a last label that
    does not start with a digit. Nothing around it, not even a space or a final dot."""
    return len(text) <= 253 and _BLUESKY_HANDLE.fullmatch(text) is not None


def bluesky_handle(value: str) -> Normalised:
    text = value.strip()
    note = ""
    url = _url_parts(text)
    if url is not None:
        _host, segments = url
        if len(segments) >= 2 and segments[0] == "profile":
            text, note = segments[1], "read"
        else:
            raise BadHandle(
                f"{_shown(value)} is not a Bluesky profile address; write the handle, like you.bsky.social."
            )
    text = text.lstrip("@")
    if note:
        note = f"read the profile address {_shown(value)} as {text.lower()}"
    if _DID.match(text):
        return Normalised(text, note)
    if text.endswith("."):
        raise BadHandle(f"{_shown(value)} is not a Bluesky handle: a handle does not end with a dot.")
    if not is_bluesky_handle(text):
        raise BadHandle(
            f"{_shown(value)} is not a Bluesky handle: a handle is a domain name such as you.bsky.social "
            "or you.example.com (letters, digits and hyphens, with dots between the parts)."
        )
    return Normalised(text.lower(), note)


def github_handle(value: str) -> Normalised:
    text = value.strip()
    note = ""
    url = _url_parts(text)
    if url is not None:
        _host, segments = url
        if len(segments) != 1:
            raise BadHandle(f"{_shown(value)} is not a GitHub profile address; write the login, like octocat.")
        text, note = segments[0], f"read the profile address {_shown(value)} as {segments[0]}"
    text = text.lstrip("@")
    if not _GITHUB_LOGIN.match(text):
        raise BadHandle(
            f"{_shown(value)} is not a GitHub login: 1 to 39 letters, digits or hyphens, not starting with a hyphen."
        )
    return Normalised(text, note)


def website_handle(value: str) -> Normalised:
    text = value.strip()
    if not re.match(r"^https?://", text, re.IGNORECASE) and re.match(rf"^{_HOST}(?:/|$)", text):
        text = "https://" + text
        return Normalised(text, f"read {_shown(value)} as {text}")
    return Normalised(text)
