"""The typo rule over domain models, with the real offline speller and a real LanguageTool replay."""

from __future__ import annotations

from dataclasses import replace

import checks
from advocacy.audit_runner import run_rules
from advocacy.domain.models import Finding, Network
from advocacy.domain.profile import AuditOptions
from advocacy.spelling.service import session_for
from advocacy.text_checks import with_text_checks
from checks.scoring import score_card
from tests.checks.profiles import CONFIG, post, with_posts, with_profile
from tests.languagetool_server import languagetool_server

RULES = checks.default_rules()
M, B = Network.MASTODON, Network.BLUESKY


def typos(audit: object) -> list[Finding]:
    return [f for f in run_rules(with_text_checks(audit, session_for), RULES) if f.area in ("typo", "notice")]  # type: ignore[arg-type]


def test_a_typo_in_a_bio_is_a_warning_with_span_and_the_fix() -> None:
    bio = "Developer Advocate at Acme. I write about APIs and documentaion."
    (finding,) = typos(with_profile(M, bio=bio))
    assert finding.check == "typo.spelling" and finding.target == "bio" and finding.network is M
    assert finding.severity.value == "warning"
    assert finding.span is not None and bio[finding.span[0] : finding.span[1]] == "documentaion"
    assert finding.replacement == "documentation"
    assert "“documentation”" in finding.suggestion and finding.evidence == bio


def test_a_typo_in_a_post_is_advice_on_that_post() -> None:
    (finding,) = typos(with_posts(B, (post(B, "Shipped the new relase today, thanks all!"),)))
    assert finding.target == "post:x1" and finding.severity.value == "info"
    assert finding.replacement == "release"


def test_company_words_names_and_handles_are_never_typos() -> None:
    config = replace(CONFIG, company=replace(CONFIG.company, glossary=("Widgetron", "frobnicator")))
    text = "Our frobnicator and Widgetron ship with Acme Widgets; ask Sam Rivera or @acme@social.example"
    audit = with_posts(B, (post(B, text),))
    assert typos(replace(audit, config=config)) == []


def test_proper_names_used_elsewhere_in_the_profile_are_not_typos() -> None:
    audit = with_profile(M, display_name="Sam Rivera · Quuxford", bio="I live near quuxford and love it.")
    assert typos(audit) == []


def test_a_post_in_a_language_without_a_dictionary_is_skipped() -> None:
    text = "Wir haben heute die neue Versoin veröffentlicht, danke an alle!"
    assert typos(with_posts(B, (post(B, text, language="de"),))) == []


def test_the_declared_variant_is_respected() -> None:
    config = replace(CONFIG, audit=AuditOptions(language="en-US"))
    audit = with_posts(B, (post(B, "The colour of the new logo is great."),))
    assert [f.replacement for f in typos(replace(audit, config=config))] == ["color"]
    assert typos(audit) == []  # default: both spellings are right


def test_spelling_can_be_turned_off() -> None:
    config = replace(CONFIG, audit=AuditOptions(spelling=False))
    audit = with_posts(B, (post(B, "Shipped the new relase today"),))
    assert typos(replace(audit, config=config)) == []


def test_grammar_from_languagetool_joins_the_findings() -> None:
    with languagetool_server() as server:
        config = replace(CONFIG, audit=AuditOptions(languagetool_url=server.url))
        audit = with_posts(B, (post(B, "I have many dog."),))
        found = typos(replace(audit, config=config))
    assert [(f.check, f.replacement) for f in found] == [("typo.grammar", "many dogs")]


def test_an_unreachable_languagetool_is_one_notice_that_costs_no_points() -> None:
    with languagetool_server() as server:
        url = server.url
    config = replace(CONFIG, audit=AuditOptions(languagetool_url=url))
    audit = with_posts(B, (post(B, "Shipped the new relase today"), post(B, "Anohter one", id="x2")))
    found = typos(replace(audit, config=config))
    notices = [f for f in found if f.area == "notice"]
    assert len(notices) == 1 and "did not answer" in notices[0].message
    assert {f.replacement for f in found if f.check == "typo.spelling"} == {"release", "Another"}
    assert score_card(notices, [B]).overall == 100


def test_a_typo_in_a_long_post_is_shown_in_its_sentence_with_the_span() -> None:
    filler = "This paragraph talks about the weather and other ordinary things at some length. " * 400
    text = filler + "Yesterday we shipped teh new release to everyone. " + filler
    (finding,) = typos(with_posts(B, (post(B, text),)))
    assert len(finding.evidence) <= 240 and finding.evidence == "Yesterday we shipped teh new release to everyone."
    assert finding.span is not None and finding.evidence[finding.span[0] : finding.span[1]] == "teh"


def test_one_sentence_longer_than_the_limit_is_cut_around_the_word() -> None:
    text = "word " * 200 + "recieve " + "word " * 200
    (finding,) = typos(with_posts(B, (post(B, text),)))
    assert len(finding.evidence) <= 240
    assert finding.span is not None and finding.evidence[finding.span[0] : finding.span[1]] == "recieve"


def test_the_same_misspelling_many_times_in_one_post_is_one_finding_with_the_count() -> None:
    text = "I recieve mail. You recieve mail. We all recieve mail every day, and nobody minds at all."
    (finding,) = typos(with_posts(B, (post(B, text),)))
    assert finding.message == "“recieve” in your post looks misspelled (3 times)."
    assert finding.replacement == "receive"


def test_the_json_report_gives_the_span_and_the_text_report_names_the_post() -> None:
    import json
    from datetime import UTC, datetime

    from advocacy.domain.models import AuditReport, Profile, SourceOutcome, SourceStatus
    from advocacy.report import render_json, render_text

    shipped = post(B, "Shipped the new relase today, thanks all!")
    found = typos(with_posts(B, (shipped,)))
    # The report holds the post the finding quotes, as every audit's report does: it links to it.
    outcome = SourceOutcome(B, "sam.example", SourceStatus.OK, profile=Profile(B, "sam.example"), posts=(shipped,))
    report = AuditReport(datetime.now(UTC), 90, (outcome,), tuple(found))
    (finding,) = json.loads(render_json(report))["findings"]
    start, end = finding["span"]
    assert finding["evidence"][start:end] == "relase"
    assert "    in: https://example.invalid/x1" in render_text(report)
