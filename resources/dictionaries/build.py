"""Build ``en.lex.gz``, the English word list the offline spell checker loads.

Run by hand when the sources change, not at install or run time (the result is committed)::

    python resources/dictionaries/build.py --scowl DIR --size 70 [--out resources/dictionaries/en.lex.gz]
    python resources/dictionaries/build.py --from-tsv words.tsv --out resources/dictionaries/xx.lex.gz
    python resources/dictionaries/build.py --bigrams frequency_bigramdictionary_en_243_342.txt

``--bigrams`` converts SymSpell's English bigram counts (the file ships inside the ``symspellpy``
wheel, MIT; see ``LICENSES.md``) into ``en.bigrams.gz``: ``first second log10(count)×10`` per
line, the word pairs the checker ranks close candidates with (context.py).

With ``--scowl`` it also writes, beside the list, ``en.seen.gz`` (long words real text writes too
seldom for the list: wordfreq's rarest, one per line) and ``en.others.gz`` (other languages'
everyday words English lacks, by language: wordfreq's commonest in each).

``DIR`` is SCOWL's ``final/`` folder (Debian's ``scowl`` package puts it in ``/usr/share/dict/scowl``).
Word frequencies come from the ``wordfreq`` package (``pip install wordfreq``), whose data is
CC BY-SA 4.0; see ``LICENSES.md``. Neither is needed by the app itself.

Each entry is ``word<TAB>zipf*100<TAB>tags`` (a TSV line with ``--from-tsv``); tags say where the word comes from:
``w`` SCOWL English, ``v`` an accepted variant (*judgement*, *color* in a British list), ``u``
American only, ``g`` British only, ``n`` a proper name or capitalised word, ``a`` an abbreviation,
``r`` a word SCOWL lists only past size 50 (the size of Debian's ``wamerican``/``wbritish``):
real, but rare enough that a far more common word one slip away is the likelier intent
(*diaster*, *withing*), ``o`` only seen in wordfreq's corpora (names, brands, slang), ``m`` only seen in wordfreq's
corpora and one edit away from a dictionary word at least ten times as common (300 times for
three letters or fewer) (*recieve*: a
common misspelling, not a word), ``d`` an apostrophe-less contraction such as *dont*. Neither
``m`` nor ``d`` is ever accepted as correct.
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import defaultdict
from pathlib import Path

_LEVELS = (10, 20, 35, 40, 50, 55, 60, 70, 80, 95)
_CATEGORIES = {
    "english-words": "w",
    "variant_1-words": "v",
    "english-contractions": "w",
    "variant_1-contractions": "v",
    "american-words": "u",
    "british-words": "g",
    "british_z-words": "g",
    "english-upper": "n",
    "english-proper-names": "n",
    "american-upper": "u",
    "american-proper-names": "u",
    "british-upper": "g",
    "british-proper-names": "g",
    "variant_1-upper": "n",
    "variant_1-proper-names": "n",
    "english-abbreviations": "a",
    "american-abbreviations": "a",
    "british-abbreviations": "a",
    "variant_1-abbreviations": "a",
}
_NAMES_TAGGED = {
    "english-upper",
    "english-proper-names",
    "american-upper",
    "american-proper-names",
    "british-upper",
    "british-proper-names",
    "variant_1-upper",
    "variant_1-proper-names",
}
# SCOWL's sizes up to this one are the everyday dictionary (Debian's wamerican and wbritish); a
# word first listed past it is tagged ``r``, for the checker to weigh against commoner neighbours.
_EVERYDAY_SIZE = 50
_KEEP_ZIPF = 1.5  # wordfreq tokens rarer than this carry no evidence worth the memory
_WORD = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]")


def read_scowl(folder: Path, size: int) -> dict[str, set[str]]:
    tags: dict[str, set[str]] = defaultdict(set)
    everyday: set[str] = set()  # lower-cased: "bill" is everyday because "Bill" or "bill" is
    for category, tag in _CATEGORIES.items():
        for level in _LEVELS:
            if level > size:
                break
            path = folder / f"{category}.{level}"
            if not path.exists():
                continue
            for line in path.read_text(encoding="latin-1").splitlines():
                word = line.strip()
                if not word:
                    continue
                tags[word].add(tag)
                if category in _NAMES_TAGGED:
                    tags[word].add("n")
                if level <= _EVERYDAY_SIZE:
                    everyday.add(word.lower())
    for word, word_tags in tags.items():
        if word.lower() not in everyday:
            word_tags.add("r")
    return tags


def add_frequencies(tags: dict[str, set[str]]) -> dict[str, float]:
    from wordfreq import iter_wordlist, zipf_frequency

    zipf: dict[str, float] = {}
    for word in list(tags):
        zipf[word] = zipf_frequency(word, "en", wordlist="large")
    contractions = {w.replace("'", ""): w for w in tags if "'" in w}
    for token in iter_wordlist("en", wordlist="large"):
        if not _WORD.fullmatch(token):
            continue
        value = zipf_frequency(token, "en", wordlist="large")
        if value < _KEEP_ZIPF:
            break  # the list is sorted by frequency
        known = [w for w in (token, token.capitalize()) if w in tags]
        if known:
            continue
        if token in contractions or (token.endswith("s") and token[:-1] in contractions):
            tags[token].add("d")
        else:
            tags[token].add("o")
        zipf[token] = value
    return zipf


def mark_misspellings(tags: dict[str, set[str]], zipf: dict[str, float]) -> int:
    """Tag wordfreq-only tokens that look like slips of a much more common dictionary word."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for word, word_tags in tags.items():
        if word_tags & {"w", "v", "u", "g", "n"} and "'" not in word:
            buckets[(word[0].lower(), len(word))].append(word.lower())
    marked = 0
    for token, token_tags in tags.items():
        if token_tags != {"o"}:
            continue
        limit = 2 if len(token) >= 8 else 1
        pool = [w for n in range(-limit, limit + 1) for w in buckets.get((token[0], len(token) + n), ())]
        pool += buckets.get((token[1], len(token) - 1), []) if len(token) > 1 else []  # alot → lot
        for choice, _, _ in process.extract(token, pool, scorer=OSA.distance, score_cutoff=limit, limit=None):
            # Short tokens are one edit from many words; only a far more common one counts.
            if zipf.get(choice, 0.0) >= zipf[token] + (2.5 if len(token) <= 3 else 1.0):
                token_tags.discard("o")
                token_tags.add("m")
                marked += 1
                break
    return marked


