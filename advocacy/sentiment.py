"""Sentiment of social-media text with VADER, a lexicon made for it (its lexicon ships in the wheel).

The analyzer reads its lexicon file when built, so it is built once, lazily, in the core; the rules
receive only a pure scoring function.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

_lock = threading.Lock()
_analyzer: Any = None  # vaderSentiment ships no type hints

SentimentScorer = Callable[[str], float]


def vader_compound(text: str) -> float:
    """VADER's compound score, from -1 (most negative) to +1 (most positive)."""
    global _analyzer  # noqa: PLW0603 - one analyzer per process: its lexicon takes a moment to load
    with _lock:
        if _analyzer is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            _analyzer = SentimentIntensityAnalyzer()
    scores = _analyzer.polarity_scores(text)
    return float(scores["compound"])
