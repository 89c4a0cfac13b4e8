"""``kompas import FILE``: a draft article in our format from the text an editor has.

Two kinds of input:

- plain text, one paragraph a line (as articles arrive from a copy out of a web page or
  a word processor): headings, numbered principles, lists and the author's signature are
  guessed from the shape of the lines;
- a saved web page (``.html``/``.htm``): the article's part of the page is converted with
  markdownify (a real HTML-to-Markdown converter); title and author come from the page.

Every guess is marked with an editorial HTML comment ``<!-- import: … -->`` on its own line
(or a YAML comment in the front matter), so editors can check it and then delete the
comment. Nothing of the text is dropped: every line of a plain-text file is in the draft.
A title or author that was not found is left empty with a comment; the build refuses the
draft until an editor fills it in. The draft is never written over an existing file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kompas.articles.source import PRINCIPLE_HEADING, decode
from kompas.errors import ContentError
from kompas.principles import ids

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_MAX_HEADING_WORDS = 12
_MAX_QUESTION_WORDS = 25
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")
_BULLET = re.compile(r"^[-•*–]\s+(\S.*)$")
# "René Rensen I De Onderwijskapitein", "Anna de Vries | Gemeente Utrecht", "— Jan Jansen"
_SIGNATURE = re.compile(
    r"^(?:[-–—]\s*)?(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-ZÀ-Ý][\w’'-]+){1,3})"
    r"(?:\s+[I|–—-]\s+(?P<org>\S.*))?$"
)
_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "iframe",
    "svg",
    "template",
)


@dataclass
class Draft:
    """A draft article: front matter values, the Markdown body and what was guessed."""

    title: str
    author: str
    organisation: str
    source: str
    body: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # front matter key → comment

    def text(self) -> str:
        """The draft as the text of a ``content_src/<slug>.md`` file."""
        lines = ["---"]
        for key in ("title", "author", "organisation", "source"):
            value = getattr(self, key)
            if not value and key not in ("title", "author"):
                continue
            note = f"  # {self.notes[key]}" if key in self.notes else ""
            lines.append(f"{key}: {_yaml_str(value)}{note}")
        lines += ["---", ""]
        body = "\n".join(self.body).strip("\n")
        return "\n".join(lines) + body + "\n"


def draft(path: Path, *, title: str = "", author: str = "") -> Draft:
    """Read ``path`` (plain text or HTML) and make a draft article of it."""
    data = path.read_bytes()
    if path.suffix.lower() in HTML_SUFFIXES:
        d = _from_html(path, data)
    else:
        d = _from_text(path, _decode(path, data))
    if title:
        d.title = title
        d.notes.pop("title", None)
    if author:
        d.author = author
        d.notes.pop("author", None)
    for key in ("title", "author"):
        if not getattr(d, key):
            d.notes[key] = (
                f"not found in {path.name}: write the article's {key} here "
                "(the build stops until you do)"
            )
    if not any(PRINCIPLE_HEADING.match(line[3:]) for line in d.body if line.startswith("## ")):
        d.body[:0] = [
            "<!-- import: no numbered principle found. Number the sections that give advice "
            "('## 1. Title', '## 2. Title', …), or check with `kompas review` which sections "
            "become principles without numbers; see README, 'Writing an article'. -->",
            "",
        ]
    return d


def slug_for(d: Draft, path: Path) -> str:
    """The article's file name (without ``.md``): from its title, else from the file name."""
    return ids.slugify(d.title or path.stem, 8)


