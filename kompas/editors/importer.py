"""``kompas import FILE``: a draft article in our format from the text an editor has.

Kinds of input:

- plain text, one paragraph a line (as articles arrive from a copy out of a web page or
  a word processor): headings, numbered principles, lists and the author's signature are
  guessed from the shape of the lines;
- a saved web page (``.html``/``.htm``): the article's part of the page is converted with
  markdownify (a real HTML-to-Markdown converter); title and author come from the page;
- a Word document (``.docx``, also Google Docs' "Microsoft Word" download): ``docx.py``;
- Google Docs' "Web page (.html, zipped)" download (``.zip``): ``gdocs.py``;
- a WordPress export (WXR, ``.xml``), one draft per chosen post: ``wordpress.py``.

``readers.draft`` picks the reader for a file; this module holds the plain-text and web-page
readers and what every reader shares (the ``Draft``, HTML to Markdown, shaping, writing).

Images of a Word or Google Docs file are saved next to the draft (``content_src/<slug>/``);
``write_drafts`` writes the drafts and their images, all or nothing.

Every guess is marked with an editorial HTML comment ``<!-- import: … -->`` on its own line
(or a YAML comment in the front matter), so editors can check it and then delete the
comment. Nothing of the text is dropped: every line of a plain-text file and every paragraph
of a document is in the draft; what is left out on purpose (comments, tracked changes,
embeds) is listed in the summary the command prints.
A title or author that was not found is left empty with a comment; the build refuses the
draft until an editor fills it in. The draft is never written over an existing file.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kompas.articles.source import PRINCIPLE_HEADING, decode
from kompas.errors import ContentError
from kompas.markup import html_to_markdown
from kompas.principles import ids

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Where a draft's own images are: replaced by the image folder (the slug) when written.
MEDIA = "\ue000media"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, or an encrypted .docx
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\S")
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
    """A draft article: front matter values, the Markdown body and what was guessed.

    The body refers to its own images as ``MEDIA/<name>`` (``MEDIA`` is a placeholder that
    ``text`` replaces with the image folder's name, the draft's slug); ``media`` holds
    their bytes. ``left_out`` says what of the input is not in the draft on purpose, and why.
    """

    title: str
    author: str
    organisation: str
    source: str
    body: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # front matter key → comment
    date: str = ""
    media: dict[str, bytes] = field(default_factory=dict)  # file name → bytes
    left_out: list[str] = field(default_factory=list)
    label: str = ""  # what it was made from, for messages ("post 12 of export.xml")
    name: str = ""  # the file name when there is no title ("post-12")

    def text(self, media_dir: str = "") -> str:
        """The draft as the text of a ``content_src/<slug>.md`` file."""
        lines = ["---"]
        for key in ("title", "author", "organisation", "source", "date"):
            value = getattr(self, key)
            if not value and key not in ("title", "author"):
                continue
            note = f"  # {self.notes[key]}" if key in self.notes else ""
            lines.append(f"{key}: {_yaml_str(value)}{note}")
        lines += ["---", ""]
        body = "\n".join(self.body).strip("\n")
        return "\n".join(lines) + body.replace(MEDIA + "/", f"{media_dir}/") + "\n"


def finish(d: Draft, path: Path, *, title: str = "", author: str = "") -> Draft:
    """Apply the command line's title and author, and note what is still missing."""
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
    return ids.slugify(d.title or d.name or path.stem, 8)


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


def write_drafts(content: Path, drafts: list[tuple[str, Draft]]) -> list[Path]:
    """Write each ``(slug, draft)`` as ``content/<slug>.md`` with its images in ``<slug>/``.

    All or nothing: every target is checked first (no file is ever written over, also not
    an image in an existing folder), and when writing fails half-way what was written is
    removed again. Returns the files written.
    """
    planned: list[tuple[Path, bytes]] = []
    for slug, d in drafts:
        planned.append((content / f"{slug}.md", d.text(slug).encode("utf-8")))
        planned += [(content / slug / name, data) for name, data in sorted(d.media.items())]
    seen: set[Path] = set()
    for target, _ in planned:
        if target in seen:
            raise ContentError(
                target,
                None,
                "two of the imported drafts would get this same file name",
                "import them one at a time and give each its own name with --slug",
            )
        seen.add(target)
        if target.exists():
            what = "the file" if target.suffix == ".md" else "an image of that name"
            raise ContentError(
                target,
                None,
                f"{what} already exists; `kompas import` never writes over a file",
                "choose another name with --slug, or move the existing file away first",
            )
    written: list[Path] = []
    made: list[Path] = []
    try:
        for target, data in planned:
            if not target.parent.is_dir():
                target.parent.mkdir(parents=True)
                made.append(target.parent)
            with target.open("xb") as fh:
                written.append(target)
                fh.write(data)
    except OSError:
        for path in reversed(written):
            path.unlink(missing_ok=True)
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return written


