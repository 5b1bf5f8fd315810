"""Share links that open the network's own composer in the browser: no credentials needed."""

from __future__ import annotations

from urllib.parse import quote

from advocacy.domain.models import Network


def share_url(network: Network, text: str, *, mastodon_instance: str | None = None) -> str:
    encoded = quote(text, safe="")
    if network is Network.MASTODON:
        if not mastodon_instance:
            raise ValueError("a Mastodon share link needs the user's instance")
        return f"https://{mastodon_instance}/share?text={encoded}"
    if network is Network.BLUESKY:
        return f"https://bsky.app/intent/compose?text={encoded}"
    if network is Network.X:
        return f"https://x.com/intent/post?text={encoded}"
    if network is Network.LINKEDIN:
        return f"https://www.linkedin.com/feed/?shareActive=true&text={encoded}"
    raise ValueError(f"{network.label} has no share link")