def write_new(target: Path, text: str) -> None:
    """Write ``text`` to ``target``, which must not exist yet (never overwrites)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with target.open("x", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except FileExistsError:
        raise ContentError(
            target,
            None,
            "the file already exists; `kompas import` never writes over a file",
            "choose another name with --slug, or move the existing file away first",
        ) from None


# Plain text ------------------------------------------------------------------------------


def _decode(path: Path, data: bytes) -> str:
    # The articles' own reader (byte-order mark, line ends, the line of a bad byte).
    return decode(path, data).replace("\u00a0", " ")


def _from_text(path: Path, text: str) -> Draft:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    d = Draft(title="", author="", organisation="", source=path.name)
    signature = _signature_line(lines)
    if signature is not None:
        m = _SIGNATURE.match(lines[signature])
        assert m is not None
        d.author = m.group("name")
        d.organisation = (m.group("org") or "").strip()
        d.notes["author"] = f"guessed from the signature line '{lines[signature]}'"
        if d.organisation:
            d.notes["organisation"] = "guessed from the same line"
    start = 0
    if lines and _heading_like(lines[0]) and len(lines) > 1 and not _heading_like(lines[1]):
        d.title = lines[0]
        d.notes["title"] = "guessed: the first line (it reads like a title)"
        start = 1
    body = d.body
    i = start
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        numbered = _NUMBERED.match(line)
        if numbered and nxt is not None and not _NUMBERED.match(nxt) and _short(line):
            if i > start and _NUMBERED.match(lines[i - 1]):
                body += [_list_item(line), ""]  # the last item of a numbered list
            else:
                body += [
                    f"## {numbered.group(1)}. {numbered.group(2)}",
                    "",
                    "<!-- import: principle: a short numbered line followed by text -->",
                    "",
                ]
            i += 1
            continue
        if numbered or _BULLET.match(line):
            run = _run(lines, i, lambda s: bool(_NUMBERED.match(s) or _BULLET.match(s)))
            body += [_list_item(s) for s in lines[i : i + run]] + [""]
            i += run
            continue
        if _question(line):
            run = _run(lines, i, _question)
            if run >= 2:
                body += [
                    "<!-- import: lines that are each a question, made a list -->",
                    "",
                    *[f"- {s}" for s in lines[i : i + run]],
                    "",
                ]
                i += run
                continue
        if i != signature and nxt is not None and _heading_like(line) and not _question(nxt):
            body += [
                f"## {line}",
                "",
                "<!-- import: heading: a short line without closing punctuation -->",
                "",
            ]
            i += 1
            continue
        body += [_escape(line), ""]
        i += 1
    return d


def _short(line: str) -> bool:
    return len(line.split()) <= _MAX_HEADING_WORDS


def _heading_like(line: str) -> bool:
    # Short, starts like a title and does not end like a sentence ("?" may end a heading).
    if not _short(line) or (not line[0].isupper() and not line[0].isdigit()):
        return False
    if line[-1] in ".,;:!…\"”’'" or re.search(r"[.!]\s+\S", line):
        return False
    return not _BULLET.match(line)


def _question(line: str) -> bool:
    return line.endswith("?") and len(line.split()) <= _MAX_QUESTION_WORDS and "? " not in line


def _run(lines: list[str], i: int, test: object) -> int:
    n = 0
    while i + n < len(lines) and test(lines[i + n]):  # type: ignore[operator]
        n += 1
    return n


def _list_item(line: str) -> str:
    numbered = _NUMBERED.match(line)
    if numbered:
        return f"{numbered.group(1)}. {numbered.group(2)}"
    bullet = _BULLET.match(line)
    return f"- {bullet.group(1) if bullet else line}"


def _signature_line(lines: list[str]) -> int | None:
    # The author's signature among the last lines: "Name Surname I Organisation".
    for n in range(len(lines) - 1, max(len(lines) - 6, -1), -1):
        line = lines[n]
        m = _SIGNATURE.match(line)
        if m and len(line.split()) <= 10 and (m.group("org") or line.startswith(("-", "–", "—"))):
            return n
    return None


def _escape(line: str) -> str:
    # A paragraph line that Markdown would read as something else keeps its text.
    if re.match(r"^(#{1,6}\s|>|\||=+$|-{3,}$|`{3}|~{3}|\d{1,9}[.)]\s|[-+*]\s)", line):
        return "\\" + line
    return line


# HTML ------------------------------------------------------------------------------------


def _from_html(path: Path, data: bytes) -> Draft:
    from bs4 import BeautifulSoup, Tag
    from markdownify import markdownify

    soup = BeautifulSoup(data, "html.parser")
    d = Draft(title="", author="", organisation="", source=path.name)
    canonical = soup.find("link", rel="canonical")
    if isinstance(canonical, Tag) and canonical.get("href"):
        d.source = str(canonical["href"])
    root = soup.find("article") or soup.find("main") or soup.select_one("[role=main]")
    if not isinstance(root, Tag):
        root = soup.body if isinstance(soup.body, Tag) else soup
    d.author, where = _html_author(soup, root)
    if d.author:
        d.notes["author"] = f"found in the page: {where}"
    site = soup.select_one('meta[property="og:site_name"]')
    if isinstance(site, Tag) and site.get("content"):
        d.organisation = str(site["content"]).strip()
        d.notes["organisation"] = "found in the page: <meta property=og:site_name>"
    for tag in root.find_all(_DROP_TAGS):
        tag.decompose()
    h1 = root.find("h1") or soup.find("h1")
    title_tag = soup.find("title")
    if isinstance(h1, Tag) and h1.get_text(strip=True):
        d.title = " ".join(h1.get_text(" ").split())
        d.notes["title"] = "found in the page: its <h1>"
        h1.decompose()
    elif isinstance(title_tag, Tag) and title_tag.get_text(strip=True):
        d.title = " ".join(title_tag.get_text(" ").split())
        d.notes["title"] = "found in the page: its <title>"
    markdown = markdownify(str(root), heading_style="ATX", bullets="-", strip=["span"])
    d.body = _tidy(markdown)
    return d


def _html_author(soup: object, root: object) -> tuple[str, str]:
    from bs4 import BeautifulSoup, Tag

    assert isinstance(soup, BeautifulSoup)
    for css, where in (
        ("meta[name=author]", "<meta name=author>"),
        ('meta[property="article:author"]', "<meta property=article:author>"),
    ):
        meta = soup.select_one(css)
        if isinstance(meta, Tag) and str(meta.get("content") or "").strip():
            content = str(meta["content"]).strip()
            if not content.startswith("http"):
                return content, where
    for selector, where in (
        ("[rel=author]", "a link with rel=author"),
        ("[itemprop=author]", "an element with itemprop=author"),
        (".author, .byline", "an element with class author/byline"),
    ):
        found = soup.select_one(selector)
        if isinstance(found, Tag):
            text = " ".join(found.get_text(" ").split())
            text = re.sub(r"^(door|by)\s+", "", text, flags=re.IGNORECASE)
            if text and len(text.split()) <= 6:
                found.decompose()
                return text, where
    return "", ""


def _tidy(markdown: str) -> list[str]:
    # Headings start at level 2, remote or local images become editorial notes.
    lines = markdown.replace("\r\n", "\n").split("\n")
    levels = [len(m.group(1)) for line in lines if (m := re.match(r"^(#{1,6})\s", line))]
    shift = 2 - min(levels) if levels else 0
    out: list[str] = []
    if shift:
        out += [
            f"<!-- import: heading levels moved by {shift} so that the top level is '##' -->",
            "",
        ]
    for line in lines:
        m = re.match(r"^(#{1,6})(\s.*)$", line)
        if m and shift:
            line = "#" * max(2, min(6, len(m.group(1)) + shift)) + m.group(2)
        line = _IMAGE.sub(_image_note, line)
        out.append(line.rstrip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
    return text.split("\n")


def _image_note(m: re.Match[str]) -> str:
    alt, src = m.group(1), m.group(2)
    return (
        f'\n\n<!-- import: image not taken over: "{alt}" ({src}). Save it next to the article '
        f"(content_src/<article>/) and refer to it there, or leave it out. -->\n\n"
    )


def _yaml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
