"""A typing-aware edit cost: the slips people make cost less than arbitrary edits.

Optimal string alignment (Damerau without repeated edits of one substring) where a key next to
the intended one, a vowel for a vowel, a doubled or undoubled letter, and two swapped letters are
cheaper than other edits. It only ranks a handful of candidates, so plain Python is fast enough.
"""

from __future__ import annotations

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")


def _neighbours() -> dict[str, frozenset[str]]:
    position = {c: (r, i) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    result: dict[str, frozenset[str]] = {}
    for c, (r, i) in position.items():
        near = {
            d
            for d, (r2, i2) in position.items()
            if d != c and abs(r2 - r) <= 1 and -1 <= i2 - i + (0.5 * (r2 - r) if r2 != r else 0) <= 1
        }
        result[c] = frozenset(near)
    return result


_NEAR = _neighbours()


def substitution_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if b in _NEAR.get(a, ()):
        return 0.6
    if a in _VOWELS and b in _VOWELS:
        return 0.6
    return 1.0


def _indel_cost(word: str, i: int) -> float:
    """Cost of inserting/deleting ``word[i]``: cheap when it doubles a neighbouring letter."""
    c = word[i]
    if (i > 0 and word[i - 1] == c) or (i + 1 < len(word) and word[i + 1] == c):
        return 0.5
    return 1.0


def typing_distance(typed: str, intended: str, dropped: float = 1.0) -> float:
    """The cheapest way to get ``intended`` from ``typed`` with typing slips. ``dropped`` scales
    the cost of a letter of ``intended`` the writer left out (the commonest human error: *foler*
    for *folder*); ranking suggestions sets it below 1, judging whether a word is a typo at all
    leaves it at 1."""
    n, m = len(typed), len(intended)
    # A shared prefix and suffix cost nothing: only the middle where the words differ is
    # aligned, which is most of the speed. Indel costs still see the whole word's letters.
    # (On contrived strings of one repeated letter this can charge half a slip more than the
    # full alignment would; on candidate words it matched the full alignment on every pair.)
    head = 0
    while head < n and head < m and typed[head] == intended[head]:
        head += 1
    tail = 0
    while tail < n - head and tail < m - head and typed[n - 1 - tail] == intended[m - 1 - tail]:
        tail += 1
    typed_indel = [_indel_cost(typed, i) for i in range(head, n - tail)]
    intended_indel = [_indel_cost(intended, j) * dropped for j in range(head, m - tail)]
    typed, intended = typed[head : n - tail], intended[head : m - tail]
    n, m = len(typed), len(intended)
    if not n or not m:
        return sum(typed_indel) + sum(intended_indel)
    previous2: list[float] = []
    previous = [0.0] * (m + 1)
    for j in range(1, m + 1):
        previous[j] = previous[j - 1] + intended_indel[j - 1]
    for i in range(1, n + 1):
        a = typed[i - 1]
        near = _NEAR.get(a, frozenset())
        a_vowel = a in _VOWELS
        delete = typed_indel[i - 1]
        current = [previous[0] + delete] + [0.0] * m
        for j in range(1, m + 1):
            b = intended[j - 1]
            if a == b:
                substitute = previous[j - 1]
            elif b in near or (a_vowel and b in _VOWELS):
                substitute = previous[j - 1] + 0.6
            else:
                substitute = previous[j - 1] + 1.0
            best = min(previous[j] + delete, current[j - 1] + intended_indel[j - 1], substitute)
            if i > 1 and j > 1 and a == intended[j - 2] and typed[i - 2] == b and a != b:
                best = min(best, previous2[j - 2] + 0.7)
            current[j] = best
        previous2, previous = previous, current
    return previous[m]
