"""The one-shot loopback listener a browser sign-in comes back to."""

from __future__ import annotations

import socket

import requests

from advocacy.cancellation import CancelToken
from advocacy.connection.loopback import RedirectListener
from advocacy.connection.oauth import Proof


def test_it_listens_on_loopback_only_and_keeps_the_first_answer() -> None:
    with RedirectListener("the-state") as listener:
        assert listener.redirect_uri == f"http://127.0.0.1:{listener.port}/callback"
        stray = requests.get(f"http://127.0.0.1:{listener.port}/favicon.ico", timeout=5)
        assert stray.status_code == 404  # a browser's extra request does not end the wait
        first = requests.get(f"{listener.redirect_uri}?code=abc&state=the-state", timeout=5)
        later = requests.get(f"{listener.redirect_uri}?code=xyz&state=the-state", timeout=5)
        callback = listener.wait(cancel=CancelToken(), timeout=5)
    assert callback.state_matches and callback.code == "abc"
    assert first.headers["Content-Type"] == "text/html; charset=utf-8" and "You can close this tab." in first.text
    assert first.headers["Cache-Control"] == "no-store" and "already over" in later.text
    assert "abc" not in first.text  # the page never shows the code


def test_a_busy_port_gives_way_to_any_free_one() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        with RedirectListener("s", port=busy) as listener:
            assert listener.port not in (0, busy)


def test_a_state_that_does_not_match_is_marked_and_said_in_the_browser() -> None:
    with RedirectListener("mine") as listener:
        page = requests.get(f"{listener.redirect_uri}?code=abc&state=theirs", timeout=5)
        callback = listener.wait(cancel=CancelToken(), timeout=5)
    assert not callback.state_matches and "refused" in page.text


def test_pkce_challenge_is_the_s256_of_the_verifier() -> None:
    # RFC 7636, appendix B: the worked example.
    proof = Proof(state="s", verifier="dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
    assert proof.challenge == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    fresh = Proof.new()
    assert 43 <= len(fresh.verifier) <= 128 and fresh.state != Proof.new().state
