"""Spelling and grammar of what the audit read, checked before the rules run.

Loading word lists and calling LanguageTool is I/O, which the rules never do: the runner checks the
texts here and hands the issues to the typo rule in ``AuditInput``. A checker that fails is said in
a notice; the audit goes on without typo findings rather than losing them silently.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from advocacy.cancellation import CancelToken
from advocacy.domain.audit_input import AuditInput
from advocacy.domain.text_check import TextCheckerFactory, TextIssue, never_typos
from advocacy.errors import AdvocacyError, Cancelled
from advocacy.personal_data import with_personal_data

log = logging.getLogger(__name__)


def with_text_checks(
    audit_input: AuditInput, checker_for: TextCheckerFactory, cancel: CancelToken | None = None
) -> AuditInput:
    """``audit_input`` with its texts checked, ready for the typo rule (unless spelling is off) and
    the personal-data rule (always)."""
    audit_input = with_personal_data(audit_input)
    if not audit_input.config.audit.spelling:
        return audit_input
    issues, notices = check_texts(audit_input, checker_for, cancel or CancelToken())
    return replace(audit_input, text_issues=issues, text_notices=notices, hashtag_words=_hashtag_words(audit_input))


def _hashtag_words(audit_input: AuditInput) -> dict[str, tuple[str, ...]]:
    """The words of each one-case hashtag in the posts (for the accessibility advice). The word list
    is the speller's own; if it cannot be loaded the spelling notice already says so."""
    from advocacy.spelling.hashtags import split_hashtag
    from advocacy.spelling.lexicon import load

    tags = {tag.lower() for o in audit_input.outcomes for p in o.posts for tag in p.hashtags if tag.islower()}
    if not tags:
        return {}
    try:
        lexicon = load("en")
    except Exception:  # a damaged or missing word list: no CamelCase advice, nothing worse
        log.info("no word list for hashtags", exc_info=True)
        return {}
    return {tag: words for tag in tags if (words := split_hashtag(lexicon, tag))}


def _their_words(audit_input: AuditInput) -> frozenset[str]:
    """The person's vocabulary, learned from what the audit read (see ``spelling.vocabulary``)."""
    from advocacy.spelling.lexicon import load
    from advocacy.spelling.vocabulary import vocabulary

    try:
        lexicon = load(audit_input.config.audit.language)
    except Exception:  # no word list: the spelling notice says so, and nothing is checked anyway
        log.info("no word list to learn the vocabulary with", exc_info=True)
        return frozenset()
    return vocabulary(audit_input, lexicon)


def check_texts(
    audit_input: AuditInput, checker_for: TextCheckerFactory, cancel: CancelToken
) -> tuple[dict[str, tuple[TextIssue, ...]], tuple[str, ...]]:
    """Spelling and grammar of every text the typo rule looks at, before the rules run: loading
    dictionaries and calling LanguageTool is I/O, which the rules never do. A checker that fails
    says so in a notice; the audit goes on without typo findings rather than losing them silently."""
    known = never_typos(audit_input.config, audit_input.profiles) | audit_input.my_words | _their_words(audit_input)
    issues: dict[str, tuple[TextIssue, ...]] = {}
    try:
        session = checker_for(audit_input.config)
    except AdvocacyError as exc:
        return {}, (f"Spelling was not checked: {exc.user_message}",)
    except Exception:
        log.exception("the text checker could not start")
        return {}, ("Spelling was not checked: the checker could not start; details are in the log.",)
    try:
        for item in audit_input.texts_to_check():
            cancel.raise_if_cancelled()
            issues[item.key] = tuple(session(item.text, item.language, known))
    except Cancelled:
        raise
    except AdvocacyError as exc:
        return issues, (*session.notices, f"Spelling was checked only in part: {exc.user_message}")
    except Exception:
        log.exception("the text check failed")
        return issues, (
            *session.notices,
            "Spelling was checked only in part: the checker failed; details are in the log.",
        )
    finally:
        session.close()
    return issues, tuple(session.notices)
