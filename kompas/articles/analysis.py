"""The analysis of one principle: its checklist, its reflection questions, and what became of
every sentence that looks like advice or a question (the candidates, for the review report).

Each sentence is decided by the first rule of ``rules.ITEM_RULES`` (or, for a question,
``rules.QUESTION_RULES``) that decides it; the steps of ``rules.STEPS`` then make each item
read on its own. Items found twice and items an explicit list says again are left out by
``dedupe``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Literal

from kompas.articles import dedupe, nlp, rules
from kompas.articles import lexicon as nl
from kompas.articles.nlp import tokenise
from kompas.articles.rules import Candidate, Context, Found, Unit
from kompas.articles.source import CHECKLIST_TITLES, REFLECTION_TITLES, Block, Section

# Markers after a paragraph that add an item worded from that passage.
ADDED = re.compile(r"^(checklist|reflectie)\s*:\s*(\S.*)$", re.DOTALL)
# Fewer words between brackets are an aside, not sentences of their own.
_MIN_BRACKETED_WORDS = 4
# A tick the author drew before a checklist entry ("✅ Ruimte geregeld", "[x] …"): the site
# draws its own checkbox, so the item leaves it out (its source quote keeps it).
_CHECK_MARK = re.compile(r"^(?:[✅✔✓☑☐□]\ufe0f?\s*|\[[ xX]\]\s+)")
# "1\. Zorg voor …" (a number escaped so that it is no list, as Pandoc and blog exports
# write it) opens a paragraph the way a list's number opens an entry.
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z])")
_BOLD_NUMBERED = re.compile(r"^\d{1,2}\\?[.)]\s+(?:\*\*|__)")
# A sub-heading's number ("### 2.1 Identificeer afhankelijkheden", "### 4. Zorg voor …"):
# the steps' numbering, not a word of the advice.
_HEADING_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=[A-Z])")
# A label in capitals before a note ("NOTE Zoals je …", "LET OP: Vraag …").
_LABEL = re.compile(rf"^(?:{'|'.join(map(re.escape, nl.CAPITAL_LABELS))})\b:?\s+(?=[A-Z])")


@dataclass
class Analysis:
    """A principle's checklist and reflection questions, and every candidate sentence."""

    checklist: list[Found] = field(default_factory=list)
    reflection: list[Found] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def gives_advice(self) -> bool:
        """Whether the section gives an item or asks a question."""
        return bool(self.checklist or self.reflection)


def analyse(s: Section) -> Analysis:
    """The checklist, reflection questions and candidates of the principle ``s``."""
    units = _units(s)
    work = _Work(s.title)
    pointer = s.title.lower().strip(" ?:.!") in nl.POINTER_HEADINGS  # "Zie ook"
    # "Open Bestandsformaten", "Kies Dataset(s)": a heading in title case names its part.
    named = nlp.title_case(s.title)
    if not s.editorial and not pointer and not named and _heading_advises(s.title):
        _heading(s, units, work)
    for n in range(len(units)):
        ctx = Context(units, n, work.items)
        if ctx.unit.sentence.question:
            _ask(ctx, work)
        else:
            _advise(ctx, work)
    explicit_items = _explicit(s, CHECKLIST_TITLES)
    explicit_questions = _explicit(s, REFLECTION_TITLES)
    items = dedupe.dedupe(work.items + _added(s.blocks, "checklist"))
    questions = dedupe.dedupe(work.questions + _added(s.blocks, "reflectie"))
    explicit = [*(explicit_items or []), *(explicit_questions or [])]
    return Analysis(
        dedupe.with_explicit(items, explicit_items),
        dedupe.with_explicit(questions, explicit_questions),
        dedupe.mark_explicit(work.candidates, explicit),
    )


def _heading_advises(title: str) -> bool:
    # Whether the heading, or a sentence of it, opens with an imperative ("Samenvatting: wees
    # geen eikel. Wees liever geweldig.": the second).
    return any(nlp.is_imperative(tokenise(t)) for t in nlp.sentences(title))


