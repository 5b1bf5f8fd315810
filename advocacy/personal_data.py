"""Phone numbers and e-mail addresses in what a person posted, found before the rules run.

Phone numbers are found by ``phonenumbers`` (the Python port of Google's libphonenumber): numbers
in every format people write (``+44 20 7946 0958``, ``(415) 555-0132``, ``06 12 34 56 78``), and
only numbers that can exist, so a date, a version, an ISBN or a count is never one. A number
written without its country code is read as the person's region writes it (the region of the
profile's language, and the US's). E-mail addresses are found as written, plain or spelled out
(``jane [at] example [dot] com``); a fediverse handle (``@alice@mastodon.social``, or one the post
marks as a mention) and a Git remote (``git@github.com:owner/repo``) are not addresses.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from advocacy.domain.audit_input import AuditInput, PersonalDatum, text_key
from advocacy.domain.models import Post

_URL = re.compile(r"https?://\S+|www\.\S+")
_EMAIL = re.compile(
    r"(?<![\w.+@-])(?P<local>[\w.+-]+)"
    r"(?:@|\s*[\[(]\s*at\s*[\])]\s*)"
    r"(?P<domain>[A-Za-z0-9-]+(?:(?:\.|\s*[\[(]\s*dot\s*[\])]\s*)[A-Za-z0-9-]+)*"
    r"(?:\.|\s*[\[(]\s*dot\s*[\])]\s*)[A-Za-z]{2,})(?![\w@])",
    re.IGNORECASE,
)
_GIT_REMOTE = re.compile(r":[\w.~/-]")
# The country a language is mostly written in, for numbers written without their country code.
_LANGUAGE_REGION = {"en": "US", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL"}


@cache
def regions_for(language: str) -> tuple[str, ...]:
    """``en-GB`` → (GB, US); ``fr`` → (FR, US)."""
    base, _, country = language.replace("_", "-").partition("-")
    found = [country.upper()] if len(country) == 2 else []
    found.append(_LANGUAGE_REGION.get(base.lower(), "US"))
    return tuple(dict.fromkeys([*found, "US"]))


def _blank_urls(text: str) -> str:
    return _URL.sub(lambda m: " " * len(m.group(0)), text)


def emails(text: str, mentions: tuple[str, ...] = ()) -> list[PersonalDatum]:
    handles = {m.lower().lstrip("@") for m in mentions}
    found = []
    for match in _EMAIL.finditer(_blank_urls(text)):
        address = match.group(0)
        if address.lower() in handles or _GIT_REMOTE.match(text, match.end()):
            continue
        found.append(PersonalDatum("an e-mail address", match.start(), match.end()))
    return found


def phone_numbers(text: str, regions: tuple[str, ...]) -> list[PersonalDatum]:
    import phonenumbers  # its metadata is large: loaded by the first audit, not at start-up

    blanked = _blank_urls(text)
    found: dict[tuple[int, int], PersonalDatum] = {}
    for region in regions:
        for match in phonenumbers.PhoneNumberMatcher(blanked, region, leniency=phonenumbers.Leniency.VALID):
            if not any(s <= match.start < e for s, e in found):
                found[(match.start, match.end)] = PersonalDatum("a phone number", match.start, match.end)
    return list(found.values())


def find_personal_data(post: Post, regions: tuple[str, ...] = ("US",)) -> tuple[PersonalDatum, ...]:
    """What in a post looks like someone's contact details, in the order it appears."""
    found = [*emails(post.text, post.mentions), *phone_numbers(post.text, regions)]
    return tuple(sorted(found, key=lambda datum: datum.start))


def with_personal_data(audit_input: AuditInput) -> AuditInput:
    """``audit_input`` with the contact details in each own post, for ``risk.personal_data``."""
    regions = regions_for(audit_input.config.audit.language)
    found = {
        text_key(post.network, f"post:{post.id}"): data
        for outcome in audit_input.outcomes
        for post in outcome.posts
        if not post.is_repost and post.text.strip() and (data := find_personal_data(post, regions))
    }
    return replace(audit_input, personal_data=found)
