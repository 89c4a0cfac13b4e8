"""From a parsed article outline to the YAML document of its principles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from kompas.articles import nlp
from kompas.articles.source import (
    CHECKLIST_TITLES,
    COMMENT,
    FAQ_TITLE,
    PRINCIPLES_SWITCH,
    REFLECTION_TITLES,
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
# Markers after a paragraph that add an item worded from that passage.
ADDED = re.compile(r"^(checklist|reflectie)\s*:\s*(\S.*)$", re.DOTALL)
# Two extracted items this similar say the same thing; the longer one stays.
_SAME_ADVICE = 0.75
# Two words this similar are one word spelt twice ("feedbak", "feedback").
_SAME_WORD = 0.8
_MIN_ITEM_WORDS = 2
# A tick the author drew before a checklist entry ("✅ Ruimte geregeld", "[x] …"): the site
# draws its own checkbox, so the item leaves it out (its source quote keeps it).
_CHECK_MARK = re.compile(r"^(?:[✅✔✓☑☐□]\ufe0f?\s*|\[[ xX]\]\s+)")
# Items found by extraction; an editor's own wording is never replaced by them.
_EXTRACTED = frozenset({"heading", "sentence"})


@dataclass(frozen=True)
class Found:
    """An item found in the article, before it gets its id."""

    text: str
    line: int
    quote: str
    origin: str  # "heading" | "sentence" | "list" | "added"
    flag: str = ""  # why editors should word it: what it leans on


@dataclass(frozen=True)
class Candidate:
    """A sentence of a principle that looks like advice or a question, and what became of it.

    ``kind`` is "item" or "question"; ``taken`` says whether it is on the principle's
    checklist or reflection list, ``item`` is its wording there (particles dropped, a
    pronoun resolved, …) and ``reason`` names the rule that took it or why it was left out
    ("a lead-in: the next sentence answers it", "'Vergeet ook niet:' introduces a statement,
    not an action", …). ``flag`` is set on a taken item that still leans on the sentence
    before it: editors word it with ``<!-- checklist: … -->``. ``principle`` is the
    principle's title, ``line`` the sentence's line in the article.
    """

    text: str
    line: int
    principle: str
    kind: str
    taken: bool
    reason: str
    item: str = ""
    flag: str = ""


def candidates(outline: Outline) -> list[Candidate]:
    """Every sentence of every principle that looks like advice or a question: taken or not,
    and why (for the review report)."""
    out: list[Candidate] = []
    for s in principle_sections(outline):
        out += _analyse(s)[2]
    return out


def principle_sections(outline: Outline) -> list[Section]:
    """The sections that are principles: numbered headings; with the front-matter switch
    ``principles: headings`` every ``##`` section; without numbers, every ``##`` section from
    the first that gives advice (an item or a question) to the last that does."""
    regular = [
        s for s in outline.sections if "oproep" not in s.flags and s.title.lower() != FAQ_TITLE
    ]
    if outline.meta.get("principles") == "headings":
        chosen = regular
    elif any(s.number is not None for s in regular):
        chosen = [s for s in regular if s.number is not None]
    else:
        advice = [n for n, s in enumerate(regular) if _gives_advice(s)]
        chosen = regular[advice[0] : advice[-1] + 1] if advice else []
    return chosen


def _gives_advice(s: Section) -> bool:
    # A section whose heading or text gives advice or asks the reader something.
    items, questions, _ = _analyse(s)
    return bool(items or questions)


def build_document(
    outline: Outline, article_id: str, source: str, digest: str, previous: dict[str, Any] | None
) -> dict[str, Any]:
    """The YAML document for one article, reusing ids from ``previous`` where texts match."""
    path = outline.path
    principles = principle_sections(outline)
    if not principles:
        raise ContentError(
            path,
            outline.intro.line,
            "the article has no numbered principle",
            "write each principle as a heading '## 1. Title', '## 2. Title', … "
            f"(also 'Tip 1:', 'Stap 2.'), or put '{PRINCIPLES_SWITCH}' in the front matter "
            "to make every ## heading a principle",
        )
    first = outline.sections.index(principles[0])
    last = outline.sections.index(principles[-1])
    principles = _absorb(outline, principles)
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
        "principles": _principles(outline, principles, prev.get("principles", [])),
    }


def _absorb(outline: Outline, principles: list[Section]) -> list[Section]:
    # Principles numbered in order where the heading has no number, each holding the
    # sections between it and the next principle (nothing between them is lost).
    out: list[Section] = []
    chosen = {id(s) for s in principles}
    first = outline.sections.index(principles[0])
    last = outline.sections.index(principles[-1])
    for s in outline.sections[first : last + 1]:
        if id(s) in chosen:
            number = s.number if s.number is not None else len(out) + 1
            out.append(replace(s, number=number, blocks=list(s.blocks)))
        elif "oproep" not in s.flags and s.title.lower() != FAQ_TITLE:
            heading = Block("heading", s.markdown, s.line, text=s.title)
            out[-1].blocks += [heading, *s.blocks]
    return out


def _principles(
    outline: Outline, sections: list[Section], previous: list[dict[str, Any]]
) -> list[Any]:
    # One entry per principle, in order, with stable ids.
    path = outline.path
    seen: dict[str, int] = {}
    for s in sections:
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
    wanted = [ids.Wanted(s.title, s.number) for s in sections]
    known = [
        ids.Known(p["id"], p["title"], tuple(p.get("aliases", ())), p["number"]) for p in previous
    ]
    by_id = {p["id"]: p for p in previous}
    out = []
    for s, got in zip(sections, ids.assign(wanted, known, max_words=8), strict=True):
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
        blocks = _prose(s)
        checklist, reflection, _ = _analyse(s)
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


def _prose(s: Section) -> list[Block]:
    # A principle's blocks without its explicit '### Checklist' / '### Reflectie' lists.
    skip = {
        b.line
        for sub in s.subsections
        if sub.title.lower() in CHECKLIST_TITLES | REFLECTION_TITLES
        for b in sub.blocks
    }
    skip |= {
        sub.line
        for sub in s.subsections
        if sub.title.lower() in CHECKLIST_TITLES | REFLECTION_TITLES
    }
    return [b for b in s.blocks if b.line not in skip]


def _with_footnotes(outline: Outline, markdown: str) -> str:
    # The Markdown with the definitions of the footnotes it refers to but does not hold.
    notes = [
        outline.footnotes[label].markdown
        for label in footnote_refs(markdown)
        if label in outline.footnotes
        and not re.search(rf"^\[\^{re.escape(label)}\]:", markdown, re.MULTILINE)
    ]
    return "\n\n".join([markdown, *notes]) if notes else markdown


@dataclass
class _Unit:
    # One sentence of a principle, in reading order.
    text: str
    block: Block
    index: int  # the sentence's place in its block
    kind: str  # "paragraph" | "list" | "heading"


def _units(s: Section) -> list[_Unit]:
    # Every sentence of the principle's paragraphs, list items and sub-headings, in order.
    units: list[_Unit] = []
    for b in _prose(s):
        if b.kind == "paragraph":
            units += [_Unit(t, b, n, "paragraph") for n, t in enumerate(nlp.sentences(b.text))]
        elif b.kind == "list":
            for text, line in b.items:
                item = Block("paragraph", text, line, text=text)
                units += [_Unit(t, item, n, "list") for n, t in enumerate(nlp.sentences(text))]
        elif b.kind == "quote":
            for text, line in b.items:
                item = Block("paragraph", text, line, text=text)
                units += [_Unit(t, item, n, "quote") for n, t in enumerate(nlp.sentences(text))]
        elif b.kind == "heading" and "redactie" not in b.markdown:
            units.append(_Unit(b.text, b, 0, "heading"))
    return units


def _analyse(s: Section) -> tuple[list[Found], list[Found], list[Candidate]]:
    # The principle's checklist and reflection, and every candidate sentence with its fate.
    units = _units(s)
    items: list[Found] = []
    questions: list[Found] = []
    seen: list[Candidate] = []
    explicit_items = _explicit(s, CHECKLIST_TITLES)
    explicit_questions = _explicit(s, REFLECTION_TITLES)
    if "redactie" not in s.flags and nlp.is_imperative(nlp.tokenise(s.title)):
        items.append(Found(nlp.drop_ties(nlp.strip_leading(s.title)), s.line, s.title, "heading"))
    for n, unit in enumerate(units):
        prev = units[n - 1] if n else None
        nxt = units[n + 1] if n + 1 < len(units) else None
        line = _line_of(unit.block, unit.text)
        if unit.text.rstrip().endswith("?"):
            taken, reason = _question(units, n)
            if taken:
                questions.append(Found(nlp.strip_leading(unit.text), line, unit.text, "sentence"))
            seen.append(
                Candidate(
                    unit.text,
                    line,
                    s.title,
                    "question",
                    taken,
                    reason,
                    nlp.strip_leading(unit.text) if taken else "",
                )
            )
            continue
        found = _advice(unit, prev, nxt, items)
        if found is None:
            continue
        texts, reason = found
        origin = "list" if unit.kind == "list" else "sentence"
        if not texts:
            seen.append(Candidate(unit.text, line, s.title, "item", False, reason))
            continue
        for text, flag in texts:
            merged = _merge_with_previous(text, unit, prev, items)
            if merged is not None:
                seen = [
                    replace(c, item=merged.text) if c.taken and c.item == items[-1].text else c
                    for c in seen
                ]
                items[-1] = merged
                seen.append(
                    Candidate(
                        unit.text,
                        line,
                        s.title,
                        "item",
                        True,
                        f"{reason}; joined with the sentence before, which it refers to",
                        merged.text,
                    )
                )
                continue
            if len(nlp.words(text)) < _MIN_ITEM_WORDS:
                seen.append(
                    Candidate(
                        unit.text,
                        line,
                        s.title,
                        "item",
                        False,
                        "a one-word action says too little on its own",
                    )
                )
                continue
            quote = unit.text
            if (
                nxt is not None
                and nxt.block is unit.block
                and nlp.is_focus_fragment(nlp.tokenise(nxt.text))
            ):
                quote = f"{unit.text} {nxt.text}"
            items.append(Found(text, line, quote, origin, flag))
            own = {w.lower() for w in nlp.words(quote)}
            why = reason
            if {w.lower() for w in nlp.words(text)} - own:
                why += "; a pronoun replaced by the words it stands for in the sentence before"
            seen.append(Candidate(unit.text, line, s.title, "item", True, why, text, flag))
    checklist = _with_explicit(_dedupe(items + _added(s.blocks, "checklist")), explicit_items)
    reflection = _with_explicit(
        _dedupe(questions + _added(s.blocks, "reflectie")), explicit_questions
    )
    explicit = [*(explicit_items or []), *(explicit_questions or [])]
    return checklist, reflection, _mark_explicit(seen, explicit)


def _with_explicit(found: list[Found], explicit: list[Found] | None) -> list[Found]:
    # An explicit '### Checklist' / '### Reflectie' list adds to what the text gives: its
    # entries come after the extracted ones, and an extracted entry that says the same as
    # one of them is left out (the list's wording is the author's or the editors' choice).
    if not explicit:
        return found
    kept = [f for f in found if all(not _same_advice(f.text, e.text) for e in explicit)]
    return kept + explicit


def _mark_explicit(seen: list[Candidate], explicit: list[Found]) -> list[Candidate]:
    # Candidates that gave way to an entry of an explicit list say so in the report.
    return [
        replace(
            c, taken=False, reason="the explicit ### Checklist / ### Reflectie list says the same"
        )
        if c.taken
        and c.item
        and any(_same_advice(c.item, e.text) for e in explicit)
        and c.item not in {e.text for e in explicit}
        else c
        for c in seen
    ]


def _question(units: list[_Unit], n: int) -> tuple[bool, str]:
    # Whether the question units[n] is a reflection question, and why (not).
    unit = units[n]
    nxt = units[n + 1] if n + 1 < len(units) else None
    if unit.kind == "heading":
        return False, "a heading: the text under it answers it"
    if not nlp.is_question(nlp.tokenise(unit.text)):
        return False, "shorter than three words: a rhetorical question"
    head, colon, _ = unit.text.partition(": ")
    if colon and len(nlp.words(head)) > 3 and not head.endswith("?"):
        # "Als het goed is kun je … zien dat …: Dit gaan we doen, …, helpt dit?"
        return False, "a thought quoted after a colon, not a question to the reader"
    if nxt is not None and nlp.answers(nlp.tokenise(nxt.text)):
        return False, "a lead-in: the next sentence answers it"
    if _conditional_lead_in(unit, nxt):
        return False, "a lead-in: a yes/no question that the next sentence says what to do about"
    # "Vindt de kandidaat het goed …? En mogen die …? Vraag dan …": a run of questions in
    # one paragraph that the sentence after the run answers is one lead-in.
    k = n + 1
    while k < len(units) and units[k].block is unit.block and units[k].text.endswith("?"):
        k += 1
    if k > n + 1 and k < len(units) and units[k].block is unit.block:
        last, after = units[k - 1], units[k]
        if nlp.answers(nlp.tokenise(after.text)) or _conditional_lead_in(last, after):
            return False, "a lead-in: the sentence after these questions answers them"
    return True, "a question of the author"


def _conditional_lead_in(question: _Unit, nxt: _Unit | None) -> bool:
    # "Is je gespreksleidraad klaar? Oefen deze …": a yes/no question followed, in the same
    # paragraph, by an imperative is a condition ("als …, oefen …"), not a question to the
    # reader.
    return (
        nxt is not None
        and nxt.block is question.block
        and nlp.is_yes_no(nlp.tokenise(question.text))
        and nlp.is_imperative(nlp.tokenise(nxt.text))
    )


def _advice(
    unit: _Unit, prev: _Unit | None, nxt: _Unit | None, items: list[Found]
) -> tuple[list[tuple[str, str]], str] | None:
    # The items a sentence gives (each with a flag), and the rule; None when it does not
    # look like advice at all; ([], why) when it looks like advice but is not taken.
    sentence = unit.text
    head, colon, tail = sentence.partition(": ")
    if colon:
        lead = nlp.words(head)
        short = len(lead) <= 3  # "Tip:", "**Wel doen:**", "Niet doen:"
        head_acts = nlp.is_imperative(nlp.tokenise(head))
        if short and nlp.is_negative(nlp.tokenise(head)) and not head_acts:
            return (
                ([], f"'{head}:' introduces what not to do")
                if nlp.is_imperative(nlp.tokenise(tail))
                else None
            )
        # The action after a lead that names it ("Tip: …", "Een leuke tip voor als je het
        # onderzoek doet: maak even een selfie."): a longer lead must not itself be an
        # action, a warning or a condition.
        longer_ok = not (
            head_acts or nlp.is_negative(nlp.tokenise(head)) or nlp.is_condition(lead[0])
        )
        if (short or (lead and longer_ok)) and nlp.is_imperative(nlp.tokenise(tail)):
            why = f"the action after '{head}:'" if short else "the action after a colon"
            return _finish_all(
                unit, nxt, items, prev, nlp.split_imperatives(nlp.tokenise(tail))
            ), why
        if short and head_acts:
            return [], f"'{head}:' introduces a statement, not an action"
    if colon and not nlp.is_imperative(nlp.tokenise(head)):
        parts = [p for p in re.split(r",\s+|\s+en\s+|\s+of\s+", tail.rstrip(".!")) if p]
        if len(parts) >= 2 and all(nlp.infinitive_phrase(nlp.tokenise(p)) for p in parts):
            texts = [nlp.finish(p[:1].upper() + p[1:]) for p in parts]
            return [(t, "") for t in texts], f"a list of actions after '{head}:'"
    first = nlp.words(sentence)[:1]
    if first and nlp.is_condition(first[0]):
        split = nlp.split_condition(nlp.tokenise(sentence))
        if split is not None:
            condition, cons = split
            cons = nlp.drop_ties(cons)
            text = nlp.finish(f"{condition}, {cons[:1].lower()}{cons[1:]}")
            return _finish_all(unit, nxt, items, prev, [text], split=False), (
                "advice after a condition, condition kept"
            )
    actions = nlp.split_imperatives(nlp.tokenise(sentence))
    if actions:
        rule = "an imperative in a list item" if unit.kind == "list" else "an imperative"
        return _finish_all(unit, nxt, items, prev, actions), rule
    tail_actions = nlp.imperative_tail(nlp.tokenise(sentence))
    if tail_actions:
        return _finish_all(unit, nxt, items, prev, tail_actions), (
            "an imperative after a statement ('…, maar hou …')"
        )
    if nlp.reader_must(nlp.tokenise(sentence)):
        if nlp.words(sentence)[0].lower() == "dan":
            return [], "the consequence of the sentence before ('Dan …'): it needs that sentence"
        return _finish_all(unit, nxt, items, prev, [nlp.strip_leading(sentence)]), (
            "advice with 'moet' for the reader"
        )
    if (
        unit.kind == "list"
        and nlp.infinitive_phrase(nlp.tokenise(sentence))
        and prev is not None
        and (prev.text.rstrip().endswith(":"))
    ):
        return [(nlp.finish(sentence), "")], f"a list of actions after '{prev.text}'"
    if nlp.looks_like_advice(nlp.tokenise(sentence)):
        return [], "advice not phrased as an action for the reader (no imperative)"
    return None


def _finish_all(
    unit: _Unit,
    nxt: _Unit | None,
    items: list[Found],
    prev: _Unit | None,
    actions: list[str],
    split: bool = True,
) -> list[tuple[str, str]]:
    # Each action made to read on its own: ties dropped, a qualifier kept, pronouns resolved.
    out: list[tuple[str, str]] = []
    parts = [p for a in actions for p in (nlp.split_and(a) if split else [a])]
    for n, action in enumerate(parts):
        text = nlp.drop_ties(action) if split else action
        if (
            n == len(parts) - 1
            and nxt is not None
            and nxt.block is unit.block
            and nlp.is_focus_fragment(nlp.tokenise(nxt.text))
        ):
            text = f"{text.rstrip('.!')}, {nxt.text[:1].lower()}{nxt.text[1:]}"
        out.append(_resolve(nlp.finish(text), prev, items))
    return out


def _resolve(text: str, prev: _Unit | None, items: list[Found]) -> tuple[str, str]:
    # Replace a pronoun that stands for the sentence before with the article's own words,
    # or flag the item.
    pron = nlp.leaning_pronoun(nlp.tokenise(text))
    if pron is None:
        return text, ""
    if (
        pron in ("ze", "hen")
        and prev is not None
        and (np := nlp.plural_phrase(nlp.tokenise(prev.text)))
    ):
        return re.sub(rf"\b{pron}\b", np, text, count=1), ""
    if pron == "het" and items and (clause := nlp.object_clause(items[-1].text)):
        bare = re.sub(r"\s+het\b", "", text, count=1).rstrip(".!")
        return nlp.finish(f"{bare} {clause}"), ""
    return text, f"'{pron}' refers to something said before"


def _merge_with_previous(
    text: str, unit: _Unit, prev: _Unit | None, items: list[Found]
) -> Found | None:
    # "… als dat proces …" right after the item it refers to: one item of both.
    if not (prev and items and nlp.demonstrative_after(nlp.tokenise(text))):
        return None
    last = items[-1]
    if prev.block is not unit.block or last.quote != prev.text:
        return None
    joined = f"{last.text.rstrip('.!')}, en {text[:1].lower()}{text[1:]}"
    return replace(last, text=joined, quote=f"{last.quote} {unit.text}")


def _explicit(s: Section, titles: frozenset[str]) -> list[Found] | None:
    # Items of a '### Checklist' / '### Reflectie' list under the principle, verbatim.
    for sub in s.subsections:
        if sub.title.lower() in titles:
            return [
                Found(_CHECK_MARK.sub("", text) or text, line, text, "list")
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


def _line_of(block: Block, sentence: str) -> int:
    # The file line on which ``sentence`` starts inside a (possibly wrapped) paragraph.
    head = sentence[:24]
    for n, line in enumerate(block.markdown.splitlines()):
        if head in " ".join(line.split()):
            return block.line + n
    return block.line


def _same_advice(a: str, b: str) -> bool:
    # Two items say the same when their texts are alike and every word of the shorter one
    # is (up to a typo) in the longer: "Wees open." / "Wees open, ook als het schuurt.".
    # "Controleer of er een roadmap is." and "… een gedragscode is." are alike as text but
    # are two pieces of advice.
    if not ids.alike(a, b, _SAME_ADVICE):
        return False
    short, long = sorted((a, b), key=len)
    return _contains(short, long)


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


def _dedupe(found: list[Found]) -> list[Found]:
    # Merge items that say the same: the longer wording stays, in the first one's place.
    kept: list[Found] = []
    for f in found:
        same = next((n for n, k in enumerate(kept) if _same_advice(f.text, k.text)), None)
        if same is None:
            kept.append(f)
        elif kept[same].origin in _EXTRACTED and (
            f.origin == "added" or len(f.text) > len(kept[same].text)
        ):
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
