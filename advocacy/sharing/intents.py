"""Share links that open the network's own composer in the browser: no credentials needed."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import quote

from advocacy.domain.models import Network
from advocacy.errors import InvalidInstance, NoShareLink

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# "javascript:", "mailto:", "data:": a scheme with no "//" (but "host:8443" is a host and a port).
_OPAQUE_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d+(?:[/?#]|$))")
_HOST_AND_PORT = re.compile(r"^(?P<host>[^:\[\]]+|\[[0-9A-Fa-f:.]+\])(?::(?P<port>\d{1,5}))?$")
# A DNS label; "_" is tolerated (some real hosts have one), a leading or trailing "-" is not.
_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_HIGHEST_PORT = 65535
_EXAMPLE = "give the server's name, e.g. mastodon.social or @you@mastodon.social"


def _ip_host(name: str) -> str | None:
    """An IP address as a URL host ("[::1]", "127.0.0.1"), or None if ``name`` is none."""
    try:
        if name.startswith("["):
            return f"[{ipaddress.IPv6Address(name[1:-1]).compressed}]"
        return str(ipaddress.IPv4Address(name))
    except ValueError:
        return None


def _host(name: str) -> str | None:
    """The host in lower case (IDNA for non-ASCII names), or None if it cannot be a server name."""
    name = name.rstrip(".").lower()
    address = _ip_host(name)
    if address is not None or name.startswith("["):
        return address
    try:
        name = name.encode("idna").decode("ascii") if not name.isascii() else name
    except UnicodeError:
        return None
    labels = name.split(".")
    named = name == "localhost" or (len(labels) >= 2 and not labels[-1].isdigit() and len(name) <= 253)
    return name if named and all(_LABEL.match(label) for label in labels) else None


def mastodon_base(instance: str) -> str:
    """``https://host[:port]`` for what a user may type as their instance: a bare name, a URL, a
    handle (``@you@mastodon.social``), in any case, with a path or a trailing slash. Raises
    ``InvalidInstance`` when it names no server (``not a host!!``, ``javascript:alert(1)``)."""
    given = instance.strip()
    if not given:
        raise InvalidInstance(f"The Mastodon instance is empty; {_EXAMPLE}.")
    rest = given
    scheme = _SCHEME.match(rest)
    if scheme:
        if scheme.group(1).lower() not in ("http", "https"):
            raise InvalidInstance(f"{given!r} is not a web address of a Mastodon server; {_EXAMPLE}.")
        rest = rest[scheme.end() :]
    elif _OPAQUE_SCHEME.match(rest):
        raise InvalidInstance(f"{given!r} is not a web address of a Mastodon server; {_EXAMPLE}.")
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    authority = authority.rpartition("@")[2]  # @you@host, you@host, https://you@host
    parts = _HOST_AND_PORT.match(authority)
    host = _host(parts.group("host")) if parts else None
    port = int(parts.group("port")) if parts and parts.group("port") else None
    if host is None or port == 0 or (port is not None and port > _HIGHEST_PORT):
        raise InvalidInstance(f"{given!r} is not a Mastodon server name; {_EXAMPLE}.")
    return f"https://{host}" + (f":{port}" if port not in (None, 443) else "")


def fediverse_share_url(server: str | None, text: str) -> str:
    """The /share page every Mastodon-compatible and Misskey-family server has; ``server`` is the
    user's handle, the server's name or its address."""
    if server is None or not server.strip():
        raise InvalidInstance("A share link needs your server, e.g. mastodon.social.")
    return f"{mastodon_base(server)}/share?text={quote(text, safe='')}"


def share_url(network: Network, text: str, *, server: str | None = None) -> str:
    """The address that opens ``network``'s composer with ``text``; ``server``: the user's handle or
    server, for networks where every server has its own composer."""
    from advocacy.networks import adapter_for

    link = adapter_for(network).share_link
    if link is None:
        raise NoShareLink(
            f"{network.label} has no page that opens a post with your text: copy the draft and post it in "
            f"the {network.label} app."
        )
    return link(text, server)
