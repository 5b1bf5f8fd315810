"""The score: 100 per network minus a weight per finding, so every point lost has a reason.

The overall score is the mean of the networks' scores, minus what findings about no single network
cost. A check repeated on one network counts at most ``MAX_REPEATS`` times, so thirty old posts
without a disclosure do not sink everything else.
"""

from __future__ import annotations

from collections.abc import Sequence

from advocacy.domain.models import MAX_REPEATS, UNSCORED_AREAS, Deduction, Finding, Network, ScoreCard, Severity

PENALTY = {Severity.ERROR: 15, Severity.WARNING: 6, Severity.INFO: 2}


def score_card(findings: Sequence[Finding], networks: Sequence[Network]) -> ScoreCard:
    counted: dict[tuple[str, Network | None], int] = {}
    deductions = []
    for finding in sorted(findings, key=lambda f: -f.severity.rank):
        key = (finding.check, finding.network)
        counted[key] = counted.get(key, 0) + 1
        # Notices say what the audit could not do (a server did not answer): not the person's fault.
        # Rhythm findings are advice drawn from engagement: nothing is wrong with the profile.
        counts = counted[key] <= MAX_REPEATS and finding.area not in UNSCORED_AREAS
        points = PENALTY[finding.severity] if counts else 0
        deductions.append(Deduction(finding.check, finding.network, finding.target, points))
    # Only networks that were read get a score; a finding about any other (a notice that a source
    # failed) must not add a perfect 100 for a network nobody looked at.
    audited = list(dict.fromkeys(networks)) or list(dict.fromkeys(f.network for f in findings if f.network))
    by_network = tuple(
        (network, max(0, 100 - sum(d.points for d in deductions if d.network is network))) for network in audited
    )
    general = sum(d.points for d in deductions if d.network is None)
    from statistics import mean  # loads with the first audit scored, not when the rules are handed over

    base = mean(score for _, score in by_network) if by_network else 100
    return ScoreCard(overall=max(0, round(base) - general), by_network=by_network, deductions=tuple(deductions))


def score_findings(findings: Sequence[Finding]) -> int:
    """The overall score when only the findings are known (each finding's network counts as audited)."""
    return score_card(findings, ()).overall
