"""A personal website or blog: its home page and its feed."""

from __future__ import annotations

from advocacy.domain.models import Network
from advocacy.networks.adapter import NetworkAdapter
from advocacy.networks.website.source import fetch

ADAPTER = NetworkAdapter(Network.WEBSITE, fetch=fetch)
