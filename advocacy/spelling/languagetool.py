"""Grammar and style from a LanguageTool server, through ``language_tool_python``.

Always called off the GUI thread, and with a short timeout: the library's own is 300 seconds per
try, and it tries twice. The API key, when there is one, goes in the POST body only, so it never
appears in a URL, a log line or an error message.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advocacy.domain.profile import LOCAL_LANGUAGETOOL
from advocacy.domain.text_check import GRAMMAR, SPELLING, TextIssue

log = logging.getLogger(__name__)

LOCAL = LOCAL_LANGUAGETOOL
DEFAULT_TIMEOUT_S = 15


class GrammarUnavailable(Exception):
    """LanguageTool could not be used; the message is one sentence for the user."""


@dataclass(frozen=True)
class HostedCredentials:
    username: str
    api_key: str


class RedirectRefused(Exception):
    """The server sent the request elsewhere; the text and the key were not sent after it."""


MAX_SAME_ORIGIN_REDIRECTS = 5


def query_server(url: str, params: dict[str, str] | None, method: str, timeout: float) -> Any:
    """One LanguageTool request that never follows a redirect to another origin.

    The library lets ``requests`` follow redirects, and a 307/308 makes ``requests`` send the same
    form (the text, ``username`` and ``apiKey``) again to wherever the server points. Here redirects
    are followed by hand and only within the origin the server was configured with.
    """
    import requests

    from advocacy.http_session import host_of, origin_of

    current = url
    for _hop in range(MAX_SAME_ORIGIN_REDIRECTS + 1):
        response = requests.request(
            method.upper(),
            current,
            data=params if method == "post" else None,
            params=params if method != "post" else None,
            timeout=timeout,
            allow_redirects=False,
        )
        with response:
            location = response.headers.get("location")
            if response.status_code not in (301, 302, 303, 307, 308) or not location:
                if response.status_code == 426:
                    raise GrammarUnavailable(
                        f"LanguageTool at {host_of(url)} says the rate limit is reached; grammar was not checked "
                        "this time."
                    )
                try:
                    return response.json()
                except ValueError:
                    raise OSError(f"LanguageTool answered HTTP {response.status_code} without JSON") from None
            target = requests.compat.urljoin(current, location)
            if origin_of(target) != origin_of(current):
                raise RedirectRefused(
                    f"LanguageTool at {host_of(url)} redirected the check to {host_of(target)}; the app did not "
                    "follow it, so your text and key were not sent there. Grammar was not checked."
                )
            if method == "post" and response.status_code not in (307, 308):
                # 301-303 turn a POST into a GET without the text: a "check" that checks nothing.
                raise RedirectRefused(
                    f"LanguageTool at {host_of(url)} moved the check to another address; the app did not "
                    "follow it. Grammar was not checked; check the server's address in Settings."
                )
            current = target
    raise RedirectRefused(f"LanguageTool at {host_of(url)} redirected too many times; grammar was not checked.")


def _language_tool_class(timeout_s: float, credentials: HostedCredentials | None) -> type[Any]:
    import language_tool_python

    class TimedLanguageTool(language_tool_python.LanguageTool):
        # The library's 300 s (typed as that literal) would freeze a check for minutes.
        _TIMEOUT = timeout_s  # type: ignore[assignment]

        def _create_params(self, text: str) -> dict[str, str]:
            params: dict[str, str] = super()._create_params(text)
            if credentials is not None:
                params["username"] = credentials.username
                params["apiKey"] = credentials.api_key
            return params

        def _query_server(
            self, url: str, params: dict[str, str] | None = None, num_tries: int = 2, method: str = "get"
        ) -> Any:
            if not self._remote:  # the library's own local server: it restarts it on failure
                return super()._query_server(url, params, num_tries, method)  # type: ignore[arg-type]
            return query_server(url, params, method, timeout_s)

    return TimedLanguageTool


def local_installation_present() -> bool:
    """A LanguageTool that ``language_tool_python`` downloaded earlier, where it keeps it
    (``LTP_PATH``, else ``~/.cache/language_tool_python``)."""
    folder = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    try:
        return any((d / "languagetool-server.jar").is_file() for d in folder.glob("LanguageTool-*"))
    except OSError:
        return False


def _describe(server: str, exc: BaseException) -> str:
    if isinstance(exc, RedirectRefused | GrammarUnavailable):
        return str(exc)
    name = type(exc).__name__
    if name == "RateLimitError":
        return f"LanguageTool at {server} says the rate limit is reached; grammar was not checked this time."
    if name == "ModuleNotFoundError" or "java" in str(exc).lower():
        return "The local LanguageTool needs Java, which was not found; grammar was not checked."
    return f"LanguageTool at {server} did not answer; grammar was not checked, spelling was checked offline."


class GrammarChecker:
    """One LanguageTool connection per language, opened on first use."""

    def __init__(
        self, server: str, credentials: HostedCredentials | None = None, timeout_s: float = DEFAULT_TIMEOUT_S
    ) -> None:
        self.server = server
        self._tool_class = _language_tool_class(timeout_s, credentials)
        self._tools: dict[str, Any] = {}

    def _tool(self, language: str) -> Any:
        if language not in self._tools:
            remote = None if self.server == LOCAL else self.server
            if remote is None and not local_installation_present():
                # Without an installation the library would download one: never behind the user's back.
                raise GrammarUnavailable(
                    "No local LanguageTool installation was found; grammar was not checked. "
                    "Name a LanguageTool server in Settings instead."
                )
            try:
                self._tools[language] = self._tool_class(language, remote_server=remote)
            except Exception as exc:  # the library raises OSError, LanguageToolError, ModuleNotFoundError
                log.info("LanguageTool unavailable: %s", type(exc).__name__)
                raise GrammarUnavailable(_describe(self.server, exc)) from None
        return self._tools[language]

    def check(self, text: str, language: str) -> list[TextIssue]:
        tool = self._tool(language)
        try:
            matches = tool.check(text)
        except Exception as exc:
            log.info("LanguageTool check failed: %s", type(exc).__name__)
            raise GrammarUnavailable(_describe(self.server, exc)) from None
        issues = []
        for match in matches:
            start, length = int(match.offset), int(match.error_length)
            if length <= 0 or start < 0 or start + length > len(text):
                continue  # offsets from another version of the text: cannot be shown safely
            spelling = match.category == "TYPOS" or match.rule_issue_type == "misspelling"
            issues.append(
                TextIssue(
                    start,
                    start + length,
                    text[start : start + length],
                    tuple(str(r) for r in match.replacements[:5]),
                    SPELLING if spelling else GRAMMAR,
                    str(match.message or ""),
                )
            )
        return issues

    def close(self) -> None:
        for tool in self._tools.values():
            try:
                tool.close()
            except Exception:  # closing a remote tool is a no-op; a local one may already be gone
                log.debug("closing LanguageTool failed", exc_info=True)
        self._tools.clear()
