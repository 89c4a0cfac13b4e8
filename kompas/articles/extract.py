"""From a parsed article outline to the YAML document of its principles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kompas.articles import nlp
from kompas.articles.source import (
    CHECKLIST_TITLES,
    COMMENT,
    FAQ_TITLE,
    REFLECTION_TITLES,
    Block,
    Outline,
    Section,
)
from kompas.errors import ContentError
from kompas.principles import ids

FORMAT = 1
# Marker after a block: its questions are the article's general reflection questions.
GENERAL_QUESTIONS = "algemene-vragen"
# Markers after a paragraph that add an item worded from that passage.
ADDED = re.compile(r"^(checklist|reflectie)\s*:\s*(\S.*)$", re.DOTALL)
# Two extracted items this similar say the same thing; the longer one stays.
_SAME_ADVICE = 0.75
_MIN_ITEM_WORDS = 2
# Items found by extraction; an editor's own wording is never replaced by them.
_EXTRACTED = frozenset({"heading", "sentence"})


@dataclass(frozen=True)
class Found:
    """An item found in the article, before it gets its id."""

    text: str
    line: int
    quote: str
    origin: str  # "heading" | "sentence" | "list" | "added"


def build_document(
    outline: Outline, article_id: str, source: str, digest: str, previous: dict[str, Any] | None
) -> dict[str, Any]:
    """The YAML document for one article, reusing ids from ``previous`` where texts match."""
    path = outline.path
    principles = [s for s in outline.sections if s.number is not None]
    if not principles:
        raise ContentError(
            path,
            outline.intro.line,
            "the article has no numbered principle",
            "write each principle as a heading '## 1. Title', '## 2. Title', …",
        )
    first, last = outline.sections.index(principles[0]), outline.sections.index(principles[-1])
    prev = previous or {}
    prev_article = prev.get("article", {})
    faq_sections = [s for s in outline.sections if s.title.lower() == FAQ_TITLE]
    article = {
        "id": article_id,
        "title": outline.meta["title"].strip(),
        "author": outline.meta["author"].strip(),
        "organisation": str(outline.meta.get("organisation", "")).strip(),
        "summary": _lead(outline.intro.blocks) or outline.meta["title"].strip(),
        "intro": _markdown(outline.intro.blocks),
        "sections": [
            {
                "title": s.title,
                "place": "before" if n < first else "after",
                "editorial": "redactie" in s.flags,
                "line": s.line,
                "markdown": _markdown(s.blocks),
            }
            for n, s in enumerate(outline.sections)
            if s.number is None
            and "oproep" not in s.flags
            and s not in faq_sections
            and not first <= n <= last
        ],
        "questions": _with_ids(_general_questions(outline), prev_article.get("questions", [])),
        "faq": _faq(faq_sections, prev_article.get("faq", [])),
    }
    return {
        "format": FORMAT,
        "source": source,
        "source_sha256": digest,
        "article": article,
        "principles": _principles(path, principles, prev.get("principles", [])),
    }


def _principles(path: Any, sections: list[Section], previous: list[dict[str, Any]]) -> list[Any]:
    # One entry per numbered section, in order, with stable ids.
    seen: dict[str, int] = {}
    for s in sections:
        if not any(b.kind == "paragraph" for b in s.blocks):
            raise ContentError(
                path,
                s.line,
                f"principle {s.number} '{s.title}' has no text",
                "write at least one paragraph under the heading, or remove the heading",
            )
    wanted = [ids.Wanted(s.title, s.number) for s in sections]
    known = [
        ids.Known(p["id"], p["title"], tuple(p.get("aliases", ())), p["number"]) for p in previous
    ]
    by_id = {p["id"]: p for p in previous}
    out = []
    for s, got in zip(sections, ids.assign(wanted, known, max_words=8), strict=True):
        slug = ids.slugify(s.title, 8)
        if slug in seen:
            raise ContentError(
                path,
                s.line,
                f"principle '{s.title}' has the id '{slug}', "
                f"like the principle on line {seen[slug]}",
                "give one of the two principles a different title",
            )
        seen[slug] = s.line
        old = by_id.get(got.id) or next((p for p in previous if got.id in p.get("aliases", ())), {})
        paragraphs = [b for b in s.blocks if b.kind == "paragraph"]
        out.append(
            {
                "id": got.id,
                "aliases": got.aliases,
                "number": s.number,
                "title": s.title,
                "editorial": "redactie" in s.flags,
                "line": s.line,
                "summary": _lead(paragraphs),
                "explanation": _markdown(s.blocks),
                "checklist": _with_ids(_checklist(s), old.get("checklist", [])),
                "reflection": _with_ids(_reflection(s), old.get("reflection", [])),
            }
        )
    return out


def _checklist(s: Section) -> list[Found]:
    # An explicit '### Checklist' wins; else the heading and the imperative sentences.
    explicit = _explicit(s, CHECKLIST_TITLES)
    if explicit is not None:
        return explicit
    found: list[Found] = []
    if "redactie" not in s.flags and nlp.is_imperative(s.title):
        found.append(Found(nlp.strip_leading(s.title), s.line, s.title, "heading"))
    for block, sentence in _sentences(s.blocks):
        for item in nlp.split_imperatives(sentence):
            if len(nlp.words(item)) >= _MIN_ITEM_WORDS:
                found.append(Found(item, _line_of(block, sentence), sentence, "sentence"))
    found += _added(s.blocks, "checklist")
    return _dedupe(found)


def _reflection(s: Section) -> list[Found]:
    # An explicit '### Reflectie' wins; else the principle's own questions.
    explicit = _explicit(s, REFLECTION_TITLES)
    if explicit is not None:
        return explicit
    found = [
        Found(nlp.strip_leading(sentence), _line_of(block, sentence), sentence, "sentence")
        for block, sentence in _sentences(s.blocks)
        if nlp.is_question(sentence)
    ]
    return _dedupe(found + _added(s.blocks, "reflectie"))


def _explicit(s: Section, titles: frozenset[str]) -> list[Found] | None:
    # Items of a '### Checklist' / '### Reflectie' list under the principle, verbatim.
    for sub in s.subsections:
        if sub.title.lower() in titles:
            return [
                Found(text, line, text, "list")
                for block in sub.blocks
                if block.kind == "list"
                for text, line in block.items
            ]
    return None


def _added(blocks: list[Block], kind: str) -> list[Found]:
    # Items written by the editors in a marker right after the passage they come from.
    found: list[Found] = []
    passage: Block | None = None
    for block in blocks:
        if block.kind == "marker" and (match := ADDED.match(block.text)) and passage:
            if match.group(1) == kind:
                text = " ".join(match.group(2).split())
                found.append(Found(text, passage.line, passage.text, "added"))
        elif block.kind == "paragraph":
            passage = block
    return found


def _general_questions(outline: Outline) -> list[Found]:
    # Questions in the block before each '<!-- algemene-vragen -->' marker.
    found: list[Found] = []
    for section in [outline.intro, *outline.sections]:
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            if block.kind != "marker" or block.text != GENERAL_QUESTIONS:
                continue
            if before.kind == "list":
                found += [Found(t, n, t, "list") for t, n in before.items if t.endswith("?")]
            else:
                found += [
                    Found(nlp.strip_leading(q), before.line, q, "sentence")
                    for q in nlp.sentences(before.text)
                    if q.endswith("?")
                ]
    return found


def _faq(sections: list[Section], previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Question/answer pairs from the '###' headings under '## Veelgestelde vragen'.
    pairs = [sub for s in sections for sub in s.subsections]
    wanted = [ids.Wanted(sub.title, sub.line) for sub in pairs]
    known = [
        ids.Known(q["id"], q["question"], tuple(q.get("aliases", ())), q["line"]) for q in previous
    ]
    return [
        {
            "id": got.id,
            "aliases": got.aliases,
            "question": sub.title,
            "editorial": "redactie" in sub.flags,
            "line": sub.line,
            "answer": _markdown(sub.blocks),
        }
        for sub, got in zip(pairs, ids.assign(wanted, known), strict=True)
    ]


def _with_ids(found: Sequence[Found], previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Items as YAML entries, ids kept from the previous YAML where the text matches.
    known = [
        ids.Known(p["id"], p["text"], tuple(p.get("aliases", ())), p["source"]["line"])
        for p in previous
    ]
    wanted = [ids.Wanted(f.text, f.line) for f in found]
    return [
        {
            "id": got.id,
            "aliases": got.aliases,
            "text": f.text,
            "origin": f.origin,
            "source": {"line": f.line, "quote": f.quote},
        }
        for f, got in zip(found, ids.assign(wanted, known), strict=True)
    ]


def _sentences(blocks: list[Block]) -> list[tuple[Block, str]]:
    # Every sentence of the paragraphs, with its block.
    return [(b, s) for b in blocks if b.kind == "paragraph" for s in nlp.sentences(b.text)]


def _line_of(block: Block, sentence: str) -> int:
    # The file line on which ``sentence`` starts inside a (possibly wrapped) paragraph.
    head = sentence[:24]
    for n, line in enumerate(block.markdown.splitlines()):
        if head in " ".join(line.split()):
            return block.line + n
    return block.line


def _dedupe(found: list[Found]) -> list[Found]:
    # Merge items that say the same: the longer wording stays, in the first one's place.
    kept: list[Found] = []
    for f in found:
        same = next(
            (n for n, k in enumerate(kept) if ids.similarity(f.text, k.text) >= _SAME_ADVICE), None
        )
        if same is None:
            kept.append(f)
        elif len(f.text) > len(kept[same].text) and kept[same].origin in _EXTRACTED:
            kept[same] = f
    return kept


def _lead(blocks: list[Block]) -> str:
    # The first sentence of the first paragraph, or "" when there is none.
    first = next((b for b in blocks if b.kind == "paragraph"), None)
    found = nlp.sentences(first.text) if first else []
    return found[0] if found else ""


def _markdown(blocks: list[Block]) -> str:
    # Verbatim Markdown of prose blocks, markers left out.
    return "\n\n".join(
        COMMENT.sub("", b.markdown).strip() for b in blocks if b.kind != "marker"
    ).strip()
