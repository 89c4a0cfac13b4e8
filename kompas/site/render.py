"""Markdown to HTML for article text, with raw HTML shown as text (never executed).

The one exception: a few presentational inline tags without attributes (``INLINE_TAGS``,
such as ``<del>…</del>`` and ``<sup>…</sup>``, and ``<br>``) are those elements, with
``<strike>`` (obsolete) as ``<s>``. A tag with attributes, one without its closing tag and
any other tag (``<script>``, ``<img>``, ``<a>`` …) stay text. A backslash at the end of a
line is a line break, as in CommonMark (and as two spaces are).

Tables, footnotes and attribute lists (``{#id}``, ``{: .class }``) render as in the
site's own pages; a callout ("> [!TIP] Titel") as a titled box. A local image gets a placeholder address that ``media.link`` makes
relative to the page it is shown on; the build refuses remote images before this point.
"""

from __future__ import annotations

import posixpath
import re
import string
from collections.abc import Sequence
from functools import cache
from xml.etree.ElementTree import Element

import markdown
from markdown.inlinepatterns import (
    InlineProcessor,
    SimpleTagInlineProcessor,
    SubstituteTagInlineProcessor,
)
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from kompas.markup import (
    ALERT,
    FENCE_CLOSE,
    FENCE_OPTION,
    WIKILINK,
    alert_box,
    fence_box,
    wikilink_text,
)
from kompas.site.media import PLACEHOLDER

_SAFE_SCHEMES = ("http:", "https:", "mailto:", "#", "/", "./", "../")
# Raw HTML an article may use as such: presentational inline tags, never with attributes.
INLINE_TAGS = (
    "strike",
    "s",
    "del",
    "ins",
    "sub",
    "sup",
    "u",
    "i",
    "b",
    "em",
    "strong",
    "mark",
    "small",
)
# One of them, not after a backslash, up to its own closing tag (in any case).
_INLINE_TAG = rf"(?i)(?<!\\)<({'|'.join(INLINE_TAGS)})>(.+?)</\1>"
_STRUCK = r"(~~)(?!\s)(.+?)(?<!\s)~~"
_SPAN = r"(?i)(?<!\\)<(span)(?:\s[^<>]*)?>(.+?)</span>"


def markdown_to_html(text: str) -> Markup:
    """Render article Markdown to HTML; any raw HTML in it is escaped, unsafe links dropped."""
    return Markup(_markdown().reset().convert(text))


def markdown_with_anchors(text: str, quotes: Sequence[str]) -> tuple[Markup, dict[str, str]]:
    """Render ``text`` as ``markdown_to_html`` does, and give the first block (paragraph, list
    item, table cell, heading) that holds each quote an id ``tekst-<n>``, so that a source
    can link to the passage it comes from. Returns the HTML and each found quote's id."""
    md = _markdown().reset()
    anchors = next(t for t in md.treeprocessors if isinstance(t, _Anchors))
    anchors.quotes, anchors.found = list(quotes), {}
    try:
        html = md.convert(text)
        return Markup(html), anchors.found
    finally:
        anchors.quotes, anchors.found = [], {}