def write(rows: list[tuple[str, int, str]], note: str, out: Path) -> None:
    # Imported here: the rest of this script runs without the app installed.
    from advocacy.spelling.lexicon import encode

    out.write_bytes(gzip.compress(encode(rows, note), compresslevel=9, mtime=0))
    print(f"{len(rows)} entries -> {out} ({out.stat().st_size} bytes)")


def read_tsv(path: Path) -> tuple[list[tuple[str, int, str]], str]:
    """Rows ``word<TAB>zipf*100<TAB>tags`` from a (gzipped) TSV, the format other languages use,
    and its first ``#`` comment line as the note."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as text:
        lines = [line.rstrip("\n") for line in text if line.strip()]
    note = next((line.lstrip("# ") for line in lines if line.startswith("#")), f"from {path.name}")
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    return [(word, int(frequency), tags) for word, frequency, tags in rows], note


def write_bigrams(source: Path, out: Path) -> None:
    """Word pairs of letters only, their counts as tenths of a power of ten (small, and the
    precision the ranking needs)."""
    import math

    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        first, second, count = line.split()
        if first.isalpha() and second.isalpha():
            lines.append(f"{first.lower()} {second.lower()} {round(10 * math.log10(int(count)))}")
    out.write_bytes(gzip.compress("\n".join(lines).encode(), compresslevel=9, mtime=0))
    print(f"{len(lines)} bigrams -> {out} ({out.stat().st_size} bytes)")


# Other languages people switch to inside English posts (Latin script: the rest is told apart by
# its letters, tokens.py), and how many of each one's commonest words to keep.
_OTHER_LANGUAGES = [
    "es",
    "fr",
    "de",
    "pt",
    "it",
    "nl",
    "ca",
    "sv",
    "da",
    "nb",
    "fi",
    "pl",
    "cs",
    "ro",
    "tr",
    "id",
    "ms",
    "fil",
    "hu",
    "sk",
    "sl",
    "lt",
    "lv",
    "sh",
    "vi",
]
_OTHER_TOP = 10_000
_SHORTEST_OTHER = 3  # shorter words are a slip of some English word far too often
_ENGLISH_TOO = 3.0  # Zipf in English: a word English writes this often is English's as well


def write_others(tags: dict[str, set[str]], out: Path) -> None:
    """Everyday words of other languages that English lacks, grouped by the languages that have
    them: one ``es,pt<TAB>word word …`` line per group, gzipped (other_languages.py)."""
    from wordfreq import iter_wordlist, zipf_frequency

    listed = {w.lower() for w, word_tags in tags.items() if word_tags & {"w", "v", "u", "g", "n", "a"}}
    languages: dict[str, set[str]] = defaultdict(set)
    for language in _OTHER_LANGUAGES:
        for rank, word in enumerate(iter_wordlist(language, wordlist="small")):
            if rank >= _OTHER_TOP:
                break
            if len(word) < _SHORTEST_OTHER or not word.isalpha() or word in listed:
                continue
            if zipf_frequency(word, "en", wordlist="large") < _ENGLISH_TOO:
                languages[word].add(language)
    groups: dict[str, list[str]] = defaultdict(list)
    for word, found in languages.items():
        groups[",".join(sorted(found))].append(word)
    lines = [f"{kind}\t{' '.join(sorted(words))}" for kind, words in sorted(groups.items())]
    out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode(), compresslevel=9, mtime=0))
    print(f"{len(languages)} words of {len(_OTHER_LANGUAGES)} other languages -> {out} ({out.stat().st_size} bytes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--scowl", type=Path, help="SCOWL's final/ folder")
    source.add_argument("--from-tsv", type=Path, help="an existing word<TAB>zipf*100<TAB>tags list")
    source.add_argument("--bigrams", type=Path, help="SymSpell's frequency_bigramdictionary_en_*.txt")
    parser.add_argument("--size", type=int, default=70)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("en.lex.gz"))
    args = parser.parse_args()
    if args.bigrams:
        write_bigrams(args.bigrams, args.out.with_name("en.bigrams.gz"))
        return
    if args.from_tsv:
        write(*read_tsv(args.from_tsv), args.out)
        return
    tags = read_scowl(args.scowl, args.size)
    for line in Path(__file__).with_name("en-extra.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            tags[line.strip()].add("w")
            tags[line.strip()].discard("r")  # the project vouches for these as everyday words
    zipf = add_frequencies(tags)
    for word in tags:
        zipf.setdefault(word.lower(), zipf.get(word, 0.0))
    print(f"{mark_misspellings(tags, zipf)} wordfreq tokens marked as likely misspellings")
    rows = [(w, round(zipf.get(w, 0.0) * 100), "".join(sorted(tags[w]))) for w in sorted(tags)]
    write(rows, f"SCOWL size {args.size} + wordfreq; built by build.py", args.out)
    write_seen({w.lower() for w in tags}, args.out.with_name(args.out.name.replace(".lex.gz", ".seen.gz")))
    write_others(tags, args.out.with_name(args.out.name.replace(".lex.gz", ".others.gz")))


_SEEN_LENGTH = 8  # the checker asks only about long words (checker.py, _LONG_UNKNOWN_WORD)
_ALPHA = re.compile(r"[a-z]+")


def write_seen(listed: set[str], out: Path) -> None:
    """The long wordfreq tokens too rare for the word list (Zipf below ``_KEEP_ZIPF``, down to
    wordfreq's own floor): evidence that a word far from every word is written, not mistyped."""
    from wordfreq import iter_wordlist, zipf_frequency

    seen = sorted(
        token
        for token in iter_wordlist("en", wordlist="large")
        if len(token) >= _SEEN_LENGTH
        and _ALPHA.fullmatch(token)
        and token not in listed
        and zipf_frequency(token, "en", wordlist="large") < _KEEP_ZIPF
    )
    out.write_bytes(gzip.compress(("\n".join(seen) + "\n").encode(), compresslevel=9, mtime=0))
    print(f"{len(seen)} rarely seen long words -> {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
