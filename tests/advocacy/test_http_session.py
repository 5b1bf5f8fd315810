"""The shared HTTP client against a real loopback server."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from advocacy.cancellation import CancelToken
from advocacy.errors import Cancelled, FetchError, RateLimited, ResponseTooLarge
from advocacy.http_cache import SqliteHttpCache
from advocacy.http_session import USER_AGENT, HostLimiter, HttpClient, HttpPolicy, HttpStatusError, wait_hint

FAST = HttpPolicy(backoff_base_seconds=0.01, connect_timeout=2, read_timeout=2)


def _sequence(*responses: Response) -> tuple[Callable[[Request], Response], dict[str, int]]:
    """A handler answering with the given responses in turn (the last one repeats)."""
    calls = {"n": 0}

    def handler(_request: Request) -> Response:
        index = min(calls["n"], len(responses) - 1)
        calls["n"] += 1
        return responses[index]

    return handler, calls


def test_sends_user_agent_and_returns_json(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x", headers={"User-Agent": USER_AGENT}).respond_with_json({"ok": True})
    assert HttpClient(policy=FAST).get_json(httpserver.url_for("/x"), what="x") == {"ok": True}


@pytest.mark.parametrize("status", [502, 503, 504])
def test_retries_transient_server_errors(httpserver: HTTPServer, status: int) -> None:
    handler, calls = _sequence(Response("busy", status=status), Response('{"ok": 1}', status=200))
    httpserver.expect_request("/x").respond_with_handler(handler)
    client = HttpClient(policy=FAST)
    assert client.get_json(httpserver.url_for("/x"), what="x") == {"ok": 1}
    assert calls["n"] == 2 and client.requests_sent == 2


def test_gives_up_after_max_retries_with_one_sentence(httpserver: HTTPServer) -> None:
    handler, calls = _sequence(Response("busy", status=503))
    httpserver.expect_request("/x").respond_with_handler(handler)
    with pytest.raises(HttpStatusError) as caught:
        HttpClient(policy=FAST).get(httpserver.url_for("/x"), what="the profile")
    assert calls["n"] == FAST.max_retries + 1
    assert caught.value.user_message == (
        f"{httpserver.host}:{httpserver.port} had a problem on its side; try again later."
    )


def test_honours_retry_after_on_429(httpserver: HTTPServer) -> None:
    handler, calls = _sequence(Response("slow down", status=429, headers={"Retry-After": "1"}), Response("{}"))
    httpserver.expect_request("/x").respond_with_handler(handler)
    started = time.monotonic()
    HttpClient(policy=FAST).get_json(httpserver.url_for("/x"), what="x")
    assert calls["n"] == 2
    assert time.monotonic() - started >= 0.9  # waited as asked, not the 10 ms back-off


def test_a_long_wait_request_fails_fast_with_a_clear_message(httpserver: HTTPServer) -> None:
    handler, calls = _sequence(Response("later", status=429, headers={"Retry-After": "3600"}))
    httpserver.expect_request("/x").respond_with_handler(handler)
    with pytest.raises(RateLimited, match="asks us to wait 60 minutes"):
        HttpClient(policy=FAST).get(httpserver.url_for("/x"), what="x")
    assert calls["n"] == 1


def test_wait_hint_reads_every_format() -> None:
    now = datetime(2026, 8, 1, 13, 50, tzinfo=UTC).timestamp()
    assert wait_hint({"Retry-After": "7"}, 429, now) == 7
    assert wait_hint({"Retry-After": "Sat, 01 Aug 2026 13:51:00 GMT"}, 503, now) == 60
    # Mastodon: ISO-8601 reset time, only meaningful when the limit is hit.
    mastodon = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "2026-08-01T13:55:00.185500Z"}
    assert wait_hint(mastodon, 429, now) == pytest.approx(300.1855)
    assert wait_hint({"X-RateLimit-Reset": "2026-08-01T13:55:00Z", "X-RateLimit-Remaining": "299"}, 200, now) is None
    # GitHub: epoch seconds.
    assert wait_hint({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(now) + 42)}, 403, now) == 42
    assert wait_hint({"Retry-After": "soon"}, 429, now) is None


def test_body_over_the_cap_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/declared").respond_with_data("x" * 5000)

    def undeclared(_request: Request) -> Response:
        # Streamed without Content-Length, so only counting while reading can catch it.
        return Response((b"y" * 1000 for _ in range(50)), direct_passthrough=True)

    httpserver.expect_request("/streamed").respond_with_handler(undeclared)
    client = HttpClient(policy=HttpPolicy(max_body_bytes=2000))
    for path in ("/declared", "/streamed"):
        with pytest.raises(ResponseTooLarge, match="stopped reading"):
            client.get(httpserver.url_for(path), what="the page")


def test_conditional_requests_reuse_the_cached_body(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen: list[str | None] = []

    def handler(request: Request) -> Response:
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == 'W/"v1"':
            return Response(status=304, headers={"ETag": 'W/"v1"'})
        return Response('{"name": "Ada"}', headers={"ETag": 'W/"v1"', "Content-Type": "application/json"})

    httpserver.expect_request("/user").respond_with_handler(handler)
    cache = SqliteHttpCache(tmp_path / "cache.sqlite3")
    first = HttpClient(policy=FAST, cache=cache)
    assert first.get_json(httpserver.url_for("/user"), what="u") == {"name": "Ada"}
    second = HttpClient(policy=FAST, cache=cache)
    response = second.get(httpserver.url_for("/user"), what="u")
    assert response.revalidated and response.json("u") == {"name": "Ada"}
    assert seen == [None, 'W/"v1"']
    assert second.not_modified == 1 and second.bytes_received == 0


def test_no_store_responses_are_not_cached(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/private").respond_with_data(
        "{}", headers={"ETag": '"a"', "Cache-Control": "private, no-store"}
    )
    cache = SqliteHttpCache(tmp_path / "cache.sqlite3")
    HttpClient(policy=FAST, cache=cache).get(httpserver.url_for("/private"), what="x")
    assert cache.get(f"anon {httpserver.url_for('/private')}") is None


def test_read_timeout_is_one_sentence(httpserver: HTTPServer) -> None:
    def slow(_request: Request) -> Response:
        time.sleep(1.0)
        return Response("{}")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with pytest.raises(FetchError) as caught:
        HttpClient(policy=HttpPolicy(read_timeout=0.3, max_retries=0)).get(httpserver.url_for("/slow"), what="posts")
    assert re.fullmatch(
        rf"{httpserver.host}:{httpserver.port} did not send posts in time \(no answer after 0\.\d seconds in all\)\.",
        caught.value.user_message,
    ), caught.value.user_message


def test_connection_refused_is_one_sentence() -> None:
    with pytest.raises(FetchError, match=r"^Could not connect to 127\.0\.0\.1:9 "):
        HttpClient(policy=FAST).get("http://127.0.0.1:9/x", what="x")


def test_redirect_loop_is_reported(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_response(Response(status=302, headers={"Location": "/b"}))
    httpserver.expect_request("/b").respond_with_response(Response(status=302, headers={"Location": "/a"}))
    with pytest.raises(FetchError, match="redirect loop"):
        HttpClient(policy=FAST).get(httpserver.url_for("/a"), what="the page")


@pytest.mark.parametrize(
    ("status", "phrase"),
    [
        (404, "has nothing at the address of the page"),
        (401, "refused access"),
        (410, "gone for good"),
        (500, "had a problem on its side"),
    ],
)
def test_status_errors_name_the_problem(httpserver: HTTPServer, status: int, phrase: str) -> None:
    httpserver.expect_request("/x").respond_with_data("", status=status)
    with pytest.raises(HttpStatusError, match=phrase) as caught:
        HttpClient(policy=FAST).get(httpserver.url_for("/x"), what="the page")
    assert caught.value.status == status


def test_cancel_interrupts_a_back_off_wait(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_response(Response("later", status=503, headers={"Retry-After": "30"}))
    token = CancelToken()
    client = HttpClient(policy=HttpPolicy(max_wait_seconds=60), cancel=token)
    threading.Timer(0.2, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        client.get(httpserver.url_for("/x"), what="x")
    assert time.monotonic() - started < 10  # woke on cancel, did not sleep out the 30 s


def test_cancelled_token_sends_nothing(httpserver: HTTPServer) -> None:
    token = CancelToken()
    token.cancel()
    client = HttpClient(policy=FAST, cancel=token)
    with pytest.raises(Cancelled):
        client.get(httpserver.url_for("/x"), what="x")
    assert client.requests_sent == 0


def test_host_limiter_bounds_parallel_requests_to_one_host() -> None:
    httpserver = HTTPServer(threaded=True)  # the shared fixture answers one request at a time
    httpserver.start()
    lock = threading.Lock()
    state = {"now": 0, "peak": 0}

    def handler(_request: Request) -> Response:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.1)
        with lock:
            state["now"] -= 1
        return Response("{}")

    httpserver.expect_request("/x").respond_with_handler(handler)
    limiter = HostLimiter(per_host=2)
    threads = [
        threading.Thread(
            target=lambda: HttpClient(policy=FAST, limiter=limiter).get(httpserver.url_for("/x"), what="x")
        )
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            thread.join()
    finally:
        httpserver.stop()
    assert state["peak"] == 2  # parallel, but never more than two at once


def test_compressed_answers_are_decoded(httpserver: HTTPServer) -> None:
    import gzip

    body = gzip.compress(b'{"name": "Ada", "bio": "' + b"x" * 5000 + b'"}')
    httpserver.expect_request("/gz").respond_with_data(
        body, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
    )
    data = HttpClient(policy=FAST).get_json(httpserver.url_for("/gz"), what="x")
    assert data["name"] == "Ada" and len(data["bio"]) == 5000


def test_a_slow_drip_is_cut_off_by_the_overall_deadline() -> None:
    from tests.fault_server import raw_fault_server

    with raw_fault_server("drip") as base:
        started = time.monotonic()
        with pytest.raises(FetchError, match="too slowly"):
            HttpClient(policy=HttpPolicy(read_timeout=2, max_response_seconds=1)).get(base + "/x", what="x")
        assert time.monotonic() - started < 5  # not the 20 s the drip would take


@pytest.mark.parametrize(
    ("mode", "phrase"), [("reset", "closed the connection unexpectedly"), ("truncated", "cut off")]
)
def test_resets_and_truncated_bodies_are_one_sentence(mode: str, phrase: str) -> None:
    from tests.fault_server import raw_fault_server

    with raw_fault_server(mode) as base, pytest.raises(FetchError, match=phrase) as caught:
        HttpClient(policy=HttpPolicy(read_timeout=2, max_retries=0)).get(base + "/x", what="x")
    assert "\n" not in caught.value.user_message and "Traceback" not in caught.value.user_message


def test_a_redirect_to_an_unreadable_address_is_one_sentence(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/r").respond_with_response(Response(b"", status=307, headers={"Location": "/\x9b\xff"}))
    with pytest.raises(FetchError) as caught:
        HttpClient(policy=FAST).post_json(httpserver.url_for("/r"), {"a": 1}, what="your post")
    assert caught.value.user_message.endswith(".") and "Traceback" not in caught.value.user_message


def test_a_form_is_posted_as_a_form_and_its_json_answer_read(httpserver: HTTPServer) -> None:
    """OAuth 2 token endpoints take forms, not JSON; an empty answer (a revocation's) is an empty mapping."""
    seen: list[tuple[str, dict[str, str]]] = []

    def token(request: Request) -> Response:
        seen.append((request.content_type or "", dict(request.form)))
        return Response('{"access_token": "t"}', content_type="application/json")

    httpserver.expect_request("/oauth/token", method="POST").respond_with_handler(token)
    httpserver.expect_request("/oauth/revoke", method="POST").respond_with_data("")
    client = HttpClient(policy=FAST)
    answer = client.post_form(httpserver.url_for("/oauth/token"), {"code": "c 1&2"}, what="the sign-in")
    assert answer == {"access_token": "t"}
    assert seen == [("application/x-www-form-urlencoded", {"code": "c 1&2"})]
    assert client.post_form(httpserver.url_for("/oauth/revoke"), {"token": "t"}, what="the revocation") == {}


def test_a_failure_after_a_redirect_to_another_host_names_the_address_the_person_gave(httpserver: HTTPServer) -> None:
    import socket

    with socket.socket() as closed:  # a port nothing listens on, on another host name
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    httpserver.expect_request("/profile").respond_with_data(
        "", status=302, headers={"Location": f"http://localhost:{port}/moved"}
    )
    with pytest.raises(FetchError) as failed:
        HttpClient(policy=HttpPolicy(connect_timeout=2)).get(httpserver.url_for("/profile"), what="the profile")
    said = failed.value.user_message
    assert said.startswith(
        f"{httpserver.host}:{httpserver.port} redirected the profile to localhost:{port}, which failed: "
    )
    assert f"Could not connect to localhost:{port}" in said