def _heading(s: Section, units: list[Unit], work: _Work) -> None:
    # The principle's heading is itself advice: an item, unless it fails a check. A heading
    # of two sentences ("Gebruik enkelvoudige namen voor enums.<br />Gebruik meervoud voor
    # …") gives an item for each that is an imperative.
    sentences = nlp.sentences(_HEADING_NUMBER.sub("", s.title, count=1))  # "## 2 Gebruik …"
    if len(sentences) > 1:
        sentences = [t for t in sentences if nlp.is_imperative(tokenise(t))]
    heading = Unit(
        s.title, Block("heading", s.markdown, s.line, text=s.title), "heading", tokenise(s.title)
    )
    for sentence in sentences or [s.title]:
        text = nlp.drop_ties(nlp.strip_leading(sentence))
        failed = rules.check(text, Context((heading, *units), 0, work.items))
        if failed is None:
            work.items.append(Found(text, s.line, s.title, "heading", rule="principle-heading"))
        else:
            work.candidates.append(
                Candidate(
                    s.title, s.line, s.title, "item", False, "principle-heading", text, failed.id
                )
            )


@dataclass
class _Work:
    # What the analysis of one principle has found so far.
    principle: str
    items: list[Found] = field(default_factory=list)
    questions: list[Found] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)


def _ask(ctx: Context, work: _Work) -> None:
    # A question: a reflection question, or why not.
    decided = rules.decide(rules.QUESTION_RULES, ctx)
    assert decided is not None  # the last question rule takes every question
    rule, verdict = decided
    unit, line = ctx.unit, _line_of(ctx.unit.block, ctx.unit.text)
    worded = verdict.items[0] if verdict.items else unit.text  # a rule may word it
    text = nlp.strip_leading(worded) if verdict.taken else ""
    steps: tuple[str, ...] = ()
    if verdict.taken and not text.endswith("?"):  # "welke bronnen gebruik je daarbij"
        text, steps = f"{text.rstrip(' .')}?", ("question-mark",)
    if verdict.taken:
        work.questions.append(Found(text, line, unit.text, "sentence", rule=rule.id))
    work.candidates.append(
        Candidate(
            unit.text, line, work.principle, "question", verdict.taken, rule.id, text, steps=steps
        )
    )


def _advise(ctx: Context, work: _Work) -> None:
    # A sentence that is no question: the items it gives, or why it gives none.
    decided = rules.decide(rules.ITEM_RULES, ctx)
    if decided is None:
        _named_question(ctx, work)
        return
    rule, verdict = decided
    unit, line = ctx.unit, _line_of(ctx.unit.block, ctx.unit.text)
    if not verdict.taken:
        work.candidates.append(Candidate(unit.text, line, work.principle, "item", False, rule.id))
        _named_question(ctx, work)
        return
    for n, text in enumerate(verdict.items):
        steps = verdict.steps[n] if n < len(verdict.steps) else ()
        if not _joined(ctx, work, text, rule.id, line):
            _take(ctx, work, Found(text, line, unit.text, _origin(unit), rule.id), steps)
    _quoted_question(ctx, work)


def _quoted_question(ctx: Context, work: _Work) -> None:
    # A question quoted after a colon that advice tells the reader to ask ("Stel uzelf … de
    # vraag: "…?""); one that others ask or a thought ("Ze stellen niet de vraag: …") is none.
    if not nlp.asks_others(ctx.unit.text):  # "Vraag je collega: …?" asks someone else
        _ask_quoted(ctx, work, nlp.quoted_question(ctx.unit.text), "question-after-colon")


def _named_question(ctx: Context, work: _Work) -> None:
    # 'De vraag die iedereen … moet houden, is: "Wat zorgt voor …?"': the question to ask.
    _ask_quoted(ctx, work, nlp.named_question(ctx.unit.text), "question-to-keep-in-mind")


def _ask_quoted(ctx: Context, work: _Work, question: str | None, rule: str) -> None:
    # A reflection question quoted in the sentence of ``ctx``, found by ``rule``.
    if question is None:
        return
    unit, line = ctx.unit, _line_of(ctx.unit.block, ctx.unit.text)
    work.questions.append(Found(question, line, unit.text, "sentence", rule=rule))
    work.candidates.append(
        Candidate(unit.text, line, work.principle, "question", True, rule, question)
    )


def _take(ctx: Context, work: _Work, found: Found, steps: tuple[str, ...]) -> None:
    # A found item on the checklist, unless it is a one-word action or fails a check; its
    # quote takes the qualifier that follows it ("Juist als het spannend is.").
    unit, nxt = ctx.unit, ctx.nxt
    base = Candidate(unit.text, found.line, work.principle, "item", False, "one-word-action")
    if nlp.one_word_action(found.text):
        work.candidates.append(base)
        return
    if nxt is not None and nxt.block is unit.block and nlp.is_focus_fragment(nxt.sentence):
        found = replace(found, quote=f"{unit.text} {nxt.text}")
    failed = rules.check(found.text, ctx, found.rule)
    if failed is not None and failed.id == "bare" and (explained := _explained(found, ctx)):
        found, steps, failed = explained, (*steps, "explained-by-next"), None
    base = replace(base, rule=found.rule, item=found.text, steps=steps)
    if failed is not None:
        work.candidates.append(replace(base, flag=failed.id))
        return
    work.items.append(found)
    work.candidates.append(replace(base, taken=True))


