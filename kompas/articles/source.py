"""Parse an article in the documented Markdown format into a neutral outline.

The outline keeps, for every block, the verbatim Markdown and the line it starts on, so
that everything extracted from it can name its source. Parsing is done by markdown-it-py;
this module only walks its token stream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from kompas.errors import ContentError

FRONT_MATTER_KEYS = frozenset({"title", "author", "organisation", "source", "date"})
REQUIRED_KEYS = ("title", "author")
PRINCIPLE_HEADING = re.compile(r"^(\d+)\.\s+(\S.*)$")
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
HEADING_FLAGS = frozenset({"redactie", "oproep"})
FAQ_TITLE = "veelgestelde vragen"
CHECKLIST_TITLES = frozenset({"checklist"})
REFLECTION_TITLES = frozenset({"reflectie", "reflectievragen"})


@dataclass(frozen=True)
class Block:
    """A paragraph, list or marker comment, with its verbatim Markdown."""

    kind: str  # "paragraph" | "list" | "marker"
    markdown: str
    line: int
    text: str = ""  # plain text (paragraph) or marker body
    items: tuple[tuple[str, int], ...] = ()  # list items: (plain text, line)


@dataclass
class Section:
    """A ``##`` section (or the untitled intro) with its blocks and ``###`` subsections."""

    title: str
    line: int
    level: int
    flags: frozenset[str] = frozenset()
    number: int | None = None
    blocks: list[Block] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)


@dataclass
class Outline:
    """A parsed article: front matter and its sections in order."""

    path: Path
    meta: dict[str, Any]
    intro: Section
    sections: list[Section]


def read_text(path: Path) -> str:
    """Read a source file as UTF-8, reporting the line of the first bad byte."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(
            path,
            line,
            f"the file is not UTF-8 (byte 0x{data[exc.start]:02x} cannot be decoded)",
            "save the file with UTF-8 encoding (most editors: 'Save with encoding' → UTF-8)",
        ) from None


def parse(path: Path, text: str) -> Outline:
    """Parse article ``text`` read from ``path``."""
    meta, offset = _front_matter(path, text)
    body = text.splitlines()[offset:]
    tokens = MarkdownIt("commonmark").parse("\n".join(body))
    intro = Section(title="", line=offset + 1, level=1)
    sections: list[Section] = []
    current = intro
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = _line(tok, offset)
        if tok.type == "heading_open":
            current = _heading(path, tok, tokens[i + 1], line)
            if current.level <= 2:
                sections.append(current)
            else:
                parent = sections[-1] if sections else intro
                parent.subsections.append(current)
            i += 3
            continue
        if tok.type == "paragraph_open":
            inline = tokens[i + 1]
            current.blocks.append(Block("paragraph", _source(body, tok), line, text=_plain(inline)))
            i += 3
            continue
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            end = _closing(tokens, i)
            items = tuple(
                (_plain(tokens[j + 1]), _line(tokens[j], offset))
                for j in range(i, end)
                if tokens[j].type == "paragraph_open"
            )
            current.blocks.append(Block("list", _source(body, tok), line, items=items))
            i = end + 1
            continue
        if tok.type == "html_block":
            for match in COMMENT.finditer(tok.content):
                current.blocks.append(
                    Block("marker", tok.content.strip(), line, text=match.group(1).strip())
                )
        elif tok.map is not None and tok.level == 0:
            current.blocks.append(Block("other", _source(body, tok), line))
            i = _closing(tokens, i) if tok.nesting == 1 else i
        i += 1
    return Outline(path=path, meta=meta, intro=intro, sections=sections)


def _front_matter(path: Path, text: str) -> tuple[dict[str, Any], int]:
    # The YAML front matter between two '---' lines, and the number of lines it takes.
    lines = text.splitlines()
    example = 'put\n  ---\n  title: "…"\n  author: "…"\n  ---\n  at the top of the file'
    if not lines or lines[0].strip() != "---":
        raise ContentError(path, 1, "the file does not start with front matter", example)
    try:
        end = next(n for n, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    except StopIteration:
        raise ContentError(
            path, 1, "the front matter is not closed", "add a line '---' after the last key"
        ) from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ContentError(
            path,
            line,
            f"the front matter is not valid YAML ({problem})",
            "write one 'key: value' per line; quote values that contain ':' or '#'",
        ) from None
    if not isinstance(meta, dict):
        raise ContentError(path, 2, "the front matter is not a list of keys", example)
    for n, line in enumerate(lines[1:end], start=2):
        key = line.split(":", 1)[0].strip()
        if line[:1].isalpha() and key not in FRONT_MATTER_KEYS:
            raise ContentError(
                path,
                n,
                f"unknown front matter key '{key}'",
                f"use only {', '.join(sorted(FRONT_MATTER_KEYS))}",
            )
    for key in REQUIRED_KEYS:
        value = meta.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ContentError(
                path,
                end + 1,
                f"the front matter has no '{key}'",
                f"add a line '{key}: …' (text) between the two '---' lines",
            )
    return meta, end + 1


def _heading(path: Path, tok: Token, inline: Token, line: int) -> Section:
    # A section from a heading: its title without markers, flags and principle number.
    raw = inline.content
    flags: set[str] = set()
    for match in COMMENT.finditer(raw):
        for word in match.group(1).split():
            if word not in HEADING_FLAGS:
                raise ContentError(
                    path,
                    line,
                    f"unknown heading marker '{word}'",
                    "use <!-- redactie -->, <!-- oproep --> or <!-- redactie oproep -->",
                )
            flags.add(word)
    title = COMMENT.sub("", raw).strip()
    level = int(tok.tag[1])
    number = None
    numbered = PRINCIPLE_HEADING.match(title) if level == 2 else None
    if numbered:
        number, title = int(numbered.group(1)), numbered.group(2).strip()
    return Section(title=title, line=line, level=level, flags=frozenset(flags), number=number)


def _line(tok: Token, offset: int) -> int:
    # 1-based line in the file of a block token.
    return (tok.map[0] if tok.map else 0) + offset + 1


def _source(body: list[str], tok: Token) -> str:
    # Verbatim Markdown of a block token.
    start, end = tok.map or (0, 0)
    return "\n".join(body[start:end]).strip()


def _closing(tokens: list[Token], i: int) -> int:
    # Index of the token that closes the block opened at ``i``.
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _plain(inline: Token) -> str:
    # Plain text of an inline token: markup and HTML dropped, line breaks as spaces.
    parts: list[str] = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())