def summary(d: Draft) -> list[str]:
    """What the draft holds, what was guessed (marked for the editor) and what was left out."""
    body = "\n".join(d.body)
    lines = body.split("\n")
    headings = [line for line in lines if re.match(r"^#{2,6} ", line)]
    numbered = [h for h in headings if h.startswith("## ") and PRINCIPLE_HEADING.match(h[3:])]
    counts = [
        (len(headings), "heading", "headings"),
        (len(numbered), "numbered principle", "numbered principles"),
        (sum(1 for b in _blocks(lines) if b == "p"), "paragraph", "paragraphs"),
        (sum(1 for line in lines if _LIST_ITEM.match(line)), "list item", "list items"),
        (sum(1 for line in lines if re.match(r"^\[\^[^\]]+\]: ", line)), "footnote", "footnotes"),
        (sum(1 for b in _blocks(lines) if b == "table"), "table", "tables"),
        (sum(1 for b in _blocks(lines) if b == "quote"), "quote", "quotes"),
        (len(re.findall(r"!\[[^\]]*\]\(" + MEDIA, body)), "image", "images"),
    ]
    found = [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]
    out = [f"  imported: {', '.join(found) or 'nothing'}"]
    guesses = [f"{key}: {note}" for key, note in d.notes.items()]
    marks: dict[str, int] = {}
    for m in re.finditer(r"<!-- import: (.*?)(?: -->|$)", body, re.MULTILINE | re.DOTALL):
        kind = re.split(r"[:.(]", m.group(1), maxsplit=1)[0].strip()
        marks[kind] = marks.get(kind, 0) + 1
    guesses += [f"{kind} ({n}×)" if n > 1 else kind for kind, n in marks.items()]
    out.append("  guessed, marked 'import:' for the editor:")
    out += [f"    - {g}" for g in guesses] or ["    (nothing)"]
    out.append("  left out:")
    reasons = {why: d.left_out.count(why) for why in d.left_out}
    out += [f"    - {why}" + (f" ({n}×)" if n > 1 else "") for why, n in reasons.items()]
    if not reasons:
        out.append("    (nothing)")
    return out


def _blocks(lines: list[str]) -> list[str]:
    # The kind of each Markdown block: "p", "table", "quote", "list", "heading", "other".
    kinds: list[str] = []
    previous = ""
    fence = False
    for line in lines:
        if line.startswith(("```", "~~~")):
            fence = not fence
        if fence or not line.strip():
            previous = ""
            continue
        if previous:
            continue
        if line.startswith("#"):
            kind = "heading"
        elif line.startswith("|"):
            kind = "table"
        elif line.startswith(">"):
            kind = "quote"
        elif _LIST_ITEM.match(line):
            kind = "list"
        elif line.startswith(("<!--", "[^", "    ")):
            kind = "other"
        else:
            kind = "p"
        kinds.append(kind)
        previous = kind
    return kinds