def _explained(found: Found, ctx: Context) -> Found | None:
    # "Wees concreet. Een review als … is niet voldoende.": a bare item with the statement
    # after it in the same paragraph or list item, after a colon, reads on its own.
    unit, nxt = ctx.unit, ctx.nxt
    if nxt is None or nxt.block is not unit.block or nxt.sentence.question:
        return None
    if nlp.is_imperative(nxt.sentence) or rules.check(nxt.text, ctx) is not None:
        return None
    text = f"{found.text.rstrip('.!')}: {nxt.text[:1].lower()}{nxt.text[1:]}"
    return replace(found, text=text, quote=f"{unit.text} {nxt.text}")


def _joined(ctx: Context, work: _Work, text: str, rule: str, line: int) -> bool:
    # "… als dat proces …" right after the item it refers to: one item of both.
    prev, items = ctx.prev, work.items
    if not (prev and items and nlp.demonstrative_after(tokenise(text))):
        return False
    last = items[-1]
    if prev.block is not ctx.unit.block or last.quote != prev.text:
        return False
    joined = f"{last.text.rstrip('.!')}, en {text[:1].lower()}{text[1:]}"
    merged = replace(last, text=joined, quote=f"{last.quote} {ctx.unit.text}")
    work.candidates = [
        replace(c, item=merged.text) if c.taken and c.item == last.text else c
        for c in work.candidates
    ]
    items[-1] = merged
    work.candidates.append(
        Candidate(
            ctx.unit.text,
            line,
            work.principle,
            "item",
            True,
            rule,
            merged.text,
            steps=("joined-with-previous",),
        )
    )
    return True


def _origin(unit: Unit) -> rules.Origin:
    # A list item's advice comes from a list; everything else from a sentence.
    return "list" if unit.kind == "list" else "sentence"


def prose(s: Section) -> list[Block]:
    """A principle's blocks without its explicit '### Checklist' / '### Reflectie' lists."""
    lists = [
        sub for sub in s.subsections if sub.title.lower() in CHECKLIST_TITLES | REFLECTION_TITLES
    ]
    skip = {b.line for sub in lists for b in sub.blocks} | {sub.line for sub in lists}
    return [b for b in s.blocks if b.line not in skip]


def _units(s: Section) -> list[Unit]:
    # Every sentence of the principle's paragraphs, list items, quotes and sub-headings.
    units: list[Unit] = []
    for b in prose(s):
        if b.kind == "paragraph":
            # (A numbered bold line without a stop, "6\. **Gun factor en …**", is a title.)
            title = _BOLD_NUMBERED.match(b.markdown) and not b.text.rstrip().endswith(".")
            text = b.text if title else _PARAGRAPH_NUMBER.sub("", b.text, count=1)
            units += _sentences(text, b, "paragraph", numbered=text != b.text)
        elif b.kind in ("list", "quote", "table"):  # a table's cells read like list items
            units += _entries(b, units[-1] if units else None)
        elif b.kind == "heading" and "redactie" not in b.markdown:
            text = _HEADING_NUMBER.sub("", b.text, count=1)
            units.append(Unit(text, b, "heading", tokenise(text)))
    return units


def _rejoined(entries: tuple[tuple[str, int], ...]) -> list[tuple[str, int]]:
    # A list whose entries break inside a sentence (markup gone wrong, each wrapped line made
    # an entry: "- … een" / "- ereader, een smartwatch? Hou je … zo" / "- goed kan …"): an
    # entry that ends without a stop, in a word that cannot end a phrase or after a sentence
    # of its own, goes on in the next entry when that starts in lower case.
    out: list[tuple[str, int]] = []
    for text, line in entries:
        if out and text[:1].islower() and _breaks_off(out[-1][0]):
            out[-1] = (f"{out[-1][0]} {text}", out[-1][1])
        else:
            out.append((text, line))
    return out


def _breaks_off(text: str) -> bool:
    # Whether a list entry stops in the middle of a sentence.
    text = text.rstrip()
    if not text or text[-1] in ".!?:;…)":
        return False
    last = text.split()[-1].lower()
    return last in nl.DANGLING or re.search(r"[.!?] +\w", text) is not None


