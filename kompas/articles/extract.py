"""From a parsed article outline to the YAML document of its principles.

``sections`` chooses the principles (and analyses them: ``analysis``, by the rules of
``rules``); this module builds the document from them: the article (intro, sections,
general questions, FAQ) and each principle with its items, all with stable ids.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kompas.articles import nlp, sections
from kompas.articles.analysis import Candidate, prose
from kompas.articles.rules import Found
from kompas.articles.source import (
    COMMENT,
    FAQ_TITLE,
    PRINCIPLES_SWITCH,
    Block,
    Outline,
    Section,
    footnote_refs,
)
from kompas.errors import ContentError
from kompas.principles import ids, store

FORMAT = 1
# Marker after a block: its questions are the article's general reflection questions.
GENERAL_QUESTIONS = "algemene-vragen"


def candidates(outline: Outline) -> list[Candidate]:
    """Every sentence of every principle that looks like advice or a question: taken or not,
    and by which rule (for the review report)."""
    choice = sections.choose(outline)
    return [c for p in (choice.principles if choice else []) for c in p.analysis.candidates]


def build_document(
    outline: Outline, article_id: str, source: str, digest: str, previous: dict[str, Any] | None
) -> dict[str, Any]:
    """The YAML document for one article, reusing ids from ``previous`` where texts match."""
    path = outline.path
    choice = sections.choose(outline)
    if choice is None:
        raise ContentError(
            path,
            outline.intro.line,
            "the article has no numbered principle",
            "write each principle as a heading '## 1. Title', '## 2. Title', … "
            f"(also 'Tip 1:', 'Stap 2.'), or put '{PRINCIPLES_SWITCH}' in the front matter "
            "to make every ## heading a principle",
        )
    first, last = choice.first, choice.last
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
        "principles": _principles(outline, choice.principles, prev.get("principles", [])),
    }


def _principles(
    outline: Outline, chosen: list[sections.Principle], previous: list[dict[str, Any]]
) -> list[Any]:
    # One entry per principle, in order, with stable ids.
    path = outline.path
    seen: dict[str, int] = {}
    for s in (c.section for c in chosen):
        if not any(b.kind not in ("marker", "heading") for b in s.blocks):
            raise ContentError(
                path,
                s.line,
                f"principle {s.number} '{s.title}' has no text",
                "write at least one paragraph under the heading, or remove the heading",
            )
        if s.anchor is not None and not store.id_pattern().match(s.anchor):
            raise ContentError(
                path,
                s.line,
                f"the heading's id '{{#{s.anchor}}}' cannot be used as an address",
                "use lower-case letters, digits and dashes, e.g. {#noodzakelijke-vragen}",
            )
    wanted = [ids.Wanted(c.section.title, c.section.number) for c in chosen]
    known = [
        ids.Known(p["id"], p["title"], tuple(p.get("aliases", ())), p["number"]) for p in previous
    ]
    by_id = {p["id"]: p for p in previous}
    out = []
    for c, got in zip(chosen, ids.assign(wanted, known, max_words=8), strict=True):
        s = c.section
        slug = s.anchor or ids.slugify(s.title, 8)
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
        if s.anchor is not None and got.id != s.anchor:
            known_ids = {x for p in previous for x in (p["id"], *p.get("aliases", ()))}
            kept = [x for x in (*got.aliases, got.id) if x in known_ids and x != s.anchor]
            got = ids.Assigned(s.anchor, list(dict.fromkeys(kept)))
        blocks = prose(s)
        checklist, reflection = c.analysis.checklist, c.analysis.reflection
        out.append(
            {
                "id": got.id,
                "aliases": got.aliases,
                "number": s.number,
                "title": s.title,
                "editorial": "redactie" in s.flags,
                "line": s.line,
                "summary": _lead([b for b in blocks if b.kind == "paragraph"])
                or _lead([Block("paragraph", t, n, text=t) for b in blocks for t, n in b.items])
                or s.title,
                "explanation": _with_footnotes(outline, _markdown(blocks)),
                "checklist": _with_ids(checklist, old.get("checklist", [])),
                "reflection": _with_ids(reflection, old.get("reflection", [])),
            }
        )
    return out


def _with_footnotes(outline: Outline, markdown: str) -> str:
    # The Markdown with the definitions of the footnotes it refers to but does not hold.
    notes = [
        outline.footnotes[label].markdown
        for label in footnote_refs(markdown)
        if label in outline.footnotes
        and not re.search(rf"^\[\^{re.escape(label)}\]:", markdown, re.MULTILINE)
    ]
    return "\n\n".join([markdown, *notes]) if notes else markdown


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
    # Items as YAML entries, ids kept from the previous YAML where the text matches. An old
    # id that matches no item any more becomes an alias of the item nearest to its source
    # line (preferring a new item): no visitor loses a tick or an answer.
    known = [
        ids.Known(p["id"], p["text"], tuple(p.get("aliases", ())), p["source"]["line"])
        for p in previous
    ]
    wanted = [ids.Wanted(f.text, f.line) for f in found]
    got = ids.assign(wanted, known)
    kept = {x for a in got for x in (a.id, *a.aliases)}
    old_ids = {k.id for k in known}
    for old in known:
        if old.id in kept or not got:
            continue
        fresh = [n for n, a in enumerate(got) if a.id not in old_ids]
        pool = fresh or range(len(got))
        near = min(pool, key=lambda n: abs(found[n].line - (old.line or 0)))
        got[near].aliases += [x for x in (*old.aliases, old.id) if x not in kept]
        kept |= {old.id, *old.aliases}
    return [
        {
            "id": a.id,
            "aliases": a.aliases,
            "text": f.text,
            "origin": f.origin,
            "source": {"line": f.line, "quote": f.quote},
        }
        for f, a in zip(found, got, strict=True)
    ]


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
