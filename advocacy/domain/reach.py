"""Reach per network in one audit: followers, and the median interactions of your own posts.

The baseline each later audit is compared with. ``None`` wherever the network (or the export)
does not say: an unknown is never drawn or reported as 0.
"""

from __future__ import annotations

from dataclasses import dataclass

from advocacy.domain.models import AuditReport, Network


@dataclass(frozen=True)
class NetworkReach:
    network: Network
    followers: int | None
    median_engagement: float | None  # likes + reposts + replies + quotes, over original posts with figures
    posts_with_figures: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "network": self.network.value,
            "followers": self.followers,
            "median_engagement": self.median_engagement,
            "posts_with_figures": self.posts_with_figures,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> NetworkReach:
        followers = data.get("followers")
        engagement = data.get("median_engagement")
        posts = data.get("posts_with_figures")
        return cls(
            Network(str(data["network"])),
            followers if isinstance(followers, int) and not isinstance(followers, bool) else None,
            float(engagement) if isinstance(engagement, int | float) and not isinstance(engagement, bool) else None,
            posts if isinstance(posts, int) and not isinstance(posts, bool) else 0,
        )


def reach_of(report: AuditReport) -> tuple[NetworkReach, ...]:
    from statistics import median  # loads with the first audit saved, not when the store opens

    reach = []
    for source in report.sources:
        if source.profile is None:
            continue
        totals = [
            total
            for post in source.posts
            if post.is_original and post.engagement is not None and (total := post.engagement.total) is not None
        ]
        reach.append(
            NetworkReach(
                source.network,
                source.profile.followers_count,
                float(median(totals)) if totals else None,
                len(totals),
            )
        )
    return tuple(reach)
