"""Errors the user can understand. Each carries one plain sentence in ``user_message``.

Anything that is not an ``AdvocacyError`` is a bug in this app and is shown as such.
The message must never contain a secret: build it from names and numbers, never from
request headers or tokens.
"""

from __future__ import annotations

from advocacy.domain.networks import ACCOUNT_FIELDS, Network


class AdvocacyError(Exception):
    """An expected failure caused by the environment or the input, not by a bug."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class Cancelled(AdvocacyError):
    """The user asked to stop; callers stay silent about it."""

    def __init__(self, user_message: str = "Cancelled.") -> None:
        super().__init__(user_message)


class InvalidProfileFile(AdvocacyError):
    """``key`` (``[me.accounts] mastodon``) and ``problem`` (the rest of the sentence) when the
    problem is one key's: a form marks that field without reading the sentence apart."""

    def __init__(self, user_message: str, *, key: str | None = None, problem: str | None = None) -> None:
        super().__init__(user_message)
        self.key = key
        self.problem = problem


NOTHING_TO_AUDIT = (
    "Your profile names no account to audit: add at least one under [me.accounts] "
    f"({', '.join(ACCOUNT_FIELDS[:-1])} or {ACCOUNT_FIELDS[-1]}), or set one up in the app."
)


class NothingToAudit(InvalidProfileFile):
    """The profile names no account at all: a usage problem, never an empty "all clear"."""


class FetchError(AdvocacyError):
    """A network request failed in a way the user can act on (or wait out)."""


class ProfileNotFound(FetchError):
    pass


class RateLimited(FetchError):
    pass


class ResponseTooLarge(FetchError):
    pass


class MalformedResponse(FetchError):
    pass


class AlreadyShared(AdvocacyError):
    """The same item (or text) already went out on that network, or the network holds it for later:
    nothing was sent, so it is never posted twice."""


class MissingCredential(AdvocacyError):
    """A token or app password the user has not given yet: something to set up, not a failure.
    ``network``: the one whose account connecting would fix it (a front end offers Connect… there)."""

    def __init__(self, user_message: str, *, network: Network | None = None) -> None:
        super().__init__(user_message)
        self.network = network


class ConnectionLost(MissingCredential):
    """The network no longer accepts the saved token or password (revoked, expired): connect again."""


class RateLimitedWithoutToken(RateLimited, MissingCredential):
    """A network that limits anonymous reading stopped answering; a connected account gets far more."""


class StorageError(AdvocacyError):
    pass


class CredentialsUnavailable(AdvocacyError):
    """No usable keyring: the caller must offer an explicit choice, never a silent file."""


class NothingToReport(AdvocacyError):
    """A report for a period that would say nothing: no audit in it read a network, or every section
    was left out. One sentence, never an empty report."""


class ShareInProgress(AlreadyShared):
    """Another copy of the app (or another click) is sending this share right now: nothing was sent."""


# Refusals of pure helpers (a server name, a dictionary), kept here so a front end can catch them
# without importing the module that raises them. ``str(exc)`` is the one sentence to show.


class InvalidInstance(ValueError):
    """The text given as a Mastodon instance names no server; the message is one sentence."""


class NoShareLink(ValueError):
    """The network has no page that opens its composer with this text (Instagram has none; Facebook's
    takes only a link); the message says so and what to do instead."""


class UnknownLanguage(LookupError):
    """No word list ships for this language."""


class DamagedWordList(Exception):
    """The word list for a language is there but cannot be read."""

    def __init__(self, language: str) -> None:
        super().__init__(
            f"The word list for '{language}' that came with the app cannot be read, so spelling was not "
            "checked; reinstalling the app restores it."
        )
        self.language = language
