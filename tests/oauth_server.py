"""A loopback Mastodon that signs apps in: apps, authorize, token, verify_credentials and revoke.

Built from Mastodon's documented shapes (the Application and Token entities, Doorkeeper's error
answers), since no recorded sign-in exists in the fixtures; the account ``verify_credentials``
answers is the one recorded in the Mastodon.py cassettes, renamed. It checks what a real server
checks: the redirect address against the registration, the scopes against the app's, the PKCE
verifier against the challenge (S256), a code used once. Switches make it say no (``consent``),
send another sign-in's ``state``, let codes expire, or refuse revocations.

``browse(url)`` plays the browser: it opens the authorize page, which redirects to the app's
loopback listener, and returns the page the listener answered with.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.cassettes import find, load_cassette

KNOWN_SCOPES = {"read", "write", "write:statuses", "follow", "push"}
INVALID_GRANT = {
    "error": "invalid_grant",
    "error_description": "The provided authorization grant is invalid, expired, revoked, does not match the "
    "redirection URI used in the authorization request, or was issued to another client.",
}


@dataclass
class App:
    client_secret: str
    redirect_uris: list[str]
    scopes: set[str]


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    scopes: str
    challenge: str
    used: bool = False


@dataclass
class OAuthMastodon:
    server: HTTPServer
    username: str = "sam"
    consent: bool = True  # False: the person chooses "Deny"
    tamper_state: bool = False  # the redirect carries a state the app never sent
    codes_expire: bool = False  # every code has expired by the time it is exchanged
    refuse_revoke: bool = False
    apps: dict[str, App] = field(default_factory=dict)
    grants: dict[str, Grant] = field(default_factory=dict)
    tokens: dict[str, tuple[str, str]] = field(default_factory=dict)  # token -> (client_id, scopes)
    revoked: set[str] = field(default_factory=set)
    authorize_queries: list[dict[str, str]] = field(default_factory=list)
    token_forms: list[dict[str, str]] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return self.server.url_for("").rstrip("/")

    def revoke_everything(self) -> None:
        """What the person does on the server's Authorized apps page."""
        self.revoked.update(self.tokens)

    # Handlers ---------------------------------------------------------------------------------

    def register(self, request: Request) -> Response:
        data = request.get_json(silent=True) or dict(request.form)
        scopes = set(str(data.get("scopes", "read")).split())
        if not data.get("client_name") or not data.get("redirect_uris") or not scopes <= KNOWN_SCOPES:
            return _json({"error": "Validation failed"}, 422)
        client_id, client_secret = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        uris = str(data["redirect_uris"]).split()
        self.apps[client_id] = App(client_secret, uris, scopes)
        return _json(
            {
                "id": str(len(self.apps)),
                "name": data["client_name"],
                "website": None,
                "scopes": sorted(scopes),
                "redirect_uri": "\n".join(uris),
                "redirect_uris": uris,
                "client_id": client_id,
                "client_secret": client_secret,
                "vapid_key": "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=",
            }
        )

    def authorize(self, request: Request) -> Response:
        query = dict(request.args)
        self.authorize_queries.append(query)
        app = self.apps.get(query.get("client_id", ""))
        redirect_uri = query.get("redirect_uri", "")
        scopes = query.get("scope", "read")
        if app is None or redirect_uri not in app.redirect_uris:
            return Response("The redirect URI included is not valid.", status=400)
        if (
            query.get("response_type") != "code"
            or not set(scopes.split()) <= app.scopes
            or query.get("code_challenge_method") != "S256"
            or not query.get("code_challenge")
        ):
            return Response("The request is missing a required parameter.", status=400)
        state = "another-sign-in" if self.tamper_state else query.get("state", "")
        if not self.consent:
            answer = {"error": "access_denied", "error_description": "The resource owner denied the request."}
        else:
            code = secrets.token_urlsafe(32)
            self.grants[code] = Grant(query["client_id"], redirect_uri, scopes, query["code_challenge"])
            answer = {"code": code}
        return Response(status=302, headers={"Location": f"{redirect_uri}?{urlencode({**answer, 'state': state})}"})

    def token(self, request: Request) -> Response:
        form = dict(request.form)  # a form, as OAuth 2 says: a JSON body would leave this empty
        self.token_forms.append(form)
        app = self.apps.get(form.get("client_id", ""))
        if app is None or app.client_secret != form.get("client_secret"):
            return _json({"error": "invalid_client", "error_description": "Client authentication failed."}, 401)
        grant = self.grants.get(form.get("code", ""))
        if (
            form.get("grant_type") != "authorization_code"
            or grant is None
            or grant.used
            or self.codes_expire
            or grant.client_id != form.get("client_id")
            or grant.redirect_uri != form.get("redirect_uri")
            or _challenge(form.get("code_verifier", "")) != grant.challenge
        ):
            return _json(INVALID_GRANT, 400)
        grant.used = True
        token = secrets.token_urlsafe(32)
        self.tokens[token] = (grant.client_id, grant.scopes)
        return _json({"access_token": token, "token_type": "Bearer", "scope": grant.scopes, "created_at": 1754000000})

    def verify_credentials(self, request: Request) -> Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token not in self.tokens or token in self.revoked:
            return _json({"error": "The access token is invalid"}, 401)
        account = find(
            load_cassette("mastodon/mastodonpy__test_get_pagination_info.yaml"), "GET", "/verify_credentials"
        )
        recorded: dict[str, Any] = account[0].json()
        return _json({**recorded, "username": self.username, "acct": self.username})

    def revoke(self, request: Request) -> Response:
        form = dict(request.form)
        token = form.get("token", "")
        app = self.apps.get(form.get("client_id", ""))
        owner = self.tokens.get(token, ("", ""))[0]
        if (
            self.refuse_revoke
            or app is None
            or app.client_secret != form.get("client_secret")
            or owner not in ("", form["client_id"])
        ):
            return _json(
                {"error": "unauthorized_client", "error_description": "You are not authorized to revoke this token"},
                403,
            )
        self.revoked.add(token)
        return _json({})


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data), status=status, content_type="application/json")


def _challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def install(server: HTTPServer, *, username: str = "sam") -> OAuthMastodon:
    mastodon = OAuthMastodon(server, username=username)
    server.expect_request("/api/v1/apps", method="POST").respond_with_handler(mastodon.register)
    server.expect_request("/oauth/authorize", method="GET").respond_with_handler(mastodon.authorize)
    server.expect_request("/oauth/token", method="POST").respond_with_handler(mastodon.token)
    server.expect_request("/oauth/revoke", method="POST").respond_with_handler(mastodon.revoke)
    server.expect_request("/api/v1/accounts/verify_credentials").respond_with_handler(mastodon.verify_credentials)
    return mastodon


def browse(url: str) -> str:
    """What a browser does with the authorize page once the person chose: follow it to the app's
    listener; the page the listener answered with."""
    with requests.Session() as browser:
        page = browser.get(url, timeout=10)
    page.raise_for_status()
    return page.text
