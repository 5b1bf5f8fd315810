"""Instagram, read from the "Download your information" export. Instagram has no share page that
takes a caption: a draft is copied and posted from the app."""

from __future__ import annotations

from advocacy.domain.models import Network
from advocacy.networks.adapter import NetworkAdapter
from advocacy.networks.instagram.count import count_instagram
from advocacy.networks.instagram.export import fetch

ADAPTER = NetworkAdapter(Network.INSTAGRAM, fetch=fetch, count=count_instagram)
