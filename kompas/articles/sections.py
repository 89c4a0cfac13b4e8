"""Which sections of an article are its principles, each with the analysis of its text."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kompas.articles.analysis import Analysis, analyse
from kompas.articles.source import FAQ_TITLE, Block, Outline, Section


@dataclass(frozen=True)
class Principle:
    """A principle's section (numbered, with the sections it absorbed) and its analysis."""

    section: Section
    analysis: Analysis


@dataclass(frozen=True)
class Choice:
    """The article's principles, and where they start and end among its sections."""

    principles: list[Principle]
    first: int  # index in ``outline.sections`` of the first principle
    last: int  # and of the last


def choose(outline: Outline) -> Choice | None:
    """The sections that are principles, or None when there is none: numbered headings;
    with the front-matter switch ``principles: headings`` every ``##`` section; without
    numbers, every ``##`` section from the first that gives advice (an item or a question)
    to the last that does. The analyses made to decide are kept, not made again."""
    analysed: dict[int, Analysis] = {}
    chosen, renumber = _sections(outline, analysed)
    if not chosen:
        return None
    first = outline.sections.index(chosen[0])
    last = outline.sections.index(chosen[-1])
    principles = []
    wholes = _absorb(outline, chosen, first, last, renumber=renumber)
    for s, whole in zip(chosen, wholes, strict=True):
        same = len(whole.blocks) == len(s.blocks) and id(s) in analysed and not renumber
        principles.append(Principle(whole, analysed[id(s)] if same else analyse(whole)))
    return Choice(principles, first, last)


def _sections(outline: Outline, analysed: dict[int, Analysis]) -> tuple[list[Section], bool]:
    # The sections that are principles, and whether their numbers are set aside: numbered
    # headings that give no item while other sections do ("## Thema 1: …" after the
    # sections that hold the advice) are read as headings like the others, numbered in
    # order with their label kept.
    regular = [s for s in outline.sections if is_regular(s)]
    numbered = [s for s in regular if s.number is not None]
    if outline.meta.get("principles") == "headings":
        return regular, False

    def give_items(found: list[Section]) -> bool:
        return any(a.checklist for a in _analyses(found, analysed))

    if numbered and (give_items(numbered) or not give_items(regular)):
        return numbered, False
    advice = [n for n, a in enumerate(_analyses(regular, analysed)) if a.gives_advice]
    return (regular[advice[0] : advice[-1] + 1] if advice else []), bool(numbered)


def outside(outline: Outline, choice: Choice) -> list[Principle]:
    """The intro and the sections before and after the principles (the FAQ and calls to
    action aside), each analysed as if it were a principle: what advice and questions the
    article gives outside its principles (the review report lists them)."""
    others = [
        s
        for n, s in enumerate(outline.sections)
        if is_regular(s) and not choice.first <= n <= choice.last
    ]
    return [Principle(s, analyse(s)) for s in (outline.intro, *others)]


def is_regular(s: Section) -> bool:
    """A section that may be a principle: no call to action, not the FAQ."""
    return not s.call and s.title.lower() != FAQ_TITLE


def _analyses(found: list[Section], analysed: dict[int, Analysis]) -> list[Analysis]:
    # The analysis of each section ``found``, made once and kept in ``analysed``.
    for s in found:
        analysed[id(s)] = analysed.get(id(s)) or analyse(s)
    return [analysed[id(s)] for s in found]


def _absorb(
    outline: Outline, chosen: list[Section], first: int, last: int, *, renumber: bool = False
) -> list[Section]:
    # Principles numbered in order where the heading has no number (every one, with its
    # label put back in its title, when ``renumber``), each holding the sections between it
    # and the next principle (nothing between them is lost).
    out: list[Section] = []
    ids = {id(s) for s in chosen}
    for s in outline.sections[first : last + 1]:
        if id(s) in ids and (renumber or s.number is None):
            title = f"{s.label} {s.title}" if s.label and not s.label[0].isdigit() else s.title
            out.append(replace(s, number=len(out) + 1, title=title, blocks=list(s.blocks)))
        elif id(s) in ids:
            out.append(replace(s, blocks=list(s.blocks)))
        elif is_regular(s):
            heading = Block("heading", s.markdown, s.line, text=s.title)
            out[-1].blocks += [heading, *s.blocks]
    return out
