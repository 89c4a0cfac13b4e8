"""From a parsed article outline to the typed document of its principles.

``sections`` chooses the principles (and analyses them: ``analysis``, by the rules of
``rules``); this module builds the ``Document`` from them: the article (intro, sections,
general questions, FAQ) and each principle with its items, all with stable ids kept from
the previous document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kompas.articles import lead, nlp, sections
from kompas.articles.analysis import prose
from kompas.articles.rules import Candidate, Found
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
from kompas.principles.model import (
    Article,
    ArticleSection,
    Document,
    Faq,
    Item,
    Principle,
    Source,
)

# Marker after a block: its questions are the article's general reflection questions.
GENERAL_QUESTIONS = "algemene-vragen"
# Words of a principle's title that make its id.
_ID_WORDS = 8


def candidates(outline: Outline) -> list[Candidate]:
    """Every sentence of every principle that looks like advice or a question: taken or not,
    and by which rule (for the review report)."""
    choice = sections.choose(outline)
    return [c for p in (choice.principles if choice else []) for c in p.analysis.candidates]


@dataclass(frozen=True)
class Extraction:
    """An article's document, and the principles' sections with their analyses (in the
    document's order) that it was built from."""

    document: Document
    choice: sections.Choice


def build_document(
    outline: Outline, article_id: str, source: str, digest: str, previous: Document | None
) -> Document:
    """The document of one article, reusing ids from ``previous`` where texts match."""
    return extract(outline, article_id, source, digest, previous).document


def extract(
    outline: Outline, article_id: str, source: str, digest: str, previous: Document | None
) -> Extraction:
    """``build_document``, with the analyses behind it (for the review report)."""
    choice = sections.choose(outline)
    if choice is None:
        raise ContentError(
            outline.path,
            outline.intro.line,
            "the article has no numbered principle",
            "write each principle as a heading '## 1. Title', '## 2. Title', … "
            f"(also 'Tip 1:', 'Stap 2.'), or put '{PRINCIPLES_SWITCH}' in the front matter "
            "to make every ## heading a principle",
        )
    for p in choice.principles:
        _check(outline, p.section)
    doc = Document(
        source=source,
        source_sha256=digest,
        article=_article(outline, article_id, choice, previous.article if previous else None),
        principles=_principles(outline, choice.principles, previous.principles if previous else ()),
    )
    return Extraction(doc, choice)


def _article(
    outline: Outline, article_id: str, choice: sections.Choice, previous: Article | None
) -> Article:
    # What the article says outside its principles.
    title = outline.meta["title"].strip()
    return Article(
        id=article_id,
        title=title,
        author=outline.meta["author"].strip(),
        organisation=str(outline.meta.get("organisation", "")).strip(),
        summary=_lead(outline.intro.blocks) or title,
        intro=_markdown(outline.intro.blocks),
        sections=_sections(outline, choice),
        questions=_with_ids(_general_questions(outline), previous.questions if previous else ()),
        faq=_faq(outline, previous.faq if previous else ()),
        date=str(outline.meta["date"]) if outline.meta.get("date") else None,
        order=int(outline.meta["order"]) if outline.meta.get("order") else None,
    )


def _sections(outline: Outline, choice: sections.Choice) -> tuple[ArticleSection, ...]:
    # The sections before and after the principles (no call to action, not the FAQ).
    return tuple(
        ArticleSection(
            title=s.title,
            place="before" if n < choice.first else "after",
            editorial=s.editorial,
            line=s.line,
            markdown=_markdown(s.blocks),
        )
        for n, s in enumerate(outline.sections)
        if s.number is None and sections.is_regular(s) and not choice.first <= n <= choice.last
    )


def _check(outline: Outline, s: Section) -> None:
    # A principle has text, and its {#id} can be an address.
    if not any(b.kind not in ("marker", "heading") for b in s.blocks):
        raise ContentError(
            outline.path,
            s.line,
            f"principle {s.number} '{s.title}' has no text",
            "write at least one paragraph under the heading, or remove the heading",
        )
    if s.anchor is not None and not store.id_pattern().match(s.anchor):
        raise ContentError(
            outline.path,
            s.line,
            f"the heading's id '{{#{s.anchor}}}' cannot be used as an address",
            "use lower-case letters, digits and dashes, e.g. {#noodzakelijke-vragen}",
        )


def _principles(
    outline: Outline, chosen: list[sections.Principle], previous: Sequence[Principle]
) -> tuple[Principle, ...]:
    # One principle per chosen section, in order, with stable ids.
    wanted = [ids.Wanted(c.section.title, c.section.number) for c in chosen]
    known = [ids.Known(p.id, p.title, p.aliases, p.number) for p in previous]
    seen: dict[str, int] = {}
    out = []
    for c, got in zip(chosen, ids.assign(wanted, known, max_words=_ID_WORDS), strict=True):
        s = c.section
        slug = s.anchor or ids.slugify(s.title, _ID_WORDS)
        if slug in seen:
            raise ContentError(
                outline.path,
                s.line,
                f"principle '{s.title}' has the id '{slug}', "
                f"like the principle on line {seen[slug]}",
                "give one of the two principles a different title",
            )
        seen[slug] = s.line
        old = next((p for p in previous if got.id in p.ids), None)
        if s.anchor is not None and got.id != s.anchor:
            got = _anchored(s.anchor, got, previous)
        out.append(_principle(outline, c, got, old))
    return tuple(out)


def _anchored(anchor: str, got: ids.Assigned, previous: Sequence[Principle]) -> ids.Assigned:
    # The author's {#id} is the principle's id; the ids it had before become its aliases.
    known_ids = {x for p in previous for x in p.ids}
    kept = [x for x in (*got.aliases, got.id) if x in known_ids and x != anchor]
    return ids.Assigned(anchor, list(dict.fromkeys(kept)))


def _principle(
    outline: Outline, chosen: sections.Principle, got: ids.Assigned, old: Principle | None
) -> Principle:
    # One principle: its text, and its items with the ids they had in ``old``.
    s, analysis = chosen.section, chosen.analysis
    blocks = prose(s)
    items = [Block("paragraph", t, n, text=t) for b in blocks for t, n in b.items]
    summary = lead.statement(outline, s, blocks)
    assert s.number is not None  # sections.choose numbers every principle
    return Principle(
        id=got.id,
        aliases=tuple(got.aliases),
        number=s.number,
        title=s.title,
        editorial=s.editorial,
        line=s.line,
        summary=summary or _lead(items) or s.title,
        explanation=_with_footnotes(
            outline, _markdown(lead.without_lead(blocks, summary or _lead(items)))
        ),
        checklist=_with_ids(analysis.checklist, old.checklist if old else ()),
        reflection=_with_ids(analysis.reflection, old.reflection if old else ()),
    )


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


def _faq(outline: Outline, previous: Sequence[Faq]) -> tuple[Faq, ...]:
    # Question/answer pairs from the '###' headings under '## Veelgestelde vragen'.
    pairs = [sub for s in outline.sections if s.title.lower() == FAQ_TITLE for sub in s.subsections]
    wanted = [ids.Wanted(sub.title, sub.line) for sub in pairs]
    known = [ids.Known(q.id, q.question, q.aliases, q.line) for q in previous]
    return tuple(
        Faq(
            id=got.id,
            aliases=tuple(got.aliases),
            question=sub.title,
            editorial=sub.editorial,
            line=sub.line,
            answer=_markdown(sub.blocks),
        )
        for sub, got in zip(pairs, ids.assign(wanted, known), strict=True)
    )


def _with_ids(found: Sequence[Found], previous: Sequence[Item]) -> tuple[Item, ...]:
    # Items with ids kept from the previous document where the text matches.
    known = [ids.Known(p.id, p.text, p.aliases, p.source.line) for p in previous]
    got = ids.assign([ids.Wanted(f.text, f.line) for f in found], known)
    _keep_lost_ids(found, got, known)
    return tuple(
        Item(a.id, tuple(a.aliases), f.text, f.origin, Source(f.line, f.quote))
        for f, a in zip(found, got, strict=True)
    )


def _keep_lost_ids(found: Sequence[Found], got: list[ids.Assigned], known: list[ids.Known]) -> None:
    # An old id that matches no item any more becomes an alias of the item nearest to its
    # source line (preferring a new item): no visitor loses a tick or an answer.
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