def shape(d: Draft) -> None:
    """Bring a converted document's body into our format: numbered principles, signature.

    - ``## Tip 1 Titel`` (a number without a stop) gets one: ``## Tip 1: Titel``;
    - ``## Stap 1`` alone followed by a subheading takes that subheading as its title;
    - a paragraph that is all bold and a short numbered line (``**1. Titel**``) becomes
      ``## 1. Titel``; so does a one-item numbered list line followed by text, when the
      article has at least two of them (a principle per item, its text in between);
    - a signature line among the last paragraphs ("Jan Jansen | Basisschool De Regenboog")
      gives the author (when none was found) and becomes a marked comment.
    Every change is marked with ``<!-- import: … -->``.
    """
    lines = d.body
    out: list[str] = []
    singles = _single_numbered_items(lines)
    bare_ok = _unpunctuated_principles(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        heading = re.match(r"^(#{2,6}) (.+)$", line)
        if heading and len(heading.group(1)) == 2 and not PRINCIPLE_HEADING.match(heading.group(2)):
            title = heading.group(2).strip()
            alone = _NUMBER_ONLY.match(title)
            after = _next_content(lines, i)
            if alone and after is not None and re.match(r"^#{3,6} \S", lines[after]):
                sub = lines[after].split(" ", 1)[1].strip()
                out += [
                    f"## {title.rstrip('.:)')}: {sub}",
                    "",
                    _note(
                        "principle: a numbered heading "
                        f"'{title}' joined with the subheading under it"
                    ),
                ]
                i = after + 1
                continue
            bare = _NUMBER_NO_STOP.match(title) if i in bare_ok else None
            if bare:
                word, number, rest = bare.group(1), bare.group(2), bare.group(3)
                fixed = f"{word} {number}: {rest}" if word else f"{number}. {rest}"
                out += [f"## {fixed}", "", _note(f"principle: '{title}' punctuated as '{fixed}'")]
                i += 1
                continue
        bold = re.match(r"^\*\*(.+?)\*\*$", line.strip())
        if bold and _is_paragraph(lines, i) and not heading:
            inner = bold.group(1).strip()
            prefixed = _NUMBER_NO_STOP.match(inner)
            if prefixed and (prefixed.group(1) or "").lower() not in PRINCIPLE_WORDS:
                prefixed = None
            numbered = PRINCIPLE_HEADING.match(inner) or prefixed
            if numbered and len(inner.split()) <= _MAX_HEADING_WORDS and inner[-1] not in ".,;:":
                n = numbered.group(1) if PRINCIPLE_HEADING.match(inner) else numbered.group(2)
                title = PRINCIPLE_HEADING.match(inner)
                text = title.group(2) if title else (numbered.group(3) or "")
                out += [f"## {n}. {text}", "", _note(f"principle: the bold line '{inner}'")]
                i += 1
                continue
        if i in singles:
            m = _NUMBERED.match(line.strip())
            assert m is not None
            out += [
                f"## {m.group(1)}. {m.group(2)}",
                "",
                _note("principle: a numbered list item with text after it"),
            ]
            i += 1
            continue
        out.append(line)
        i += 1
    d.body = out
    _body_signature(d)


_NUMBER_ONLY = re.compile(r"^(?:[^\W\d_]+\s+)?\d{1,2}[.:)]?$")
_NUMBER_NO_STOP = re.compile(r"^(?:([^\W\d_]+)\s+)?(\d{1,2})\s+([^\d\s.:)\-–—]\S*(?:\s.*)?)$")


# Words that name a principle before its number ("Tip 3 Luister", "Stap 2 Plan").
PRINCIPLE_WORDS = frozenset(
    {"tip", "stap", "sleutel", "principe", "les", "regel", "punt", "fase", "bouwsteen", "gewoonte"}
)


def _unpunctuated_principles(lines: list[str]) -> set[int]:
    # "## Tip 1 Luister" (a principle word) always; "## 1 Luister" only when such headings
    # count 1, 2, … (so "## 5 manieren om …" alone stays a heading).
    found = {}
    for i, line in enumerate(lines):
        if not line.startswith("## ") or PRINCIPLE_HEADING.match(line[3:]):
            continue
        m = _NUMBER_NO_STOP.match(line[3:].strip())
        if m:
            found[i] = m
    named = {i for i, m in found.items() if (m.group(1) or "").lower() in PRINCIPLE_WORDS}
    bare = [i for i, m in found.items() if not m.group(1)]
    numbers = [int(found[i].group(2)) for i in bare]
    if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)):
        named.update(bare)
    return named


def _note(text: str) -> str:
    return f"<!-- import: {text} -->\n"


def _next_content(lines: list[str], i: int) -> int | None:
    for n in range(i + 1, len(lines)):
        if lines[n].strip() and not lines[n].startswith("<!--"):
            return n
    return None


def _is_paragraph(lines: list[str], i: int) -> bool:
    # A line that is a paragraph of its own (blank or nothing before and after it).
    before = lines[i - 1].strip() if i > 0 else ""
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return not before and not after


def _single_numbered_items(lines: list[str]) -> set[int]:
    # One-item numbered lists ("3. Titel" alone, text after it): principles when two or more.
    found = set()
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line)
        if not m or not _is_paragraph(lines, i) or not _short(m.group(2)):
            continue
        if m.group(2)[-1] in ".,;:":
            continue
        after = _next_content(lines, i)
        if (
            after is not None
            and not _LIST_ITEM.match(lines[after])
            and not lines[after].startswith("#")
        ):
            found.add(i)
    return found if len(found) >= 2 else set()


