"""How faithfully an article's conversion matches a gold annotation made by reading it.

Pure functions, no build: ``corpus`` (used by ``bench/fidelity.py`` and
``tests/test_fidelity.py``) converts the articles of ``tests/fixtures/real/``, builds their
pages and passes the results in here.

Matching rule (documented in tests/fixtures/real/README.md): two texts are compared on
their *content words*: lower-cased, Unicode-normalised words without Markdown syntax,
footnote references, heading attributes and a short fixed list of Dutch function words and
linking particles ("de", "en", "dan", "dus", …; negations such as "niet", "geen" stay). Their
similarity is the Dice coefficient of the two word sets, 2·|A∩B| / (|A|+|B|). Gold and
extracted texts are paired one to one, best pairs first, when the similarity is at least
``THRESHOLD``, or when the extracted text *extends* the gold text: it starts with all of the
gold's words (at least two) and goes on after a colon or comma ("Wees concreet." in the gold,
"Wees concreet: een review als … is niet voldoende." extracted: the advice with the article's
next sentence, which says what it is about), or it is the gold text after a condition and a
comma ("sluit de thread." in the gold, "Als dit een terugkerend probleem is, sluit de
thread." extracted: the advice with its condition kept, as the converter keeps it). So an
extracted item that joins two pieces of gold advice matches one of them and the other counts
as missed; an extracted item that matches nothing (or only an already matched gold text)
counts against precision.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml

from kompas.articles import lexicon
from kompas.articles.nlp import is_condition
from kompas.articles.source import BR_TAG, PRINCIPLE_HEADING
from kompas.markup import ALERT, FENCE_END, WIKILINK, unfenced, wikilink_text
from kompas.principles.model import Document, Principle

THRESHOLD = 0.5
# Function words and particles that tie a sentence to its neighbour: fixed, not per article.
STOPWORDS = lexicon.STOP_WORDS
_FOOTNOTE = re.compile(r"\[\^[^\]]*\]")
# The label of a footnote's definition ("[^29]: Nu onderdeel van …"): the page shows the text.
_FOOTNOTE_LABEL = re.compile(r"^\[\^[^\]]*\]:\s*")
_ATTRS = re.compile(r"\s*\{[:#.][^}]*\}\s*$")
# A link or image, its address without spaces (and an optional "title"): a broken link
# ("[H3.8](#anker].") must not reach the next ")" of the page and swallow the text between.
_LINK = re.compile(r'!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)')
# A link whose address has spaces ("[gids](https://…/FACT - a guide.pdf)", and an optional
# "title"): CommonMark reads it as text, the site's Python-Markdown as a link. Not in code.
_SPACED_LINK = re.compile(r'`[^`\n]*`|\]\(([^\s()<>"\']+(?: +[^\s()<>"\']+)+)((?: +"[^"]*")?)\)')
_PREFIX = re.compile(r"^\s*(?:(?:tip|stap|sleutel|les|regel)\s+)?\d+\s*[.:)–—-]?\s*", re.IGNORECASE)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "\u00a0": " "})


# The name of a Sphinx role left as text before its backtick (":term: `…`", ":ref:`…`").
_SPHINX_ROLE = re.compile(r":[a-z]+:?\s*(?=\\?`)")


def normalise(text: str) -> str:
    """Plain, comparable text: no Markdown links/emphasis/footnotes, one space, straight quotes."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _FOOTNOTE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _SPHINX_ROLE.sub("", text)  # ":term: `open data`" is the role's text
    text = re.sub(r"[*_`]+", "", text)
    return " ".join(text.split())


def words(text: str) -> frozenset[str]:
    """The content words of ``text`` (see the module docstring)."""
    found = re.findall(r"\w+", normalise(text).lower())
    return frozenset(w for w in found if w not in STOPWORDS)


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the content words of ``a`` and ``b`` (0 … 1)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def extends(extracted: str, gold: str) -> bool:
    """Whether ``extracted`` is ``gold`` (two words or more) followed by a colon or comma and
    more words (the same advice with what it is about), or ``gold`` after a condition and a
    comma ("Als …, sluit de thread."): the same advice with its condition."""
    g = normalise(gold).lower().rstrip(".!?:; ")
    e = normalise(extracted).lower().rstrip(".!?:; ")
    if len(g.split()) < 2:
        return False
    if e.startswith(g) and e[len(g) : len(g) + 1] in (":", ","):
        return True
    head = e[: -len(g)].rstrip()
    return e.endswith(g) and head.endswith(",") and is_condition((head.split() or [""])[0])


