"""De spiegel's wording of checklist items: what the editors wrote for it, and the items that
read badly on its scale.

Participants answer "Hoe vaak zie je je leider dit doen?" for every checklist item. Most
items, advice to the leader, read well there ("Geef feedback binnen een dag."); some do not:
"Jij moet de drempel verlagen." (a participant reads "jij" as themselves), "Signalen
opvangen." (nobody does it), "Vraag je af wat je team nodig heeft." (nobody can see it).
The editors word such an item for the spiegel with a marker on its own line after the
paragraph (or list) the item comes from, the item's own text named when that passage gives
more than one:

    <!-- spiegel: Verlaagt zelf de drempel. -->
    <!-- spiegel: Signalen opvangen. => Vangt signalen op. -->

``apply`` carries each wording into the principle file as the item's ``spiegel`` (only when
given, so a file without markers stays byte for byte as it was); the spiegel pages show it
instead of the item's text. ``kompas review`` flags the items that read badly on the scale
(``SCALE_CHECKS``, each with examples a test runs) and shows every wording. A marker with no
item to word is an error that names its line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from kompas.articles import nlp
from kompas.articles.source import Block, Outline, Section
from kompas.errors import ContentError
from kompas.principles.model import Document, Item, Principle

MARKER = "spiegel:"
NAMED = "=>"


@dataclass(frozen=True)
class ScaleCheck:
    """A way an item reads badly on the spiegel's scale: its id, the editors' explanation,
    the test, and examples it must flag and must pass."""

    id: str
    explanation: str
    test: Callable[[str], bool]
    flags: tuple[str, ...]
    passes: tuple[str, ...]


def apply(outline: Outline, doc: Document) -> Document:
    """``doc`` with the editors' spiegel wordings of ``outline`` on its checklist items."""
    sections = {s.line: s for s in outline.sections}
    principles = tuple(_worded(outline, sections[p.line], p) for p in doc.principles)
    return replace(doc, principles=principles) if principles != doc.principles else doc


def flags(text: str) -> list[ScaleCheck]:
    """The checks an item's text fails on the spiegel's scale."""
    return [check for check in SCALE_CHECKS if check.test(text)]


def _worded(outline: Outline, s: Section, p: Principle) -> Principle:
    # A principle with the wordings of the markers in its section on its items.
    wording: dict[str, str] = {}
    passage: Block | None = None
    for block in s.blocks:
        if block.kind in ("paragraph", "list"):
            passage = block
        elif block.kind == "marker" and block.text.startswith(MARKER):
            item = _item(outline, block, passage, p.checklist)
            wording[item.id] = " ".join(block.text[len(MARKER) :].split(NAMED)[-1].split())
    if not wording:
        return p
    checklist = tuple(replace(i, spiegel=wording.get(i.id, i.spiegel)) for i in p.checklist)
    return replace(p, checklist=checklist)


def _item(outline: Outline, marker: Block, passage: Block | None, items: Sequence[Item]) -> Item:
    # The item a marker words: the one from the passage before it, or the one it names.
    body = marker.text[len(MARKER) :]
    last = (passage.end or passage.line) if passage else 0
    near = [i for i in items if passage and passage.line <= i.source.line <= last]
    named = _plain(body.split(NAMED)[0]) if NAMED in body else None
    found = [i for i in near if named is None or _plain(i.text) == named]
    if len(found) == 1 and body.split(NAMED)[-1].strip():
        return found[0]
    texts = "; ".join(f"'{i.text}'" for i in near) or "none"
    raise ContentError(
        outline.path,
        marker.line,
        f"the spiegel marker words no single checklist item of the passage before it "
        f"(its items: {texts})",
        "put <!-- spiegel: wording --> right after the paragraph or list the item comes from; "
        "when it gives more items, name the one: <!-- spiegel: item text => wording -->",
    )


def _plain(text: str) -> str:
    # Text compared without case, spacing or the closing stop.
    return " ".join(text.split()).rstrip(".!").casefold()


def _inner(text: str) -> bool:
    # Something the leader does inside: "Vraag je af …", "Stel jezelf de vraag …".
    return " ".join(nlp.tokenise(text).words_lower).startswith(INNER_PHRASES)


def _no_doer(text: str) -> bool:
    # An infinitive phrase, no imperative: "Signalen opvangen."; an infinitive after "te"
    # hangs on a verb that has a doer ("Durf je patronen te doorbreken.").
    sentence = nlp.tokenise(text)
    return (
        not nlp.is_imperative(sentence)
        and nlp.infinitive_phrase(sentence)
        and "te" not in sentence.words_lower
    )


# Beginnings of advice about what the reader thinks or decides inside (Dutch reflexive and
# mental verbs in the imperative); a participant cannot see the leader do it.
INNER_PHRASES = (
    "vraag je af",
    "vraag jezelf",
    "stel jezelf",
    "bedenk",
    "besef",
    "realiseer je",
    "neem je voor",
    "herinner jezelf",
    "wees je bewust",
)

SCALE_CHECKS = (
    ScaleCheck(
        "scale-reader",
        "speaks to whoever reads it ('Jij moet …'): a participant may take it as being "
        "about themselves",
        lambda text: nlp.reader_must(nlp.tokenise(text)),
        ("Jij moet de drempel verlagen.", "Bij iedere vraag dien je door te vragen."),
        ("Verlaag de drempel.", "Laat je team ontdekken."),
    ),
    ScaleCheck(
        "scale-no-doer",
        "an infinitive phrase ('Signalen opvangen.'): it says nobody who does it",
        _no_doer,
        ("Signalen opvangen.", "Sfeer aanvoelen."),
        ("Vang signalen op.", "Durf je eigen patronen te doorbreken."),
    ),
    ScaleCheck(
        "scale-inner",
        "something done inside ('Vraag je af …'): nobody else can see it",
        _inner,
        ("Vraag je af wat je team nodig heeft.", "Stel jezelf de vraag of je durft."),
        ("Vraag je team wat het nodig heeft.", "Stel een open vraag."),
    ),
)