@cache
def _markdown() -> markdown.Markdown:
    # One converter per process (building one costs more than converting a page); reset per use.
    md = markdown.Markdown(
        output_format="html",
        # toc gives subsection headings an id: a search result can point at them, and the
        # search index keeps a heading apart from the text around it. fenced_code: an
        # article's ``` blocks (example prompts, code) are shown as code, as the parser reads them.
        extensions=["tables", "footnotes", "attr_list", "toc", "fenced_code", "admonition"],
        extension_configs={
            "footnotes": {
                "UNIQUE_IDS": True,
                "BACKLINK_TITLE": "Terug naar voetnoot %d in de tekst",
                "SUPERSCRIPT_TEXT": "{}",
            }
        },
    )
    md.preprocessors.deregister("html_block")
    # ":::{tip} Titel" … ":::" (MyST, Pandoc) as Python-Markdown's "!!! tip" box.
    md.preprocessors.register(_Fences(md), "kompas_fences", 25)
    md.inlinePatterns.deregister("html")
    # Any ASCII punctuation can be escaped, as in CommonMark ("\\<", "\\~", "\\@"), not only
    # the characters Python-Markdown knows: an article written for another tool shows no
    # stray backslash.
    md.ESCAPED_CHARS = sorted(set(md.ESCAPED_CHARS) | set(string.punctuation))
    # A backslash before a newline: a line break. Run after "escape" (180), which leaves it
    # alone (a newline is no escapable character) but takes an escaped backslash first, so
    # "\\" before a newline stays one backslash and no break.
    hard_break = SubstituteTagInlineProcessor(r"\\\n", "br")
    md.inlinePatterns.register(hard_break, "kompas_hard_break", 175)
    # Where "html" was: after code spans and escapes, so that a tag in code or after a
    # backslash stays text.
    md.inlinePatterns.register(_InlineTag(_INLINE_TAG, md), "kompas_inline_tag", 90)
    # "~~struck~~" as <del>, as GitHub and CommonMark's extension write it (a single "~"
    # stays text: "+- 80 karakters", "~5 min"); Python-Markdown's own processor, as its
    # "**strong**" is.
    md.inlinePatterns.register(SimpleTagInlineProcessor(_STRUCK, "del"), "kompas_struck", 65)
    # "<span style=…>…</span>" (colour in a page written for another tool): its text, in a
    # span without the attributes.
    md.inlinePatterns.register(_InlineTag(_SPAN, md), "kompas_span", 91)
    md.inlinePatterns.register(
        SubstituteTagInlineProcessor(r"(?i)<br\s*/?>", "br"), "kompas_br", 89
    )
    # "[[Pagina|tekst]]" (a link between notes in Obsidian): its text, before "[…]" is read
    # as a reference.
    md.inlinePatterns.register(_WikiLink(WIKILINK.pattern, md), "kompas_wikilink", 172)
    # Articles hold no code: an indented paragraph (a tab before it) stays a paragraph.
    md.parser.blockprocessors.deregister("code")
    md.treeprocessors.register(_Alerts(md), "kompas_alerts", 5)  # after inline markup
    md.treeprocessors.register(_SafeSources(md), "kompas_safe_links", 0)
    md.treeprocessors.register(_Anchors(md), "kompas_anchors", 1)  # after inline markup
    return md


class _InlineTag(InlineProcessor):
    """A pair of ``INLINE_TAGS`` as that element (``strike`` as ``s``). What it holds is
    Markdown (emphasis, links, code), though not another such tag: that stays text."""

    # Python-Markdown's InlineProcessor itself changes the signature of its base, Pattern.
    def handleMatch(self, m: re.Match[str], data: str) -> tuple[Element, int, int]:  # type: ignore[override]
        tag = m.group(1).lower()
        el = Element("s" if tag == "strike" else tag)
        el.text = m.group(2)
        return el, m.start(0), m.end(0)


