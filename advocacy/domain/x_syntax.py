"""What X's own text library (twitter-text) accepts as a username, a list, a hashtag and a link:
the rules of its validator, checked against its conformance suite (tests/test_conformance.py).

A hashtag of digits only, a handle with a dash or a link with a bad domain is not a link on X (and
mostly not on the other networks either): text that relies on one is plain text there.
"""

from __future__ import annotations

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
_URL_PARTS = re.compile(r"(?:([^:/?#]+)://)?([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?", re.DOTALL)
_PATH = re.compile(rf"(?:/{_PCHAR}*)*", re.IGNORECASE)
_QUERY = re.compile(rf"(?:{_PCHAR}|/|\?)*", re.IGNORECASE)
_USERINFO = re.compile(rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|:)*", re.IGNORECASE)
_AUTHORITY = re.compile(r"(?:(?P<userinfo>[^@]*)@)?(?P<host>\[[^\]]*\]|[^:]*)(?::(?P<port>[0-9]*))?")
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")
_IPV6 = re.compile(r"\[[0-9a-f:.]+\]", re.IGNORECASE)
# A domain: subdomains may hold an underscore; the registered name and the top-level domain may not.
# Non-ASCII letters count as letters (a Unicode domain), never an edge dash.
_ALNUM = r"(?:[a-z0-9]|[^\x00-\x7f])"
_SUBDOMAIN = r"(?:[a-z0-9_]|[^\x00-\x7f])(?:(?:[a-z0-9_\-]|[^\x00-\x7f])*(?:[a-z0-9_]|[^\x00-\x7f]))?"
_LABEL = rf"{_ALNUM}(?:(?:[a-z0-9\-]|[^\x00-\x7f])*{_ALNUM})?"
_TLD = rf"(?:[a-z]|[^\x00-\x7f])(?:(?:[a-z0-9\-]|[^\x00-\x7f])*{_ALNUM})?"
_DOMAIN = re.compile(rf"(?:{_SUBDOMAIN}\.)*(?:{_LABEL}\.){_TLD}", re.IGNORECASE)
_NOT_IN_DOMAIN = re.compile(r"[\s!\"#$%&'()*+,/:;<=>?@\[\\\]^`{|}~\x00-\x1f\x7f]")


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
    if _IPV4.fullmatch(host) or _IPV6.fullmatch(host):
        return True
    return _DOMAIN.fullmatch(host) is not None and not _NOT_IN_DOMAIN.search(host)


def is_x_url(text: str, *, require_scheme: bool = True) -> bool:
    """A link X makes clickable: http or https (optional without ``require_scheme``), a valid domain
    or IP address, and only the characters a URL may hold unencoded."""
    parts = _URL_PARTS.fullmatch(text)
    if parts is None:
        return False
    scheme, authority, path, query, fragment = parts.groups()
    if scheme is None:
        if require_scheme:
            return False
    elif scheme.lower() not in ("http", "https"):
        return False
    found = _AUTHORITY.fullmatch(authority)
    if not authority or found is None:
        return False
    userinfo = found.group("userinfo")
    if userinfo is not None and not _USERINFO.fullmatch(userinfo):
        return False
    return (
        _is_host(found.group("host"))
        and _PATH.fullmatch(path) is not None
        and (query is None or _QUERY.fullmatch(query) is not None)
        and (fragment is None or _QUERY.fullmatch(fragment) is not None)
    )