def _body_signature(d: Draft) -> None:
    # "Jan Jansen | Basisschool De Regenboog" among the last paragraphs: the author, kept as
    # a comment so that no line is lost and the last principle's text does not end with it.
    candidates = [i for i, line in enumerate(d.body) if line.strip()][-6:]
    for i in reversed(candidates):
        line = d.body[i].strip()
        if line.startswith(("<!--", "#", "[^", "|", ">")) or not _is_paragraph(d.body, i):
            continue
        plain = re.sub(r"[*_]", "", line).replace("\\", "")
        m = _SIGNATURE.match(plain)
        if m and len(plain.split()) <= 10 and (m.group("org") or plain.startswith(("-", "–", "—"))):
            if not d.author or "properties" in d.notes.get("author", ""):
                d.author = m.group("name")
                d.organisation = d.organisation or (m.group("org") or "").strip()
                d.notes["author"] = f"guessed from the signature line '{plain}'"
                if m.group("org"):
                    d.notes.setdefault("organisation", "guessed from the same line")
            d.body[i] = signature_comment(line)
            return


# Plain text ------------------------------------------------------------------------------


def read_plain(path: Path, data: bytes) -> str:
    """A plain-text file's text, read as articles are (byte-order mark, line ends, the line
    of a bad byte), with non-breaking spaces as spaces."""
    return decode(path, data).replace("\u00a0", " ")


def from_text(path: Path, text: str) -> Draft:
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
    paragraphs: set[int] = set()  # lines that stay paragraphs whatever their shape
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
        if i == signature:
            body += [signature_comment(line), ""]
            i += 1
            continue
        if (
            i not in paragraphs
            and nxt is not None
            and _heading_like(line)
            and not _questions_follow(lines, i + 1)
        ):
            body += [
                f"## {line}",
                "",
                "<!-- import: heading: a short line without closing punctuation -->",
                "",
            ]
            if _question(nxt) and _heading_like(nxt):
                paragraphs.add(i + 1)  # the question under a heading opens its section
            i += 1
            continue
        body += [_escape(line), ""]
        i += 1
    return d


def short_title(text: str) -> bool:
    """Whether a line could be a title: short, not ending like a sentence or a lead."""
    return _short(text) and text.rstrip()[-1:] not in (".", ",", ";", ":", "!")


def _short(line: str) -> bool:
    return len(line.split()) <= _MAX_HEADING_WORDS


def _heading_like(line: str) -> bool:
    # Short, starts like a title and does not end like a sentence ("?" may end a heading).
    if not _short(line) or (not line[0].isupper() and not line[0].isdigit()):
        return False
    if line[-1] in ".,;:!…\"”’'" or re.search(r"[.!]\s+\S", line):
        return False
    return not _BULLET.match(line)


def _questions_follow(lines: list[str], i: int) -> bool:
    # A run of two or more question lines starts at i (a list the line before leads into);
    # a single question paragraph after a short line does not stop it being a heading.
    return _run(lines, i, _question) >= 2


def signature_comment(line: str) -> str:
    """The signature line kept in the draft as a comment (on a line of its own, verbatim)."""
    return (
        f"<!-- import: signature, taken as the author; kept here so no line is lost:\n{line}\n-->"
    )


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


def from_html(path: Path, data: bytes) -> Draft:
    from bs4 import BeautifulSoup, Tag

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
    markdown = html_to_markdown(str(root))
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


