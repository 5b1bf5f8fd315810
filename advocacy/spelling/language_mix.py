"""Is a text English, half English, or another language? Judged word by word, from the others.

A checker for English must not flag Indonesian word by word, so a text whose words mostly no
English dictionary lists is treated as another language. Two things made English tweets look
foreign: the very word being judged (a misspelling is, by definition, in no dictionary: *weth*
counted against its own tweet), and names, which belong to no language (*Miley*). So each word
is judged on the other words of its text, and words capitalised mid-sentence are left out of the
count altogether.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from advocacy.spelling.lexicon import Lexicon
from advocacy.spelling.tokens import Word

# Above this share of words no dictionary lists (in a text of a few words), it is another language.
_FOREIGN_SHARE = 0.6
_FOREIGN_MIN_WORDS = 5  # a short text has too few words to tell its language
_MIXED_SHARE = 0.5
_MIXED_MIN_WORDS = 4
_ANCHOR_ZIPF = 5.0  # the few hundred commonest English words (the, to, you, is, at)
_ANCHOR_SHARE = 0.15  # fewer than this share of them: at least half another language
# Words written with letters English never uses (ư, ắ, ł): this many, and this share of all words,
# and the text is in that other language, whatever its shorter words look like (sinh, vui, bat).
_OTHER_LETTER_WORDS = 2
_OTHER_LETTER_SHARE = 0.2


def _marks(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The small words other languages build every sentence from, none of them an English word: three
# of one language in a sentence, outnumbering English's own (the, to, is), and the sentence is in
# that language (a quotation in French, a reply in Spanish), however many of its longer words
# English dictionaries share (futile, conclusion, contenders).
_FUNCTION_WORDS = {
    "fr": _marks(
        "les des est une que qui dans avec sur cette sont vous mais très ce il elle je tu du au aux et le la "
        "un de ne ou ses leur mon ces été être avoir fait tous comme bien aussi donc alors où quand nous"
    ),
    "es": _marks(
        "el los las del que por para una es pero como muy esta este está y en se su sus más hay ya tiene "
        "porque cuando donde qué también sobre hasta desde nos al otro otra eso esto ese esa la de un"
    ),
    "de": _marks(
        "der das und ist nicht ein eine mit auf für von zu dem sich auch ich du wir sie aber oder wie noch "
        "nur bei aus nach schon wenn dass wird sind haben kein mehr"
    ),
    "pt": _marks("os uma é não com para por que da das na em mais muito como se eu você isso está são também"),
    "it": _marks("il gli una è che di da per con del della dei sono più anche come questo questa molto"),
    "nl": _marks("het een en van niet dat op te voor zijn maar ook als bij naar wel ik je dit"),
}
_FUNCTION_WORDS_NEEDED = 3


class Mix(Enum):
    """How much of a text is English, judged by the share of its words no dictionary lists."""

    ENGLISH = "english"
    MIXED = "mixed"  # half another language (code-switching: "Manis banget, I like it")
    FOREIGN = "foreign"
    SENTENCE = "sentence"  # a sentence in another language, told by its function words


class LanguageMix:
    """The counts of one text, to judge each of its words against the rest."""

    def __init__(self, lexicon: Lexicon, words: Sequence[Word]) -> None:
        self._outside: set[Word] = set()
        self._counted: set[Word] = set()
        self._unheard: set[Word] = set()  # counted, outside, and in no corpus either
        self._anchors = 0  # the words every English sentence is built from: the, to, you, is
        other = sum(1 for word in words if word.other_letters)
        self._other_language = other >= _OTHER_LETTER_WORDS and other >= len(words) * _OTHER_LETTER_SHARE
        self._foreign_sentences = _foreign_sentences(lexicon, words)
        for word in words:
            if word.is_capitalized and not word.sentence_start:
                continue  # a name, in any language
            self._counted.add(word)
            # Corpus-only tokens count as foreign: other languages' words fill English corpora too.
            key = word.text.replace("’", "'")
            if lexicon.frequency(key) >= _ANCHOR_ZIPF and lexicon.in_dictionary(key):
                self._anchors += 1
            if not lexicon.in_dictionary(key):
                self._outside.add(word)
                if not lexicon.tags.get(key.lower()):
                    self._unheard.add(word)

    def of_text(self) -> Mix:
        """The text as a whole (every counted word)."""
        if self._other_language:
            return Mix.FOREIGN
        return self._at_least_mixed(_judge(len(self._counted), len(self._outside)))

    def _at_least_mixed(self, mix: Mix) -> Mix:
        # Dictionary words alone can mislead (other languages borrow English words and share
        # short ones); English sentences without its commonest words are rare.
        total = len(self._counted)
        if mix is Mix.ENGLISH and total >= _FOREIGN_MIN_WORDS and self._anchors < total * _ANCHOR_SHARE:
            return Mix.MIXED
        return mix

    def around(self, word: Word) -> Mix:
        """The language of the text the word sits in. A word no corpus of any language has ever
        seen (*weth*) is no evidence of another language, so it is left out of its own count; a
        word other languages use (*bikin*, *sama*) is evidence, and stays in."""
        if word in self._foreign_sentences:
            return Mix.SENTENCE
        if word not in self._unheard or self._other_language:
            return self.of_text()
        return self._at_least_mixed(_judge(len(self._counted) - 1, len(self._outside) - 1))


def _foreign_sentences(lexicon: Lexicon, words: Sequence[Word]) -> set[Word]:
    """The words of sentences written in another language, told by its function words."""
    sentences: list[list[Word]] = []
    for word in words:
        if word.sentence_start or not sentences:
            sentences.append([])
        sentences[-1].append(word)
    found: set[Word] = set()
    for sentence in sentences:
        keys = [word.text.lower() for word in sentence]
        marks = max(_FUNCTION_WORDS.values(), key=lambda marks: sum(1 for key in keys if key in marks))
        foreign = sum(1 for key in keys if key in marks)
        if foreign < _FUNCTION_WORDS_NEEDED:
            continue
        english = sum(
            1
            for key in keys
            if key not in marks and lexicon.frequency(key) >= _ANCHOR_ZIPF and lexicon.in_dictionary(key)
        )
        if foreign > english:
            found.update(sentence)
    return found


def _judge(total: int, outside: int) -> Mix:
    if total >= _FOREIGN_MIN_WORDS and outside > total * _FOREIGN_SHARE:
        return Mix.FOREIGN
    if total >= _MIXED_MIN_WORDS and outside > total * _MIXED_SHARE:
        return Mix.MIXED
    return Mix.ENGLISH
