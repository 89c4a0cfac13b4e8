"""Dutch sentence analysis: sentences (pysbd), imperatives and questions (simplemma lemmas).

A sentence is advice when its main clause starts with a verb in the imperative, which in
Dutch is the bare stem of the verb ("Zeg", "Laat", "Geef", "Creëer"). We find it by
lemmatising the first word and checking that the word is a stem of that infinitive.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import pysbd

_LANG = "nl"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Words that may open an imperative sentence without changing it: "En luister.", "Dus zeg ...".
_LEADING = frozenset({"en", "dus", "maar"})
# A verb-first clause followed by one of these is a question or an inversion, not advice.
_SUBJECTS = frozenset({"jij", "u", "we", "wij", "zij", "hij", "ik", "men", "iemand"})
# Imperatives that no spelling rule derives from the infinitive.
_IRREGULAR = {"wees": "zijn"}
# Closed-class words (prepositions, adverbs, pronouns, modals) that the lemmatiser may map
# onto a rare verb ("in" -> "innen", "wel" -> "wellen"): never an imperative.
_FUNCTION_WORDS = frozenset(
    {
        "aan",
        "achter",
        "al",
        "alle",
        "als",
        "alleen",
        "altijd",
        "ben",
        "bij",
        "dan",
        "dat",
        "de",
        "deze",
        "die",
        "dit",
        "door",
        "een",
        "eens",
        "en",
        "er",
        "geen",
        "het",
        "hier",
        "hoe",
        "ik",
        "in",
        "is",
        "jij",
        "je",
        "jouw",
        "kan",
        "maar",
        "met",
        "mag",
        "meer",
        "mijn",
        "moet",
        "na",
        "naar",
        "niet",
        "niets",
        "nog",
        "nooit",
        "nu",
        "of",
        "om",
        "onder",
        "ook",
        "op",
        "over",
        "te",
        "tegen",
        "toch",
        "tot",
        "uit",
        "van",
        "veel",
        "voor",
        "waar",
        "wanneer",
        "want",
        "wat",
        "wel",
        "welke",
        "wie",
        "wij",
        "wil",
        "zal",
        "ze",
        "zij",
        "zijn",
        "zo",
        "zonder",
        "zou",
    }
)
_VOWELS = "aeiouë"
# Words that follow a verb but never a noun subject: "Plan er tijd voor in", "Vraag je team".
_OBJECT_CUES = frozenset(
    {
        "er",
        "je",
        "ze",
        "het",
        "een",
        "dat",
        "dit",
        "dus",
        "dan",
        "eens",
        "jezelf",
        "hem",
        "haar",
        "ons",
        "hun",
        "mij",
        "me",
    }
)
_MIN_QUESTION_WORDS = 3


@cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language=_LANG, clean=False)


def sentences(text: str) -> list[str]:
    """Split a paragraph of Dutch text into sentences, whitespace-trimmed."""
    return list(_sentences(text))


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    # pysbd takes about a millisecond a sentence; a paragraph is asked for several times
    # (summary, checklist, reflection), so the last few thousand answers are kept.
    return tuple(s.strip() for s in _segmenter().segment(text) if s.strip())


def warm_up() -> None:
    """Load the sentence splitter and the Dutch lemma dictionary (about half a second)."""
    sentences("Laat ruimte. Echt.")
    is_imperative("Laat ruimte.")


def words(text: str) -> list[str]:
    """The words of ``text``, punctuation dropped."""
    return _WORD.findall(text)


def strip_leading(text: str) -> str:
    """Drop one leading "En"/"Dus"/"Maar" and capitalise what remains."""
    head, _, rest = text.partition(" ")
    if head.lower() in _LEADING and rest:
        text = rest
    return text[:1].upper() + text[1:]


def is_question(sentence: str) -> bool:
    """A real question of the author: ends in "?" outside quotes, three words or more."""
    if not sentence.rstrip().endswith("?"):
        return False
    body = words(sentence)
    if body and body[0].lower() in _LEADING:
        body = body[1:]
    return len(body) >= _MIN_QUESTION_WORDS


def is_imperative(clause: str) -> bool:
    """Whether ``clause`` starts (after an optional "En"/"Dus"/"Maar") with an imperative."""
    ws = [w.lower() for w in words(clause)]
    if ws and ws[0] in _LEADING:
        ws = ws[1:]
    if not ws or clause.rstrip().endswith("?"):
        return False
    nxt = ws[1] if len(ws) > 1 else ""
    if nxt in _SUBJECTS or ws[0] in _FUNCTION_WORDS or _is_finite(nxt):
        return False
    if nxt == "je" and len(ws) > 2 and _is_verb_form(ws[2]):
        return False  # "Blijf je bouwen": verb, subject, verb is an inversion
    return _is_imperative_verb(ws[0], nxt)


def split_imperatives(sentence: str) -> list[str]:
    """The separate actions in an imperative sentence, or ``[]`` when it is no advice.

    Clauses joined by commas become separate items when each starts with its own
    imperative ("Betrek ze ..., leg uit ..., en geef ..."); any other clause stays
    with the one before it.
    """
    if not is_imperative(sentence):
        return []
    parts: list[str] = []
    for clause in re.split(r",\s+", sentence.strip()):
        if parts and is_imperative(clause):
            parts.append(clause)
        elif parts:
            parts[-1] = f"{parts[-1]}, {clause}"
        else:
            parts.append(clause)
    return [_finish(strip_leading(p)) for p in parts]


def _finish(text: str) -> str:
    # An item is a sentence of its own: it ends in punctuation.
    text = text.rstrip(" ,;")
    return text if text[-1:] in ".!?:…" else f"{text}."


@cache
def _lemma(word: str) -> str:
    # Lemma of a lower-case Dutch word.
    import simplemma  # its import takes 50 ms; a build without changed articles needs none

    return str(simplemma.lemmatize(word, lang=_LANG))


def _is_imperative_verb(word: str, nxt: str) -> bool:
    # Whether ``word`` can be an imperative (a verb stem), given the word after it.
    if word in _IRREGULAR:
        return True
    lemma = _lemma(word)
    if lemma != word:
        return _is_infinitive(lemma) and word in _stems(lemma)
    # Nouns that are also verb stems ("vraag", "plan"): a verb when a conjugated form
    # ("vraagt", "plande") lemmatises to an infinitive with this stem.
    forms = (word + "t", word + "de", word + "te") if nxt in _OBJECT_CUES else (word + "t",)
    for form in forms:
        inf = _lemma(form)
        if inf != form and _is_infinitive(inf) and word in _stems(inf):
            return True
    return False


def _is_finite(word: str) -> bool:
    # A conjugated verb form: its lemma is a different infinitive.
    if not word:
        return False
    lemma = _lemma(word)
    return lemma != word and _is_infinitive(lemma)


def _is_verb_form(word: str) -> bool:
    # An infinitive or a conjugated verb.
    return _is_finite(word) or (
        _lemma(word) == word and _is_infinitive(word) and word.endswith("en")
    )


def _is_infinitive(lemma: str) -> bool:
    # Dutch infinitives end in -en or -n (gaan, doen, zien).
    return lemma.endswith("n") and len(lemma) > 2


@cache
def _stems(infinitive: str) -> frozenset[str]:
    # Spellings the stem of a Dutch infinitive can have; the imperative is the stem.
    if infinitive.endswith(("aan", "oen", "ien")):
        short = infinitive[:-1] if infinitive.endswith(("oen", "ien")) else infinitive[:-2]
        return frozenset({short})
    base = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    if len(base) < 2:
        return frozenset({base})
    found = {base}
    if base[-1] == base[-2] and base[-1] not in _VOWELS:  # zegg -> zeg
        found.add(base[:-1])
    vowel, last = base[-2], base[-1]
    digraph = len(base) > 2 and base[-3] in _VOWELS and vowel != "ë"
    if vowel in _VOWELS and last not in _VOWELS and not digraph:  # lat -> laat, creër -> creëer
        found.add(base[:-1] + ("e" if vowel == "ë" else vowel) + last)
    for stem in list(found):  # geev -> geef, lez -> les
        if stem.endswith("v"):
            found.add(stem[:-1] + "f")
        elif stem.endswith("z"):
            found.add(stem[:-1] + "s")
    return frozenset(found)