def title_key(title: str) -> str:
    """A principle title without heading attributes, number or 'Tip 1:' prefix (any word
    and number the converter takes for a numbered heading: "Thema 2:"), lower-case."""
    title = _ATTRS.sub("", normalise(BR_TAG.sub(" ", title)))
    numbered = PRINCIPLE_HEADING.match(title)  # the converter's own rule ("Thema 1: …")
    title = numbered.group(2) if numbered else _PREFIX.sub("", title)
    return title.strip().rstrip(".").lower()


@dataclass(frozen=True)
class GoldPrinciple:
    """The gold annotation of one principle."""

    title: str
    items: tuple[str, ...]
    optional: tuple[str, ...]
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Gold:
    """The gold annotation of one article (``<slug>.gold.yml``)."""

    article: str
    principles: tuple[GoldPrinciple, ...]


def load_gold(path: Path) -> Gold:
    """Read a ``.gold.yml`` file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Gold(
        article=str(data["article"]),
        principles=tuple(
            GoldPrinciple(
                title=str(p["title"]),
                items=tuple(str(t) for t in p.get("items") or ()),
                optional=tuple(str(t) for t in p.get("optional") or ()),
                questions=tuple(str(t) for t in p.get("questions") or ()),
            )
            for p in data["principles"]
        ),
    )


@dataclass
class Match:
    """Gold texts against extracted texts, paired one to one."""

    pairs: list[tuple[str, str, float]] = field(default_factory=list)  # (gold, extracted, sim)
    missed: list[str] = field(default_factory=list)  # required gold texts without a pair
    extra: list[str] = field(default_factory=list)  # extracted texts without a pair
    required: int = 0
    extracted: int = 0

    @property
    def found(self) -> int:
        """Required gold texts that have a pair."""
        return self.required - len(self.missed)

    @property
    def correct(self) -> int:
        """Extracted texts that have a pair (with a required or an optional gold text)."""
        return self.extracted - len(self.extra)


def match(required: Sequence[str], optional: Sequence[str], extracted: Sequence[str]) -> Match:
    """Pair gold texts with extracted texts (see the module docstring for the rule)."""
    gold = [(g, True) for g in required] + [(g, False) for g in optional]
    candidates = sorted(
        (
            (max(similarity(g, e), THRESHOLD if extends(e, g) else 0.0), gi, ei)
            for gi, (g, _) in enumerate(gold)
            for ei, e in enumerate(extracted)
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_g: set[int] = set()
    used_e: set[int] = set()
    result = Match(required=len(required), extracted=len(extracted))
    for sim, gi, ei in candidates:
        if sim < THRESHOLD:
            break
        if gi in used_g or ei in used_e:
            continue
        used_g.add(gi)
        used_e.add(ei)
        result.pairs.append((gold[gi][0], extracted[ei], sim))
    result.missed = [g for gi, (g, req) in enumerate(gold) if req and gi not in used_g]
    result.extra = [e for ei, e in enumerate(extracted) if ei not in used_e]
    return result


# What a total counts: item or question matches, and which part of them.
Kind = Literal["items", "questions"]
Part = Literal["found", "required", "correct", "extracted"]


@dataclass
class PrincipleScore:
    """One gold principle against the converted principle of the same title."""

    title: str
    principle_id: str | None  # None: no converted principle has this title
    items: Match
    questions: Match
    sentences: int = 0  # sentences in the principle's source section
    kept: int = 0  # of those, found in the text of its page
    lost: list[str] = field(default_factory=list)


@dataclass
class ArticleScore:
    """All scores of one article; ``error`` when it did not convert."""

    article: str
    error: str | None = None
    principles: list[PrincipleScore] = field(default_factory=list)
    stray_items: list[str] = field(default_factory=list)  # items of principles not in the gold
    stray_questions: list[str] = field(default_factory=list)
    remote: list[str] = field(default_factory=list)  # resources loaded from other hosts

    def count(self, kind: Kind, part: Part) -> int:
        """A total over the principles: of the item or question matches (``kind``), the
        gold texts ``found`` or ``required``, the extracted texts ``correct`` or
        ``extracted`` (those of principles not in the gold included)."""
        strays = self.stray_items if kind == "items" else self.stray_questions
        extra = len(strays) if part == "extracted" else 0
        total: int = sum(getattr(getattr(p, kind), part) for p in self.principles)
        return total + extra

    @property
    def sentences(self) -> int:
        return sum(p.sentences for p in self.principles)

    @property
    def kept(self) -> int:
        return sum(p.kept for p in self.principles)


def ratio(part: int, whole: int) -> float:
    """``part / whole``; 1.0 when there is nothing to find (nothing can be missed)."""
    return part / whole if whole else 1.0


def score(gold: Gold, doc: Document) -> ArticleScore:
    """Compare a converted document with its gold annotation."""
    result = ArticleScore(article=gold.article)
    by_key = {title_key(p.title): p for p in doc.principles}
    taken: set[str] = set()
    for g in gold.principles:
        p = by_key.get(title_key(g.title)) or _closest(g.title, doc.principles, taken)
        if p is not None:
            taken.add(p.id)
        items = [i.text for i in p.checklist] if p else []
        questions = [q.text for q in p.reflection] if p else []
        result.principles.append(
            PrincipleScore(
                title=g.title,
                principle_id=p.id if p else None,
                items=match(g.items, g.optional, items),
                questions=match(g.questions, (), questions),
            )
        )
    for p in doc.principles:
        if p.id not in taken:
            result.stray_items += [i.text for i in p.checklist]
            result.stray_questions += [q.text for q in p.reflection]
    return result


def _closest(title: str, principles: Iterable[Principle], taken: set[str]) -> Principle | None:
    best = max(
        (p for p in principles if p.id not in taken),
        key=lambda p: similarity(title, p.title),
        default=None,
    )
    if best is not None and similarity(title, best.title) >= 0.8:
        return best
    return None


def sections_markdown(text: str, titles: Sequence[str]) -> list[str | None]:
    """:func:`section_markdown` of each title in order; a title that repeats ("Handhaving"
    twice) takes its next section with that title each time."""
    seen: dict[str, int] = {}
    out = []
    for title in titles:
        key = title_key(title)
        out.append(section_markdown(text, title, seen.get(key, 0)))
        seen[key] = seen.get(key, 0) + 1
    return out


def section_markdown(text: str, title: str, occurrence: int = 0) -> str | None:
    """The Markdown of the ``##`` section titled ``title`` (matched by ``title_key``), up to
    the next ``##`` heading, subsections included; None when there is none. With
    ``occurrence`` n, the (n+1)-th section with that title."""
    lines = text.splitlines()
    start = None
    fence = False
    for n, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if fence:
            continue
        m = re.match(r"^##\s+(.*?)\s*$", line)
        if m is None:
            continue
        heading = re.sub(r"<!--.*?-->", "", m.group(1)).strip()
        if start is not None:
            return "\n".join(lines[start:n])
        if title_key(heading) == title_key(title):
            if occurrence == 0:
                start = n + 1
            occurrence -= 1
    return "\n".join(lines[start:]) if start is not None else None


def plain_blocks(markdown: str) -> list[str]:
    """The plain text of each paragraph, list item, table cell and heading in ``markdown``."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    # An address with spaces in <…>, which CommonMark does take for one: read as the site does.
    markdown = _SPACED_LINK.sub(lambda m: f"](<{m[1]}>{m[2]})" if m[1] else m[0], markdown)
    # A fenced box (":::{tip} …") shows its title and its text, not its fences.
    markdown = unfenced(markdown)
    out = []
    for tok in md.parse(markdown):
        if tok.type != "inline" or not tok.children:
            continue
        parts = []
        for child in tok.children:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
        # A callout's "[!TIP]" is markup: the page shows a box with a title instead.
        # A wikilink shows its text.
        text = WIKILINK.sub(wikilink_text, ALERT.sub("", "".join(parts)))
        text = _FOOTNOTE_LABEL.sub("", text)
        text = FENCE_END.sub("", text)
        text = normalise(_ATTRS.sub("", text))
        if text:
            out.append(text)
    return out


def sentences_of(markdown: str) -> list[str]:
    """The sentences of a section's Markdown, as they should read on its page."""
    from kompas.articles import nlp

    found = []
    for block in plain_blocks(markdown):
        found += [normalise(s) for s in nlp.sentences(block) if s.strip()]
    return [s for s in found if re.search(r"\w", s)]


def lost(sentences: Sequence[str], page_text: str) -> list[str]:
    """The sentences (normalised) that do *not* appear in ``page_text``."""
    page = normalise(page_text)
    return [s for s in sentences if normalise(s) not in page]
