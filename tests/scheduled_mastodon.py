"""A loopback Mastodon that holds scheduled statuses, as a real server does, for the tests."""

from __future__ import annotations

import json
import threading
import time

from werkzeug import Request, Response


class ScheduledMastodon:
    """Mastodon's scheduled statuses: POST with scheduled_at holds the post (one per Idempotency-Key),
    GET lists what is held, DELETE cancels. Records every request for the assertions."""

    def __init__(self) -> None:
        self.held: dict[str, dict[str, object]] = {}
        self.by_key: dict[str, str] = {}
        self.delay = 0.0
        self.received = threading.Event()

    def post(self, request: Request) -> Response:
        self.received.set()
        assert request.headers.get("Authorization") == "Bearer tok"
        body = request.get_json()
        assert body["scheduled_at"].endswith("Z")
        key = request.headers.get("Idempotency-Key", "")
        if key not in self.by_key:
            scheduled_id = str(len(self.by_key) + 1)
            self.by_key[key] = scheduled_id
            self.held[scheduled_id] = {
                "id": scheduled_id,
                "scheduled_at": body["scheduled_at"],
                "params": {"text": body["status"], "visibility": "public"},
                "media_attachments": [],
            }
        time.sleep(self.delay)
        return Response(json.dumps(self.held[self.by_key[key]]), content_type="application/json")

    def listing(self, _request: Request) -> Response:
        return Response(json.dumps(list(self.held.values())), content_type="application/json")

    def one(self, request: Request) -> Response:
        assert request.headers.get("Authorization") == "Bearer tok"
        found = self.held.get(request.path.rsplit("/", 1)[-1])
        return Response(json.dumps(found) if found else '{"error": "Record not found"}', status=200 if found else 404)

    def delete(self, request: Request) -> Response:
        assert request.headers.get("Authorization") == "Bearer tok"
        found = self.held.pop(request.path.rsplit("/", 1)[-1], None)
        return Response("{}" if found else '{"error": "Record not found"}', status=200 if found else 404)
