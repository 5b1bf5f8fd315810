"""Post a note to a Misskey-family server with the user's access token, never twice.

Misskey has no idempotency key, so the claim in the store is what stops a second process, and after
an unclear end (a timeout, a 5xx) the account's recent notes are looked at for the same text before
anything is sent again. The token travels only to the server it was made on, as a bearer header.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from advocacy.domain.models import Network
from advocacy.errors import FetchError
from advocacy.http_session import Credential, HttpClient
from advocacy.networks.misskey.parse import note_url
from advocacy.sharing.publish import CLEAR_REFUSALS, Attempt, Published, same_text
from advocacy.storage import Store


def _me(client: HttpClient, base: str, credential: Credential) -> Mapping[str, Any]:
    me: Any = client.post_json(f"{base}/api/i", {}, what="your account", credential=credential)
    if not isinstance(me, Mapping) or not isinstance(me.get("id"), str):
        raise FetchError(
            "The server did not say which account the token belongs to, so the earlier attempt could not be "
            "looked for; nothing was sent."
        )
    return me


def find_note(client: HttpClient, base: str, credential: Credential, text: str) -> str | None:
    """The address of the account's recent note with this text, if the server has one. A failure to
    look raises: an unclear attempt is never sent again on a guess."""
    me = _me(client, base, credential)
    notes: Any = client.post_json(
        f"{base}/api/users/notes", {"userId": me["id"], "limit": 40}, what="your recent notes", credential=credential
    )
    for note in notes if isinstance(notes, list) else []:
        if isinstance(note, Mapping) and same_text(str(note.get("text") or ""), text) and note.get("id"):
            return str(note.get("url") or "") or note_url(base, str(note["id"]))
    return None


def publish_misskey(
    client: HttpClient, store: Store, *, base_url: str, token: str, text: str, item_key: str, again: bool = False
) -> Published:
    base = base_url.rstrip("/")
    credential = Credential.bearer(base, token)
    claim = store.claim_share(item_key, Network.MISSKEY, new_key=lambda: str(uuid.uuid4()), text=text, again=again)
    with Attempt(store, claim) as attempt:
        if claim.unclear:
            found = find_note(client, base, credential, text)
            store.checked_with_network(Network.MISSKEY)
            if found is not None:
                return attempt.posted(found, found_earlier=True)
        answer: Any = attempt.send(
            lambda: client.post_json(
                f"{base}/api/notes/create",
                {"text": text, "visibility": "public"},
                what="your note",
                credential=credential,
                retry_on=CLEAR_REFUSALS,
            )
        )
        note = answer.get("createdNote") if isinstance(answer, Mapping) else None
        if not isinstance(note, Mapping) or not note.get("id"):
            raise FetchError("The server accepted the note but did not say where it is; check your profile.")
        return attempt.posted(str(note.get("url") or "") or note_url(base, str(note["id"])), found_earlier=False)