def markdown_from_html(html: str, d: Draft, *, remote: str = "note") -> list[str]:
    """The Markdown lines of an HTML fragment of a document (Word, Google Docs, WordPress).

    Footnotes become Markdown footnotes; the draft's own images (``src`` under ``MEDIA``)
    stay, an own image without alt text becomes a note holding its Markdown; images and
    embeds from another host become a note (``remote="note"``) or a link with a note
    (``remote="link"``). Anything left out is added to ``d.left_out``.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    notes = _footnotes(soup)
    _media(soup, d, remote)
    markdown = html_to_markdown(str(soup))
    lines = _tidy(markdown)
    if notes:
        lines.append("")
        for label, note_html in notes:
            text = html_to_markdown(note_html)
            parts = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
            first, rest = (parts[0], parts[1:]) if parts else ("", [])
            lines.append(f"[^{label}]: {' '.join(first.split())}")
            lines += [f"\n    {' '.join(p.split())}" for p in rest]
    text = "\n".join(lines)
    text = re.sub(FOOTNOTE_MARK + r"([^" + FOOTNOTE_MARK + r"]+)" + FOOTNOTE_MARK, r"[^\1]", text)
    text = re.sub(NOTE_MARK + r"(.*?)" + NOTE_MARK, r"\n\n<!-- import: \1 -->\n\n", text)
    text = re.sub(
        rf"(?m)^{HEADING_MARK}(.*)$",
        r"## \1\n\n<!-- import: principle: a numbered list item with text after it -->",
        text,
    )
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n").split("\n")


# Placeholders that survive markdownify: a footnote reference, an editorial note.
FOOTNOTE_MARK = "\ue001"
NOTE_MARK = "\ue002"
# A paragraph that starts with it is a principle heading ("## …") at the top level.
HEADING_MARK = "\ue003"


def _footnotes(soup: Any) -> list[tuple[str, str]]:
    # Note references (mammoth's "#footnote-1", Google Docs' "#ftnt1") become placeholders;
    # the notes' text is taken out of the page and returned with its label.
    from bs4 import Tag

    notes: list[tuple[str, str]] = []
    used: set[str] = set()
    for ref in list(soup.find_all("a", href=True)):
        if ref.decomposed:
            continue
        target_id = str(ref["href"])[1:] if str(ref["href"]).startswith("#") else ""
        ref_id = str(ref.get("id") or "")
        if not target_id or not ref_id:
            continue
        target = soup.find(id=target_id)
        if not isinstance(target, Tag):
            continue
        back = target.find("a", href=f"#{ref_id}") if target.name != "a" else target
        if not isinstance(back, Tag):
            continue
        body = target if target.name == "li" else (target.find_parent("div") or target.parent)
        if not isinstance(body, Tag):
            continue
        back.decompose()
        label = re.sub(r"\W", "", ref.get_text()) or str(len(notes) + 1)
        while label in used:
            label += "x"
        used.add(label)
        notes.append((label, body.decode_contents() if body.name == "li" else str(body)))
        holder = ref.parent if ref.parent is not None and ref.parent.name == "sup" else ref
        holder.replace_with(f"{FOOTNOTE_MARK}{label}{FOOTNOTE_MARK}")
        container = body.parent
        body.decompose()
        if isinstance(container, Tag) and container.name == "ol" and not container.find("li"):
            container.decompose()
    if notes:
        for hr in soup.find_all("hr"):
            if not hr.find_next_sibling(True):  # the rule above Google Docs' notes
                hr.decompose()
    return notes


def _media(soup: Any, d: Draft, remote: str) -> None:
    # Own images stay; images and embeds that would load from elsewhere become notes or links.
    for img in list(soup.find_all("img")):
        src = str(img.get("src") or "")
        alt = " ".join(str(img.get("alt") or "").split())
        if src.startswith(MEDIA + "/"):
            if not alt:
                img.replace_with(
                    f"{NOTE_MARK}image without alt text, not shown until you describe it: "
                    f"write what it shows between the brackets and put this line in the text: "
                    f"![]({src}){NOTE_MARK}"
                )
            continue
        if src.startswith("data:"):
            img.replace_with(f"{NOTE_MARK}an image stored inside the page was left out{NOTE_MARK}")
            d.left_out.append("an image stored inside the page (data: address)")
            continue
        if remote == "link" and src:
            note = (
                f"{NOTE_MARK}image from another host, made a link: save it next to the "
                f"article and show it with ![{alt or '…'}](<article>/name.jpg), or keep the link"
                f"{NOTE_MARK}"
            )
            outer = img.find_parent("a")
            if outer is not None:  # the image is a link already: its text is the alt text
                img.replace_with(alt or "afbeelding")
                outer.insert_after(note)
            else:
                link = soup.new_tag("a", href=src)
                link.string = alt or "afbeelding"
                img.replace_with(link, note)
            d.left_out.append("an image that loads from another host: made a link")
    for tag in list(soup.find_all(["iframe", "video", "audio", "embed", "object", "source"])):
        src = str(tag.get("src") or tag.get("data") or "")
        if tag.name == "source" or not src:
            tag.decompose()
            continue
        title = " ".join(str(tag.get("title") or "").split()) or src
        link = soup.new_tag("a", href=src)
        link.string = title
        tag.replace_with(
            link,
            f"{NOTE_MARK}embedded {tag.name} from another host, made a link{NOTE_MARK}",
        )
        d.left_out.append(f"an embedded {tag.name} that loads from another host: made a link")


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
    if src.startswith(MEDIA + "/"):
        return m.group(0)
    return (
        f'\n\n<!-- import: image not taken over: "{alt}" ({src}). Save it next to the article '
        f"(content_src/<article>/) and refer to it there, or leave it out. -->\n\n"
    )


def _yaml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
