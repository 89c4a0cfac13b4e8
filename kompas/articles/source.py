"""Parse an article in the documented Markdown format into a neutral outline.

The outline keeps, for every block, the verbatim Markdown and the line it starts on, so
that everything extracted from it can name its source. markdown-it-py parses the text (with
mdit-py-plugins for the front matter and footnotes); this module walks its syntax tree.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from kompas.articles.lexicon import DO_HEADERS, NEGATIONS
from kompas.errors import ContentError
from kompas.markup import (
    ALERT,
    FENCE_END,
    HTML_TAG,
    WIKILINK,
    WIKILINK_MARK,
    html_is_text,
    html_to_markdown,
    unfenced,
    wikilink_text,
)
from kompas.principles import store

FRONT_MATTER_KEYS = frozenset(
    {"title", "author", "organisation", "source", "date", "order", "principles"}
)
REQUIRED_KEYS = ("title", "author")
# The front-matter switch for articles whose principles are plain '##' headings.
PRINCIPLES_SWITCH = "principles: headings"
# A numbered principle heading: "1. Titel", "Tip 1: Titel", "Sleutel 3 – Titel", "Stap 2. Titel",
# "Tip #1: Titel".
PRINCIPLE_HEADING = re.compile(r"^(?:[^\W\d_]+\s+)?#?(\d{1,2})\s*[.:)\-–—]\s*(\S.*)$")
# "## 1<TAB>Titel": a number and a tab, without punctuation (a space alone is no mark: "3
# tips voor …" is a title that starts with a number).
# A raw line break tag, "<br>", "<br/>" or "<br />".
BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAB_NUMBER = re.compile(r"^\s*\d{1,2}\t")
_SPACE_NUMBER = re.compile(r"^(\d{1,2})\s+(\S.*)$")
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
# Attributes at the end of a heading or paragraph (attr_list / Pandoc): {#id}, {: .class key=v}.
_ATTR = r"(?:[#.][\w-]+|[\w-]+=(?:\"[^\"]*\"|\S+?))"
ATTRS = re.compile(rf"\s*\{{:?\s*({_ATTR}(?:\s+{_ATTR})*)\s*\}}\s*$")
HEADING_FLAGS = frozenset({"redactie", "oproep"})
FAQ_TITLE = "veelgestelde vragen"
CHECKLIST_TITLES = frozenset({"checklist"})
REFLECTION_TITLES = frozenset({"reflectie", "reflectievragen"})
# Raw HTML elements that load something from elsewhere, or run code.
_EMBEDS = re.compile(
    r"<\s*(img|iframe|video|audio|source|script|embed|object|picture|link|style)\b", re.I
)
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\](?!:)")
# Stands for a hard line break in _plain until it is known what follows it.
_HARD_BREAK = "\ue000"
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\t": " "})


# What a block of an article is.
BlockKind = Literal["paragraph", "list", "heading", "marker", "quote", "table", "footnote", "other"]


@dataclass(frozen=True)
class Block:
    """A paragraph, list, heading, marker comment or other block, with its verbatim Markdown."""

    kind: BlockKind
    markdown: str
    line: int
    text: str = ""  # plain text (paragraph, heading) or marker body
    items: tuple[tuple[str, int], ...] = ()  # list items, table cells: (plain text, line)
    end: int = 0  # the last line of the block


@dataclass(frozen=True)
class Image:
    """A local image an article shows: its path under content_src/ and where it is used."""

    path: str
    line: int
    alt: str


@dataclass
class Section:
    """A heading's section: every block up to the next heading of its level or higher.

    A ``##`` section's ``blocks`` hold everything inside it, deeper headings included;
    ``subsections`` are its ``###`` parts (for the FAQ and explicit checklists).
    """

    title: str
    line: int
    level: int
    editorial: bool = False  # <!-- redactie -->: the editors wrote the heading
    call: bool = False  # <!-- oproep -->: a call to action, kept in the source, not shown
    number: int | None = None
    label: str = ""  # what the number came with: "3.", "Tip 3:", "Thema 1:"
    anchor: str | None = None  # the author's {#id}
    markdown: str = ""  # the heading line as written
    blocks: list[Block] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)


@dataclass
class Outline:
    """A parsed article: front matter, its sections in order, and what the parser noticed."""

    path: Path
    meta: dict[str, Any]
    intro: Section
    sections: list[Section]
    images: list[Image] = field(default_factory=list)
    footnotes: dict[str, Block] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_text(path: Path) -> str:
    """Read a source file as UTF-8 (a byte-order mark is dropped, line ends made ``\\n``),
    reporting the line of the first bad byte."""
    return decode(path, path.read_bytes())


def decode(path: Path, data: bytes) -> str:
    """``data``, read from ``path``, as text: ``read_text`` for bytes already read."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data[:start].count(b"\n") + 1
        raise ContentError(
            path,
            line,
            f"the file is not UTF-8 (byte 0x{data[start]:02x} cannot be decoded)",
            "save the file with UTF-8 encoding (most editors: 'Save with encoding' → UTF-8)",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse(path: Path, text: str) -> Outline:
    """Parse article ``text`` read from ``path``."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    # A fenced box (":::{tip} …" … ":::") is read as its text, its title a line of its own.
    root = SyntaxTreeNode(_parser().parse(unfenced(text)))
    nodes = list(root.children)
    if not nodes or nodes[0].type != "front_matter":
        _no_front_matter(path, lines)
    meta, warnings = _front_matter(path, nodes[0])
    outline = Outline(path, meta, Section("", (nodes[0].map or (0, 1))[1] + 1, 1), [])
    outline.warnings += warnings
    body = _body(nodes[1:])
    current = outline.intro
    sub: Section | None = None
    shift = _shift(body)
    for node in body:
        line = _start(node) + 1
        blocks = _blocks(path, node, lines, outline)
        if node.type == "heading":
            section = _heading(path, node, line, shift)
            section.markdown = lines[line - 1].strip()
            level = section.level
            if level <= 2:
                outline.sections.append(section)
                current, sub = section, None
                continue
            current.blocks += blocks
            if level == 3:
                sub = section
                current.subsections.append(sub)
            elif sub is not None:
                sub.blocks += blocks
            continue
        current.blocks += blocks
        if sub is not None:
            sub.blocks += blocks
    return outline


@cache
def _parser() -> MarkdownIt:
    # CommonMark with tables, footnotes and front matter; indented text is never code
    # (articles hold no code, and a tab before a paragraph must not hide it).
    return (
        MarkdownIt("commonmark")
        .use(front_matter_plugin)
        .use(footnote_plugin)
        .enable(["table", "strikethrough"])
        .disable("code")
    )


def _start(node: SyntaxTreeNode) -> int:
    # 0-based first line of a block node (a footnote: its first paragraph).
    if node.type == "footnote":
        return min((_start(c) for c in node.children), default=0)
    return node.map[0] if node.map else 0


def _end(node: SyntaxTreeNode) -> int:
    # 0-based line after a block node.
    if node.type == "footnote":
        return max((_end(c) for c in node.children), default=0)
    return node.map[1] if node.map else 0


def _blocks(path: Path, node: SyntaxTreeNode, lines: list[str], outline: Outline) -> list[Block]:
    # One top-level node as Blocks: itself, or one marker per HTML comment, or the blocks of
    # a raw HTML list or text read as Markdown.
    block = _block(path, node, lines, outline)
    if block.kind == "other" and node.type == "html_block" and html_is_text(node.content):
        return _html_blocks(path, node, outline)
    found = COMMENT.findall(node.content) if node.type == "html_block" else []
    if block.kind != "marker" or len(found) < 2:
        return [block]
    return [
        Block("marker", block.markdown, block.line, text=f.strip(), end=block.end) for f in found
    ]


def _html_blocks(path: Path, node: SyntaxTreeNode, outline: Outline) -> list[Block]:
    # "<ul><li><strong>Neem kennis …</strong><br>Zorg dat …</li>…", "<br>\nNaast …": the
    # blocks of the HTML converted to Markdown (shown on the page as such, every word kept);
    # each entry on the line of the HTML where its first words are.
    markdown = html_to_markdown(node.content).strip("\n")
    lines = markdown.split("\n")
    start, end = _start(node), _end(node)
    raw = [" ".join(HTML_TAG.sub(" ", line).split()) for line in node.content.split("\n")]
    out = []
    for sub in SyntaxTreeNode(_parser().parse(markdown)).children:
        b = _block(path, sub, lines, outline)
        items = tuple((t, _html_line(raw, t, start, start + n)) for t, n in b.items)
        first = _html_line(raw, b.text or "".join(t for t, _ in items[:1]), start, start + b.line)
        out.append(replace(b, line=first, end=end, items=items))
    return out


def _html_line(raw: list[str], text: str, start: int, guess: int) -> int:
    # The 1-based file line on which ``text`` starts in an HTML block whose first line is
    # ``start`` (0-based) and whose lines without tags are ``raw``; else ``guess``.
    head = " ".join(text.split()[:3])
    found = next((n for n, line in enumerate(raw) if head and head in line), None)
    return guess if found is None else start + found + 1


def _block(path: Path, node: SyntaxTreeNode, lines: list[str], outline: Outline) -> Block:
    # One top-level node as a Block; a block of HTML comments is a marker.
    start, end = _start(node), _end(node)
    markdown = "\n".join(lines[start:end]).strip()
    line = start + 1
    _check_media(path, node, line, outline)
    if node.type == "paragraph":
        return Block("paragraph", markdown, line, text=_plain(node), end=end)
    if node.type in ("bullet_list", "ordered_list"):
        return Block("list", markdown, line, items=_items(node), end=end)
    if node.type == "heading":
        return Block("heading", markdown, line, text=_title(node)[0], end=end)
    if node.type == "html_block":
        found = COMMENT.findall(node.content)
        if found and not COMMENT.sub("", node.content).strip():
            # One marker block per comment; they share the comment block's source.
            return Block("marker", node.content.strip(), line, text=found[0].strip(), end=end)
        return Block("other", markdown, line, end=end)
    if node.type == "footnote":
        label = str(node.meta.get("label", ""))
        block = Block("footnote", markdown, line, text=label, end=end)
        outline.footnotes[label] = block
        return block
    if node.type == "blockquote":
        return Block("quote", markdown, line, items=_items(node, quote=True), end=end)
    if node.type == "table":
        return Block("table", markdown, line, items=_cells(node), end=end)
    return Block("other", markdown, line, end=end)


def _items(node: SyntaxTreeNode, *, quote: bool = False) -> tuple[tuple[str, int], ...]:
    # The paragraphs of a list or quote as plain text with their lines, without the titles
    # of other pages; in a quote, without a paragraph in italics from end to end ("> _Kijk
    # voorbij de boodschap_", a pull-quote or its original): someone else's words, never the
    # author's advice. Their text stays on the page.
    paragraphs = [
        p
        for p in node.walk()
        if p.type == "paragraph"
        and p.map
        and not _titled_link(p)
        and not (quote and _wholly(p, "em"))
    ]
    texts = [_plain(p) for p in paragraphs]
    if quote and paragraphs and paragraphs[0] is _first_paragraph(node):
        texts[0] = _without_alert(paragraphs[0], texts[0])
    return tuple((t, _start(p) + 1) for p, t in zip(paragraphs, texts, strict=True) if t)


def _first_paragraph(node: SyntaxTreeNode) -> SyntaxTreeNode | None:
    # The quote's first paragraph, if it opens with one.
    first = node.children[0] if node.children else None
    return first if first is not None and first.type == "paragraph" else None


def _without_alert(paragraph: SyntaxTreeNode, text: str) -> str:
    # "> [!TIP] Casus" / "> Tijdens de sprint …": the callout's marker is markup, its title
    # a line of its own (the page shows it as the box's title); "[!TIP]" alone leaves the text.
    inline = paragraph.children[0] if paragraph.children else None
    first = inline.children[0] if inline and inline.children else None
    opening = first.content if first is not None and first.type == "text" else ""
    found = ALERT.match(opening)
    if found is None:
        return text
    title = opening[found.end() :].strip()  # up to the line's end: the node's text
    rest = text[found.end() :].strip()
    body = rest[len(title) :].strip()
    return f"{title}\n{body}" if title and body else rest


def _cells(table: SyntaxTreeNode) -> tuple[tuple[str, int], ...]:
    # The cells of a table's body that may hold advice, with their lines: every column but
    # the first, which names the case ("Vastlopen in een lus | Herstart het gesprek."),
    # unless its header says what to do ("Doen | Niet doen"); no column whose header says
    # what not to do ("Niet doen", "Vermijd").
    head = [_plain(c).lower() for c in table.walk() if c.type == "th"]
    skip = {n for n, h in enumerate(head) if set(h.split()) & NEGATIONS}
    if not head or head[0] not in DO_HEADERS:
        skip.add(0)
    rows = [
        tr for tr in table.walk() if tr.type == "tr" and tr.parent and tr.parent.type == "tbody"
    ]
    return tuple(
        (text, row.map[0] + 1)
        for row in rows
        if row.map
        for n, td in enumerate(row.children)
        if n not in skip and (text := _plain(td))
    )


def _wholly(paragraph: SyntaxTreeNode, kind: str) -> bool:
    # Whether the paragraph's text is all inside one ``kind`` node ("em", "link").
    inline = paragraph.children[0] if paragraph.children else None
    parts = [
        c for c in (inline.children if inline else []) if c.type != "text" or c.content.strip()
    ]
    return len(parts) == 1 and parts[0].type == kind


def _titled_link(paragraph: SyntaxTreeNode) -> bool:
    # A list entry that is one link named in title case ("- [Sprint Review Meeting](…)" under
    # "Bronnen"): the title of another page, never advice or a question of this one (a link
    # in sentence case, "[Controleer of koppen …](…)", may be advice). Its text stays in the
    # explanation.
    words = _plain(paragraph).split()
    return (
        _wholly(paragraph, "link")
        and len(words) > 1
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    )


def footnote_refs(markdown: str) -> list[str]:
    """The footnote labels a piece of Markdown refers to, in order."""
    return list(dict.fromkeys(_FOOTNOTE_REF.findall(markdown)))


def _check_media(path: Path, node: SyntaxTreeNode, line: int, outline: Outline) -> None:
    # Images must be local files under content_src/; nothing may load from another host.
    for n in node.walk():
        if n.type in ("html_block", "html_inline"):
            _check_html(path, n, line)
        elif n.type == "image":
            outline.images.append(_image(path, n, line))


def _check_html(path: Path, n: SyntaxTreeNode, line: int) -> None:
    # Raw HTML may hold comments, never an element that loads something or runs code.
    found = _EMBEDS.search(COMMENT.sub("", n.content))
    if found:
        tag = found.group(1).lower()
        raise ContentError(
            path,
            _line_in(n, line),
            f"the article embeds an HTML <{tag}> element, which would load from "
            "another host or run code on the site",
            "save the image next to the article (content_src/img/ or "
            "content_src/<article>/) and write ![what it shows](img/name.png); "
            "for a video or page, link to it: [title](https://…)",
        )


def _image(path: Path, n: SyntaxTreeNode, line: int) -> Image:
    # An image node as a local Image with alt text, or the error that says what is wrong.
    src = str(n.attrs.get("src", ""))
    alt = _plain(n, alt=True)
    where = _line_in(n, line)
    if _REMOTE.match(src):
        raise ContentError(
            path,
            where,
            f"the image '{src}' is loaded from another host",
            "save the image next to the article (content_src/img/ or content_src/"
            f"{path.stem}/) and refer to it by that path, e.g. ![{alt or '…'}](img/name.png)",
        )
    rel = _local(path, src)
    if rel is None or not (path.parent / rel).is_file():
        raise ContentError(
            path,
            where,
            f"the image '{src}' does not exist",
            "save it in content_src/img/ or content_src/"
            f"{path.stem}/ and write its path relative to the article",
        )
    if not alt:
        raise ContentError(
            path,
            where,
            f"the image '{src}' has no alt text",
            f"describe what it shows between the brackets: ![Wat de foto laat zien]({src})",
        )
    return Image(rel, where, alt)


def _local(path: Path, src: str) -> str | None:
    # The image path relative to content_src/, or None when it points outside it.
    target = (path.parent / src.split("#")[0].split("?")[0]).resolve()
    try:
        rel = target.relative_to(path.parent.resolve()).as_posix()
    except ValueError:
        return None
    return None if rel.startswith("principles/") else rel


def _line_in(node: SyntaxTreeNode, block_line: int) -> int:
    # The line of an inline node: the block's line plus the line breaks before it.
    parent = node
    while parent.parent is not None and parent.type != "inline":
        parent = parent.parent
    if parent.type != "inline":
        return (node.map[0] + 1) if node.map else block_line
    breaks = 0
    for child in parent.children:
        if child is node or node in list(child.walk()):
            break
        breaks += child.type in ("softbreak", "hardbreak")
    return (parent.map[0] + 1 if parent.map else block_line) + breaks


def _no_front_matter(path: Path, lines: list[str]) -> None:
    # The article has no '---' block at its top: say which part is missing.
    example = 'put\n  ---\n  title: "…"\n  author: "…"\n  ---\n  at the top of the file'
    if lines and lines[0].strip() == "---":
        raise ContentError(
            path, 1, "the front matter is not closed", "add a line '---' after the last key"
        )
    raise ContentError(path, 1, "the file does not start with front matter", example)


def _front_matter(path: Path, node: SyntaxTreeNode) -> tuple[dict[str, Any], list[str]]:
    # The front matter's keys, checked; and a warning for keys of other tools.
    raw = node.content.translate(_SPACES)
    meta = _front_matter_yaml(path, raw)
    foreign = _foreign_keys(path, meta, raw)
    ours = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in meta.items()}
    ours = {k: v for k, v in ours.items() if k in FRONT_MATTER_KEYS}
    for key in REQUIRED_KEYS:
        value = ours.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ContentError(
                path,
                (node.map or (0, 2))[1],
                f"the front matter has no '{key}'",
                f"add a line '{key}: …' (text) between the two '---' lines",
            )
    store.validate_against(
        _front_matter_schema(), ours, path, raw, fix=_FRONT_MATTER_FIX, first_line=2
    )
    warnings = []
    if foreign:
        warnings.append(f"{path}:2: front matter keys of other tools ignored: {', '.join(foreign)}")
    return ours, warnings


def _front_matter_yaml(path: Path, raw: str) -> dict[Any, Any]:
    # The front matter as a mapping, or the error that says what is wrong with it.
    example = 'put\n  ---\n  title: "…"\n  author: "…"\n  ---\n  at the top of the file'
    try:
        meta = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        raise store.yaml_error(
            path,
            exc,
            "the front matter is not valid YAML",
            "write one 'key: value' per line; quote values that contain ':' or '#'",
            first_line=2,
        ) from None
    if not isinstance(meta, dict):
        raise ContentError(path, 2, "the front matter is not a list of keys", example)
    return meta


def _foreign_keys(path: Path, meta: dict[Any, Any], raw: str) -> list[str]:
    # Keys of other tools (ignored); a near miss of one of ours is an error naming it.
    key_lines = {
        line.split(":", 1)[0].strip(): n
        for n, line in enumerate(raw.split("\n"), start=2)
        if line[:1].isalpha()
    }
    foreign = []
    for key in meta:
        if str(key) in FRONT_MATTER_KEYS:
            continue
        close = difflib.get_close_matches(str(key).lower(), FRONT_MATTER_KEYS, n=1, cutoff=0.75)
        if close:
            raise ContentError(
                path,
                key_lines.get(str(key), 2),
                f"unknown front matter key '{key}' (did you mean '{close[0]}'?)",
                f"rename it to '{close[0]}'; the keys are {', '.join(sorted(FRONT_MATTER_KEYS))}",
            )
        foreign.append(str(key))
    return foreign


@cache
def _front_matter_schema() -> dict[str, Any]:
    # The schema of an article's front matter.
    text = resources.files("kompas.principles").joinpath("front_matter.schema.json")
    return dict(json.loads(text.read_text(encoding="utf-8")))


_FRONT_MATTER_FIX = (
    "write title, author (text), and if wanted organisation, source, date (2025-01-31), "
    "order (1, 2, …) and principles: headings (every ## heading a principle) or "
    "principles: numbered"
)


def _title(node: SyntaxTreeNode) -> tuple[str, str | None, set[str], str]:
    # A heading's plain title (emphasis, links and markers dropped: "## **Formuleer …**" is
    # titled "Formuleer …" on its page, in the compass and in the spiegel), its {#id}, flags
    # and raw text.
    raw = node.children[0].content if node.children else ""
    comments = (m.group(1).split() for m in COMMENT.finditer(raw))
    flags = {w for words in comments if _marks(words) for w in words}
    attrs = ATTRS.search(COMMENT.sub("", raw).strip())
    anchor = attrs and next((a[1:] for a in attrs.group(1).split() if a.startswith("#")), None)
    # A title is one line: a "<br />" inside it ("## 8. Gebruik …<br />Gebruik …") is a space.
    return " ".join(_plain(node).split()), anchor, flags, raw


def _marks(words: list[str]) -> bool:
    # Whether a heading's comment holds our markers, or a misspelling of one
    # ("<!-- redaktie -->"); another tool's comment ("<!-- omit in toc -->" of Markdown All
    # in One) is left alone.
    return any(difflib.get_close_matches(w.lower(), HEADING_FLAGS, cutoff=0.75) for w in words)


def _body(nodes: list[SyntaxTreeNode]) -> list[SyntaxTreeNode]:
    # The article's block nodes in the order of their lines, footnotes among them.
    body = [n for n in nodes if n.type != "footnote_block"]
    for fb in (n for n in nodes if n.type == "footnote_block"):
        body += fb.children
    return sorted(body, key=_start)


def _shift(body: list[SyntaxTreeNode]) -> int:
    # How many levels the article's headings are read higher: an article whose sections
    # start at '###' (as many blogs and web pages write them) is read as if they were '##'.
    deeper = [int(n.tag[1]) for n in body if n.type == "heading" and n.tag != "h1"]
    return max(0, min(deeper, default=2) - 2)


def _heading(path: Path, node: SyntaxTreeNode, line: int, shift: int = 0) -> Section:
    # A section from a heading: its title without markers, flags and principle number;
    # its level is read ``shift`` higher (never above '##').
    title, anchor, flags, raw = _title(node)
    for word in flags - HEADING_FLAGS:
        raise ContentError(
            path,
            line,
            f"unknown heading marker '{word}'",
            "use <!-- redactie -->, <!-- oproep --> or <!-- redactie oproep -->",
        )
    if not title:
        raise ContentError(
            path, line, "the heading has no text", "write its title after the #'s, or remove it"
        )
    level = int(node.tag[1])
    level = level if level == 1 else level - shift
    number, label = None, ""
    numbered = PRINCIPLE_HEADING.match(title) if level == 2 else None
    if level == 2 and numbered is None and _TAB_NUMBER.match(raw):
        numbered = _SPACE_NUMBER.match(title)  # "## 1<TAB>Maak …": a number and a tab
    if numbered:
        label = title[: numbered.start(2)].strip()
        number, title = int(numbered.group(1)), numbered.group(2).strip()
    return Section(
        title=title,
        line=line,
        level=level,
        editorial="redactie" in flags,
        call="oproep" in flags,
        number=number,
        anchor=anchor,
        label=label,
    )


def _after_bold_line(siblings: list[SyntaxTreeNode], k: int) -> bool:
    # Whether the soft break ``siblings[k]`` ends a line that is one bold span (the parser
    # puts empty text around it).
    if siblings[k].type != "softbreak":
        return False
    before = [s.type for s in siblings[:k] if s.type != "text" or s.content.strip()]
    line = before[_last_break(before) + 1 :]
    return line == ["strong"]


def _last_break(types: list[str]) -> int:
    # The index of the last line break in ``types``, or -1.
    breaks = [n for n, t in enumerate(types) if t in ("softbreak", "hardbreak")]
    return breaks[-1] if breaks else -1


def _wikilinks_shown(text: str) -> str:
    # "[[Pagina|tekst]]" as the text it shows (most text has no "[[": no pattern run).
    return WIKILINK.sub(wikilink_text, text) if WIKILINK_MARK in text else text


def _plain(node: SyntaxTreeNode, *, alt: bool = False) -> str:
    # Plain text of a block (or an image's alt text): markup, HTML, images, footnote
    # references and attributes dropped. A hard line break (or "<br>") before a capital starts a new
    # line ("- Stimuleer beschrijvende linkteksten  \n  Geef bij …": a lead and its text),
    # which the sentence splitter keeps apart, and so does a line that is all bold (a label
    # over its text: "**Resultaten (en discussie)**" newline "Bekijk …"); any other break is
    # a space.
    parts: list[str] = []

    def visit(n: SyntaxTreeNode) -> None:
        for k, child in enumerate(n.children):
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type == "hardbreak" or _after_bold_line(n.children, k):
                parts.append(_HARD_BREAK)
            elif child.type == "html_inline" and BR_TAG.match(child.content):
                # A hard break written as a tag: "….<br />Gebruik …" is two sentences, and so
                # is "<em>Hou het kort</em><br>Kijkers hebben …" (a label over its text).
                parts.append(_HARD_BREAK)
            elif child.type == "softbreak" or (child.type == "image" and not alt):
                parts.append(" ")
            else:
                visit(child)

    visit(node)
    text = ATTRS.sub("", _wikilinks_shown("".join(parts)).translate(_SPACES))
    text = FENCE_END.sub("", text)  # a fenced box's closing ":::"
    lines = [" ".join(t.split()) for t in text.split(_HARD_BREAK)]
    out = lines[0]
    for line in lines[1:]:
        out += "\n" + line if out and line[:1].isupper() else f" {line}"
    return out.strip()
