"""What X's own text library (twitter-text) accepts as a username, a list, a hashtag and a link:
the rules of its validator, checked against its conformance suite (tests/test_conformance.py).

A hashtag of digits only, a handle with a dash or a link with a bad domain is not a link on X (and
mostly not on the other networks either): text that relies on one is plain text there.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_USERNAME = re.compile(r"@[A-Za-z0-9_]{1,20}")
_LIST = re.compile(r"@[A-Za-z0-9_]{1,20}/[A-Za-z][A-Za-z0-9_\-]{0,24}")

# twitter-text's hashtag letters: letters and marks, digits, the underscore, and the joiners and
# marks some scripts write inside a word (ZWNJ, ZWJ, the Hebrew geresh, the katakana middle dot…).
_HASHTAG_EXTRA = "_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
_HASHTAG_SIGNS = "#＃"
_NOT_AFTER_SIGN = "\ufe0f\u20e3"  # #️⃣ is the keycap emoji, not a hashtag


def _hashtag_character(character: str) -> str | None:
    """ "letter", "digit", or None when a hashtag cannot hold ``character``."""
    category = unicodedata.category(character)
    if category[0] in "LM":
        return "letter"
    if category == "Nd" or character in _HASHTAG_EXTRA:
        return "digit"  # counts as a hashtag character, but not as its letter
    return None


# RFC 3986 as twitter-text's validator reads it, with Cyrillic letters allowed unencoded.
_UNRESERVED = r"[a-z\u0400-\u04ff0-9\-._~]"
_PCT = r"%[0-9a-f]{2}"
_SUB_DELIMS = r"[!$&'()*+,;=]"
_PCHAR = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|[:@])"
_URL_PARTS = r"(?:([^:/?#]+)://)?([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?"
_PATH = rf"(?:/{_PCHAR}*)*"
_QUERY = rf"(?:{_PCHAR}|/|\?)*"
_USERINFO = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|:)*"
_AUTHORITY = r"(?:(?P<userinfo>[^@]*)@)?(?P<host>\[[^\]]*\]|[^:]*)(?::(?P<port>[0-9]*))?"
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = rf"{_OCTET}(?:\.{_OCTET}){{3}}"
_IPV6 = r"\[[0-9a-f:.]+\]"
# A domain: subdomains may hold an underscore; the registered name and the top-level domain may not.
# Non-ASCII letters count as letters (a Unicode domain), never an edge dash.
_ALNUM = r"(?:[a-z0-9]|[^\x00-\x7f])"
_SUBDOMAIN = r"(?:[a-z0-9_]|[^\x00-\x7f])(?:(?:[a-z0-9_\-]|[^\x00-\x7f])*(?:[a-z0-9_]|[^\x00-\x7f]))?"
_LABEL = rf"{_ALNUM}(?:(?:[a-z0-9\-]|[^\x00-\x7f])*{_ALNUM})?"
_TLD = rf"(?:[a-z]|[^\x00-\x7f])(?:(?:[a-z0-9\-]|[^\x00-\x7f])*{_ALNUM})?"
_DOMAIN = rf"(?:{_SUBDOMAIN}\.)*(?:{_LABEL}\.){_TLD}"
_NOT_IN_DOMAIN = r"[\s!\"#$%&'()*+,/:;<=>?@\[\\\]^`{|}~\x00-\x1f\x7f]"


class _LinkPatterns:
    """The link rules, compiled with the first link checked: reading a profile checks names and
    hashtags only, so the window's first paint compiles none of these."""

    def __init__(self) -> None:
        self.parts = re.compile(_URL_PARTS, re.DOTALL)
        self.path = re.compile(_PATH, re.IGNORECASE)
        self.query = re.compile(_QUERY, re.IGNORECASE)
        self.userinfo = re.compile(_USERINFO, re.IGNORECASE)
        self.authority = re.compile(_AUTHORITY)
        self.ipv4 = re.compile(_IPV4)
        self.ipv6 = re.compile(_IPV6, re.IGNORECASE)
        self.domain = re.compile(_DOMAIN, re.IGNORECASE)
        self.not_in_domain = re.compile(_NOT_IN_DOMAIN)


@functools.cache
def _links() -> _LinkPatterns:
    return _LinkPatterns()


def is_x_username(text: str) -> bool:
    """``@name``: letters, digits and the underscore, 1 to 20 of them."""
    return _USERNAME.fullmatch(text) is not None


def is_x_list(text: str) -> bool:
    """``@name/list-name``."""
    return _LIST.fullmatch(text) is not None


def is_hashtag(text: str) -> bool:
    """``#word`` in any script, digits allowed, but not digits alone (``#2026`` is not a hashtag)."""
    if len(text) < 2 or text[0] not in _HASHTAG_SIGNS or text[1] in _NOT_AFTER_SIGN:
        return False
    kinds = [_hashtag_character(character) for character in text[1:]]
    return None not in kinds and "letter" in kinds


def _is_host(host: str) -> bool:
    links = _links()
    if links.ipv4.fullmatch(host) or links.ipv6.fullmatch(host):
        return True
    return links.domain.fullmatch(host) is not None and not links.not_in_domain.search(host)


def is_x_url(text: str, *, require_scheme: bool = True) -> bool:
    """A link X makes clickable: http or https (optional without ``require_scheme``), a valid domain
    or IP address, and only the characters a URL may hold unencoded."""
    links = _links()
    parts = links.parts.fullmatch(text)
    if parts is None:
        return False
    scheme, authority, path, query, fragment = parts.groups()
    if scheme is None:
        if require_scheme:
            return False
    elif scheme.lower() not in ("http", "https"):
        return False
    found = links.authority.fullmatch(authority)
    if not authority or found is None:
        return False
    userinfo = found.group("userinfo")
    if userinfo is not None and not links.userinfo.fullmatch(userinfo):
        return False
    return (
        _is_host(found.group("host"))
        and links.path.fullmatch(path) is not None
        and (query is None or links.query.fullmatch(query) is not None)
        and (fragment is None or links.query.fullmatch(fragment) is not None)
    )