class _Fences(Preprocessor):
    """A box fenced with colons (":::{tip} Titel", "::: {.tip}", up to a line of colons) as
    an admonition with its title; a fence that is never closed, or another directive
    ("{image}"), stays text."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        n = 0
        if not any(line.startswith(":::") for line in lines):
            return lines  # most texts: no fence to look for
        while n < len(lines):
            box = fence_box(lines[n]) if lines[n].startswith(":::") else None
            end = None
            if box is not None:
                end = next((k for k in range(n + 1, len(lines)) if FENCE_CLOSE.match(lines[k])), None)
            if box is None or end is None:
                out.append(lines[n])
                n += 1
                continue
            body = [line for line in lines[n + 1 : end] if not FENCE_OPTION.match(line)]
            title = box[1].replace('"', "'")
            out += ["", f'!!! {box[0]} "{title}"', ""]
            out += [f"    {line}" if line.strip() else "" for line in body]
            out.append("")
            n = end + 1
        return out


class _WikiLink(InlineProcessor):
    """A wikilink as the text it shows (the note it points to is not on this site)."""

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str, int, int]:  # type: ignore[override]
        return wikilink_text(m), m.start(0), m.end(0)


class _Alerts(Treeprocessor):
    """A callout as GitHub and Obsidian write it ("> [!TIP] Casus", then its text) as a box
    with its title, in mkdocs-material's admonition style; the Dutch name of its kind when
    the author gave no title. Python-Markdown joins quotes that only a blank line parts into
    one, so each "[!…]" inside a quote opens a box of its own; any other quote stays one."""

    def run(self, root: Element) -> None:
        quotes = [q for q in root.iter("blockquote") if any(_alert(child) for child in q)]
        if not quotes:
            return  # most pages: nothing to walk
        parents = {child: parent for parent in root.iter() for child in parent}
        for quote in quotes:
            parent = parents.get(quote)
            if parent is None:
                continue
            at = list(parent).index(quote)
            parent.remove(quote)
            for n, box in enumerate(_boxes(quote)):
                parent.insert(at + n, box)


def _alert(el: Element) -> re.Match[str] | None:
    # The "[!TIP]" that opens a paragraph, if it does.
    return ALERT.match(el.text or "") if el.tag == "p" else None


def _boxes(quote: Element) -> list[Element]:
    # The quote's children split at each callout: a quote before the first, then a box each.
    out: list[Element] = []
    for child in list(quote):
        found = _alert(child)
        if found is None:
            if not out:
                out.append(Element("blockquote"))
            out[-1].append(child)
            continue
        style, default = alert_box(found.group(1))
        line, _, rest = (child.text or "")[found.end() :].partition("\n")
        box = Element("div", {"class": f"admonition {style}"})
        title = Element("p", {"class": "admonition-title"})
        title.text = line.strip() or default
        box.append(title)
        child.text = rest
        if rest.strip() or len(child):
            box.append(child)
        out.append(box)
    return out


class _Anchors(Treeprocessor):
    """Gives the block that holds each of ``quotes`` an id (markdown_with_anchors)."""

    quotes: list[str] = []  # noqa: RUF012 (set per conversion)
    found: dict[str, str] = {}  # noqa: RUF012

    def run(self, root: Element) -> None:
        if not self.quotes:
            return
        blocks = [el for el in root.iter() if el.tag in _BLOCKS]
        texts = [_words(_text(el)) for el in blocks]
        for quote in self.quotes:
            if quote in self.found:
                continue
            wanted = _words(_PLAIN.sub(lambda m: m.group(1) or "", quote))
            for n, (el, words) in enumerate(zip(blocks, texts, strict=True)):
                if _holds(words, wanted):
                    el.set("id", el.get("id") or f"tekst-{n + 1}")
                    self.found[quote] = el.get("id", "")
                    break


class _SafeSources(Treeprocessor):
    """Removes link targets such as ``javascript:`` that are no web address, and gives
    local images their placeholder address."""

    def run(self, root: Element) -> None:
        for el in root.iter():
            for attr in ("href", "src"):
                value = el.get(attr)
                if value is None:
                    continue
                if el.tag == "img" and attr == "src" and _is_local(value):
                    el.set("src", PLACEHOLDER + posixpath.normpath(value.strip()))
                elif not _is_safe(value):
                    del el.attrib[attr]


# Blocks a source can point at, and Markdown a quote may carry that the page does not show
# (a footnote reference, a link's address, emphasis, an inline tag).
_BLOCKS = frozenset({"p", "li", "td", "th", "dt", "dd", "h2", "h3", "h4", "h5", "h6"})
_PLAIN = re.compile(
    r"\[\^[^\]]*\]|!?\[([^\]]*)\]\([^)]*\)|[*_`]+"
    rf"|(?i:</?(?:{'|'.join(INLINE_TAGS)})>|<br\s*/?>)"
)


def _words(text: str) -> list[str]:
    # The words of a text, lower case, without punctuation and numbers (a footnote's number
    # sits inside the shown text, not inside the quote).
    return [w for w in re.findall(r"\w+", text.lower()) if not w.isdigit()]


def _text(el: Element) -> str:
    # The text an element shows, without footnote numbers (a <sup> with an id; an author's
    # own <sup> has none).
    parts = [el.text or ""]
    for child in el:
        if child.tag != "sup" or not child.get("id"):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _holds(words: list[str], wanted: list[str]) -> bool:
    # Whether ``wanted`` occurs in ``words`` as a run (the first 8 words when it is longer,
    # which a footnote number inside the quote may interrupt).
    head = wanted[:8]
    if not head:
        return False
    return any(words[i : i + len(head)] == head for i in range(len(words) - len(head) + 1))


def _is_safe(url: str) -> bool:
    # Web, mail and relative addresses only.
    url = url.strip().lower()
    return url.startswith(_SAFE_SCHEMES) or ":" not in url.split("/", 1)[0]


def _is_local(url: str) -> bool:
    # A path relative to the article (no scheme, no host, not site-absolute).
    url = url.strip()
    return bool(url) and not url.startswith(("/", "#")) and ":" not in url.split("/", 1)[0]
