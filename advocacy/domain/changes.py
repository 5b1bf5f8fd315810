"""What changed between two audits: findings fixed and new, the score, and reach per network.

One comparison for every view that tells it: the Dashboard's "since last time" and the report for
a period. A finding is the same finding across audits when the same check is about the same thing
(as dismissals key it); one that went away because its network was not read this time, or because
it was dismissed, is counted apart and never called fixed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from advocacy.domain.models import Area, AuditReport, Coverage, Finding, Network
from advocacy.domain.plan import Plan
from advocacy.domain.reach import NetworkReach, reach_of

FindingKey = tuple[str, Network | None, str]


def finding_key(finding: Finding) -> FindingKey:
    """The evidence is left out: a bio edited but still without the company is not fixed."""
    return finding.check, finding.network, finding.target


def judged(findings: Iterable[Finding]) -> list[Finding]:
    """What there is to fix: notices (what an audit could not do) and advice (rhythm) are not."""
    scored = {area.value for area in Area if area.scored}
    return [finding for finding in findings if finding.area in scored]


@dataclass(frozen=True)
class FindingComparison:
    fixed: tuple[Finding, ...]  # in the earlier audit, gone from the later one, its network read
    new: tuple[Finding, ...]  # in the later audit only
    dismissed: int  # gone because the person dismissed them
    not_read: int  # gone only because their network was not read the second time
    worse: tuple[Finding, ...] = ()  # still there, but more serious now (a quiet that got longer)


def compare_findings(before: AuditReport, after: AuditReport, dismissed: Collection[FindingKey]) -> FindingComparison:
    earlier, later = judged(before.findings), judged(after.findings)
    later_keys = {finding_key(f) for f in later}
    earlier_keys = {finding_key(f) for f in earlier}
    read_after = {s.network for s in after.sources if s.was_read}
    complete_after = after.coverage.complete
    fixed: list[Finding] = []
    seen: set[FindingKey] = set()
    gone_dismissed = not_read = 0
    for finding in earlier:
        key = finding_key(finding)
        if key in later_keys or key in seen:
            continue
        seen.add(key)
        if (finding.network not in read_after) if finding.network is not None else not complete_after:
            not_read += 1
        elif key in dismissed:
            gone_dismissed += 1
        else:
            fixed.append(finding)
    new = tuple(f for f in later if finding_key(f) not in earlier_keys)
    rank_before = {finding_key(f): f.severity.rank for f in earlier}
    worse = tuple(f for f in later if f.severity.rank > rank_before.get(finding_key(f), f.severity.rank))
    return FindingComparison(tuple(fixed), new, gone_dismissed, not_read, worse)


@dataclass(frozen=True)
class ReachChange:
    network: Network
    before: NetworkReach | None
    after: NetworkReach

    @property
    def followers_change(self) -> int | None:
        if self.before is None or self.before.followers is None or self.after.followers is None:
            return None
        return self.after.followers - self.before.followers


@dataclass(frozen=True)
class WeekProgress:
    network: Network
    posted: int
    goal: int


@dataclass(frozen=True)
class SinceLastTime:
    """The latest audit against the one before it that read anything, and where the week stands."""

    previous_at: datetime
    latest_at: datetime
    score_before: int | None
    score_after: int | None
    findings: FindingComparison
    reach: tuple[ReachChange, ...]
    coverage_before: Coverage
    coverage_after: Coverage
    week: tuple[WeekProgress, ...]
    due: int

    @property
    def score_change(self) -> int | None:
        if self.score_before is None or self.score_after is None:
            return None
        return self.score_after - self.score_before


def since_last_time(
    previous: AuditReport, latest: AuditReport, plan: Plan | None, dismissed: Collection[FindingKey]
) -> SinceLastTime:
    before = {r.network: r for r in reach_of(previous)}
    week = tuple(WeekProgress(row.network, row.posted, row.goal) for row in plan.rows if row.goal) if plan else ()
    return SinceLastTime(
        previous_at=previous.audited_at,
        latest_at=latest.audited_at,
        score_before=previous.score,
        score_after=latest.score,
        findings=compare_findings(previous, latest, dismissed),
        reach=tuple(ReachChange(r.network, before.get(r.network), r) for r in reach_of(latest)),
        coverage_before=previous.coverage,
        coverage_after=latest.coverage,
        week=week,
        due=len(plan.due) if plan else 0,
    )
