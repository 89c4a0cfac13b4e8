"""The bold lead under a principle's title: the sentence that states the principle.

The editors choose it with ``<!-- kern: … -->`` (the sentence, as the article writes it,
anywhere in the principle). Without a choice it is the principle's statement: of its
paragraphs' sentences, the one that shares most words with the principle's title and the
article's title (counted twice: an article's principles say what they do for its subject)
and reads on its own (a statement with a conjugated verb ending in a full stop, 5 to 25
words, no advice, no quotation, not leaning on the sentence before through "Maar …",
"Het …" or "Hiermee …"); the first of equals; the first sentence when none shares a word.
The explanation then does not repeat it as its first line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from pathlib import Path

from kompas.articles import lexicon as nl
from kompas.articles import nlp
from kompas.articles.source import Block, Outline, Section
from kompas.errors import ContentError
from kompas.markup import fence_box

# The marker with which the editors choose the lead: <!-- kern: De zin zelf. -->
KERN = re.compile(r"^kern\s*:\s*(\S.*)$", re.DOTALL)
# The marker of a bulleted list entry, and a line's end after the lead ("  ", "\\", "<br>").
_BULLET = re.compile(r"^[-*+][ \t]+")
_MARKER = re.compile(r"^(?:[-*+]|\d+[.)])[ \t]")
_LINE_END = r"(?:[ \t]*\\|[ \t]*<br\s*/?>)?[ \t]*"
# A statement this long says one thing: longer sentences are lists or arguments.
_WORDS = range(5, 26)


def statement(outline: Outline, s: Section, blocks: list[Block]) -> str:
    """The lead of principle ``s`` (``blocks``: its prose): the editors' choice or its
    statement; "" when it has no paragraph."""
    sentences = [t for b in blocks if b.kind == "paragraph" for t in nlp.sentences(_prose(b))]
    chosen = _chosen(outline.path, blocks, sentences)
    if chosen or not sentences:
        return chosen
    title = _content(s.title)
    article = _content(str(outline.meta.get("title", "")))
    scored = [
        (len(words & title) + 2 * len(words & article), -n, t)
        for n, t in enumerate(sentences)
        if _reads_alone(t) and (words := _content(t))
    ]
    best = max(scored, default=None)
    return best[2] if best and best[0] > 0 else sentences[0]


def without_lead(blocks: list[Block], lead: str) -> list[Block]:
    """``blocks`` without the lead when it is the first thing they say (a paragraph that
    opens with it loses the sentence, one that is only the sentence goes)."""
    first = next((n for n, b in enumerate(blocks) if b.kind != "marker"), None)
    if first is None or not lead or blocks[first].kind not in ("paragraph", "list"):
        return blocks
    block = blocks[first]
    if block.kind == "list":
        rest = [*blocks[:first], *_list_without_lead(block, lead), *blocks[first + 1 :]]
    elif " ".join(block.text.split()) == " ".join(lead.split()):
        rest = blocks[:first] + blocks[first + 1 :]
    elif block.markdown.startswith(lead) and block.text.startswith(lead):
        markdown, text = block.markdown[len(lead) :].lstrip(), block.text[len(lead) :].lstrip()
        rest = [*blocks[:first], replace(block, markdown=markdown, text=text), *blocks[first + 1 :]]
    else:
        return blocks
    return rest if any(b.kind != "marker" for b in rest) else blocks


def _list_without_lead(block: Block, lead: str) -> list[Block]:
    # A bulleted list whose first entry opens with the lead on a line of its own ("- **Neem
    # kennis van de vorige vergadering**" and its text below it, as a principle with no
    # paragraph has its lead from there): the entry without that line, or without the
    # entry when that line was all of it. A numbered list keeps its numbers, and the lead.
    lines = block.markdown.split("\n")
    bullet = _BULLET.match(lines[0])
    words = lead.rstrip(".").split()
    pattern = r"(?:\*\*|__)?" + r"\s+".join(map(re.escape, words)) + r"\.?(?:\*\*|__)?\.?"
    if not bullet or not words or not re.fullmatch(pattern + _LINE_END, lines[0][bullet.end() :]):
        return [block]
    more = list(takewhile(lambda line: line[:1].isspace() and line.strip(), lines[1:]))
    if more and _MARKER.match(more[0].lstrip()):
        return [block]  # a list inside the entry: it cannot take the entry's place
    if more:
        lines[1] = bullet.group(0) + lines[1].lstrip()
    rest = lines[1:]
    return [replace(block, markdown="\n".join(rest))] if rest else []


def _chosen(path: Path, blocks: list[Block], sentences: list[str]) -> str:
    # The sentence a <!-- kern: … --> marker names, or "" without one.
    for b in blocks:
        match = KERN.match(b.text) if b.kind == "marker" else None
        if match is None:
            continue
        wanted = " ".join(match.group(1).split())
        found = next((t for t in sentences if " ".join(t.split()) == wanted), None)
        if found is None:
            raise ContentError(
                path,
                b.line,
                f"the kern marker names a sentence that is not in this principle: {wanted}",
                "copy one sentence of the principle's paragraphs into <!-- kern: … -->, "
                "as the article writes it",
            )
        return found
    return ""


def _prose(block: Block) -> str:
    # A paragraph's text; of one that opens a fenced box (":::{tip} …"), without the box's
    # title, its first line (a title states nothing).
    if not fence_box(block.markdown.split("\n", 1)[0]):
        return block.text
    return block.text.split("\n", 1)[1] if "\n" in block.text else ""


def _reads_alone(sentence: str) -> bool:
    # A full statement of its own: not a question, an imperative, a quotation or a sentence
    # that opens with a pronoun pointing back; 5 to 25 words.
    s = nlp.tokenise(sentence)
    return (
        len(s.words) in _WORDS
        and sentence.rstrip()[-1:] == "."
        and not any(q in sentence for q in nl.QUOTES)
        and s.particle is None
        and not _points_back(s.lower)
        and nlp.has_finite_verb(s)
        and not _advice(s)
    )


def _advice(s: nlp.Sentence) -> bool:
    # Advice is the checklist's: an imperative, a condition with advice, a modal for the reader.
    conditional = s.words_lower[:1] and nlp.is_condition(s.words_lower[0])
    return (
        nlp.is_imperative(s)
        or nlp.reader_must(s)
        or bool(conditional and nlp.split_condition(s) is not None)
    )


def _points_back(words: tuple[str, ...]) -> bool:
    # "Het …", "Dat …", "Hiermee …", "Op die manier …": the sentence leans on the one before.
    first, second = (*words[:2], "", "")[:2]
    return (
        first in nl.REFERRING
        or first.startswith(nl.POINTING_PREFIXES)
        or (first in nl.PREPOSITIONS and second in nl.DEMONSTRATIVES)
    )


def _content(text: str) -> set[str]:
    # The lemmas of the content words of ``text``.
    return {
        nlp.lemma(w.lower())
        for w in nlp.words(text)
        if w.lower() not in nl.FUNCTION_WORDS | nl.STOP_WORDS
    }