def _sentences(
    text: str,
    block: Block,
    kind: Literal["paragraph", "list", "quote"],
    *,
    numbered: bool = False,
    boxed: bool = False,
) -> list[Unit]:
    # The sentences of one paragraph or item as units; a tick or pictograph the author put
    # before a sentence ("✅ Probeer een schermlezer.", "👉 Vraag …") and a label in capitals
    # are read past, like a list's bullet.
    units = (_without_mark(t) for s in nlp.sentences(text) for t in _unbracketed(s))
    # "Schrijf een plan …, wat wil je laten zien …?": the action and its question apart.
    # "Neem verantwoordelijkheid … – als iemand zegt …, luister dan goed": two pieces of advice.
    parts = (
        p
        for t in units
        for q in (nlp.action_then_question(t) or (t,))
        for p in (nlp.action_then_advice(q) or (q,))
    )
    out = [Unit(t, block, kind, tokenise(t), numbered) for t in parts if t]
    # A checklist entry's box marks its first sentence ("- [ ] Ik heb … Zo weet iedereen …").
    return [replace(out[0], boxed=True), *out[1:]] if boxed and out else out


def _entries(b: Block, before: Unit | None) -> list[Unit]:
    # The sentences of a list, quote or table (``before``: the sentence before it).
    kind: Literal["list", "quote"] = "quote" if b.kind == "quote" else "list"
    numbered = kind == "list" and b.markdown.lstrip()[:1].isdigit()
    # "Stel jezelf deze vragen:" and "- Wat ging er goed": questions without their mark, when
    # every entry opens with a question word (not prompts: "- geef 5 toetsvragen").
    entries = _rejoined(b.items)
    asks = kind == "list" and before is not None and nlp.leads_questions(before.sentence)
    asks = asks and all(_opens_with_question_word(t) for t, _ in entries)
    units: list[Unit] = []
    for text, line in entries:
        item = Block("paragraph", text, line, text=text)
        boxed = kind == "list" and _CHECK_MARK.match(text) is not None
        units += _asked(_sentences(text, item, kind, numbered=numbered, boxed=boxed), asks=asks)
    return units


def _asked(units: list[Unit], *, asks: bool) -> list[Unit]:
    # The units, those that open with a question word read as questions when ``asks``.
    if not asks:
        return units
    return [
        replace(u, sentence=replace(u.sentence, question=True))
        if _opens_with_question_word(u.text) and "?" not in u.text  # not "“Hoe vaak …?”"
        else u
        for u in units
    ]


def _opens_with_question_word(text: str) -> bool:
    first = tokenise(text).words_lower[:1]
    return bool(first) and first[0] in nl.QUESTION_WORDS


def _unbracketed(sentence: str) -> list[str]:
    # "(Als het nodig is …, doe dit dan … . Wees u ervan bewust …)": sentences the author put
    # between brackets are sentences still, each read on its own.
    inner = sentence.strip()
    if not (inner.startswith("(") and inner.endswith(")")) or "(" in inner[1:-1]:
        return [sentence]
    if len(inner.split()) < _MIN_BRACKETED_WORDS:  # "(http://localhost:3000/#/…?)"
        return [sentence]
    return nlp.sentences(inner[1:-1]) or [sentence]


def _without_mark(text: str) -> str:
    # ``text`` without the ticks and pictographs (Unicode symbols) that open it, and without
    # a label in capitals ("NOTE Zoals je …").
    text = _CHECK_MARK.sub("", text)
    n = 0
    while n < len(text) and (
        unicodedata.category(text[n]) == "So" or text[n] in "\ufe0f\u200d" or text[n].isspace()
    ):
        n += 1
    return _LABEL.sub("", text[n:])


def _explicit(s: Section, titles: frozenset[str]) -> list[Found] | None:
    # Items of a '### Checklist' / '### Reflectie' list under the principle, verbatim.
    for sub in s.subsections:
        if sub.title.lower() in titles:
            return [
                Found(_without_mark(text) or text, line, text, "list", rule="explicit-list")
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
                found.append(
                    Found(text, passage.line, passage.text, "added", rule="editors-marker")
                )
        elif block.kind == "paragraph":
            passage = block
    return found


def _line_of(block: Block, sentence: str) -> int:
    # The file line on which ``sentence`` starts inside a (possibly wrapped) paragraph.
    head = sentence[:24]
    for n, line in enumerate(block.markdown.splitlines()):
        if head in " ".join(line.split()):
            return block.line + n
    return block.line
