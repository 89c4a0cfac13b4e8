"""Items that say the same: found twice in a principle, or said again by its explicit list."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kompas.articles import lexicon as nl
from kompas.articles import nlp
from kompas.articles.rules import Candidate, Found
from kompas.principles import ids

# Two extracted items this similar say the same thing; the longer one stays.
_SAME_ADVICE = 0.75
# Two words this similar are one word spelt twice ("feedbak", "feedback").
_SAME_WORD = 0.8
# Items found by extraction; an editor's own wording is never replaced by them.
_EXTRACTED = frozenset({"heading", "sentence"})


def dedupe(found: list[Found]) -> list[Found]:
    """Merge items that say the same: the longer wording stays, in the first one's place."""
    kept: list[Found] = []
    for f in found:
        same = next((n for n, k in enumerate(kept) if same_advice(f.text, k.text)), None)
        if same is None:
            kept.append(f)
        elif kept[same].origin in _EXTRACTED and (
            f.origin == "added" or len(f.text) > len(kept[same].text)
        ):
            kept[same] = f
    return kept


def with_explicit(found: list[Found], explicit: list[Found] | None) -> list[Found]:
    """An explicit '### Checklist' / '### Reflectie' list adds to what the text gives: its
    entries come after the extracted ones, and an extracted entry that says the same as one
    of them is left out (the list's wording is the author's or the editors' choice)."""
    if not explicit:
        return found
    kept = [f for f in found if all(not same_advice(f.text, e.text) for e in explicit)]
    return kept + explicit


def mark_explicit(seen: Sequence[Candidate], explicit: list[Found]) -> list[Candidate]:
    """Candidates that gave way to an entry of an explicit list, marked so in the report."""
    texts = {e.text for e in explicit}
    return [
        replace(c, taken=False, rule="said-by-explicit-list")
        if c.taken
        and c.item
        and any(same_advice(c.item, e.text) for e in explicit)
        and c.item not in texts
        else c
        for c in seen
    ]


def same_advice(a: str, b: str) -> bool:
    """Whether two items say the same: their texts are alike and every word of the shorter
    one is (up to a typo) in the longer: "Wees open." / "Wees open, ook als het schuurt.".
    "Controleer of er een roadmap is." and "… een gedragscode is." are alike as text but
    are two pieces of advice, and so are "… proef 1?" and "… proef 2 (…3, enz.)?", and
    "Wat hebben anderen al gedaan?" and "Wat hebben anderen nog niet gedaan?"."""
    if not ids.alike(a, b, _SAME_ADVICE) or _negated(a) != _negated(b):
        return False
    short, long = sorted((a, b), key=len)
    numbers = set(_NUMBER.findall(short)) <= set(_NUMBER.findall(long))
    return numbers and _contains(short, long)


def _negated(text: str) -> bool:
    # Whether ``text`` says "niet", "geen" or "nooit".
    return any(w.lower() in nl.NEGATIONS for w in nlp.words(text))


_NUMBER = re.compile(r"\d+")


def _contains(short: str, long: str) -> bool:
    # Every content word of ``short`` is in ``long``: the same word, another form of it
    # ("neem", "nemen") or a spelling of it; "je"/"een" and other function words aside.
    words = {w.lower() for w in nlp.words(long)}
    lemmas = {nlp.lemma(w) for w in words}
    return all(
        w.lower() in words
        or nlp.lemma(w.lower()) in lemmas
        or any(ids.alike(w, x, _SAME_WORD) for x in words)
        for w in nlp.words(short)
        if not nlp.is_function_word(w)
    )
