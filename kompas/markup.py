"""Markup that the article parser, the site's renderer and the fidelity scorer read alike.

Kept apart (and free of heavy imports) so that the converter and the site build each load
only what they use.
"""

from __future__ import annotations

import re

# A callout as GitHub and Obsidian write it: a quote whose first line is "[!TIP]" (or NOTE,
# IMPORTANT, WARNING, CAUTION, or any other word in Obsidian), with an optional "+"/"-"
# (folding) and an optional title after it: "> [!TIP] Casus".
ALERT = re.compile(r"^\[!([A-Za-z]+)\][+-]?[ \t]*")
# The box each kind of callout or fenced box (below) is shown as, in mkdocs-material's
# admonition styles, and its Dutch title when the author gave none.
BOX_KINDS = {
    "note": ("note", "Opmerking"),
    "tip": ("tip", "Tip"),
    "hint": ("tip", "Hint"),
    "important": ("info", "Belangrijk"),
    "seealso": ("info", "Zie ook"),
    "warning": ("warning", "Waarschuwing"),
    "caution": ("danger", "Let op"),
    "attention": ("warning", "Let op"),
    "danger": ("danger", "Gevaar"),
    "error": ("failure", "Fout"),
    "admonition": ("note", "Opmerking"),
}
BOX_DEFAULT = BOX_KINDS["note"]


def alert_box(kind: str) -> tuple[str, str]:
    """The admonition style and the default Dutch title of a callout of this ``kind`` (an
    Obsidian kind of its own is a note)."""
    return BOX_KINDS.get(kind.lower(), BOX_DEFAULT)


# A link between notes as Obsidian and other wikis write it: "[[Pagina]]", "[[Pagina|tekst]]",
# "[[map/Pagina#kop|tekst]]". It shows its text (or the page's name); an embed ("![[…]]")
# is no link and is left alone, and so is a Markdown link whose text is in brackets
# ("[[2,3]](../..)", a reference number).
WIKILINK = re.compile(r"(?<!!)\[\[([^\[\]|#]*)(?:#[^\[\]|]*)?(?:\|([^\[\]]*))?\]\](?!\()")
# Cheap test before the pattern: most text has no "[[".
WIKILINK_MARK = "[["


def wikilink_text(found: re.Match[str]) -> str:
    """What a wikilink shows: its own text, else the name of the page it points to."""
    label = (found.group(2) or "").strip()
    return label or found.group(1).strip().rsplit("/", 1)[-1].removesuffix(".md")


# A directive as MyST (Jupyter Book) and Pandoc (Quarto, bookdown) write it, fenced with
# colons: ":::{tip} Titel", "::: {.tip}", "::: tip", up to a line of colons ":::". Options
# (":class: dropdown") may follow the opening line.
FENCE_OPEN = re.compile(
    r"^(?P<colons>:{3,})[ \t]*\{?\.?(?P<kind>[A-Za-z][\w-]*)\}?[ \t]*(?P<title>.*?)\s*$"
)
FENCE_CLOSE = re.compile(r"^:{3,}[ \t]*$")
# A closing line of colons at the end of a paragraph's plain text (the parser joins it to the
# paragraph before it when no blank line parts them).
FENCE_END = re.compile(r"(?:^|\s+):{3,}\s*$")
FENCE_OPTION = re.compile(r"^:[\w-]+:")


def fence_box(line: str) -> tuple[str, str] | None:
    """The admonition style and title of a line that opens a fenced box, else None: a
    directive of a kind in ``BOX_KINDS``; any other ("{image}", "{figure}") is left alone."""
    found = FENCE_OPEN.match(line)
    if found is None:
        return None
    box = BOX_KINDS.get(found["kind"].lower())
    if box is None:
        return None
    return box[0], found["title"] or box[1]


def unfenced(text: str) -> str:
    """``text`` with each fenced box's opening line replaced by its title and a hard break
    (so that the title is a line of its own and the box's text is read as any other), its
    option lines emptied; the same number of lines, so that every line keeps its number."""
    if ":::" not in text:
        return text  # most articles: no fence
    lines = text.split("\n")
    for n, line in enumerate(lines):
        box = fence_box(line)
        if box is None:
            continue
        lines[n] = f"{box[1]}  "
        k = n + 1
        while k < len(lines) and FENCE_OPTION.match(lines[k]):
            lines[k] = ""
            k += 1
    return "\n".join(lines)


# A raw HTML block that holds a list ("<ul>", "<ol>", or a "<li>" after a blank line cut the
# list in two), as blogs exported from WordPress keep them in their Markdown.
HTML_LIST = re.compile(r"<(?:ul|ol|li)\b", re.IGNORECASE)
# An HTML tag: its name and its attributes.
HTML_TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")
# Tags of running text: a raw HTML block made of these alone ("<br>\nNaast … verwoorden:
# maak de lezer …", "<p>…</p>") is text to read; a tag with attributes ('<p class="note">',
# a caption) or of another kind ("<div>", "<figure>", "<details>") keeps the block as it is.
_TEXT_TAGS = frozenset(
    {"p", "br", "em", "strong", "b", "i", "u", "small", "sub", "sup", "blockquote", "span"}
)


def html_is_text(html: str) -> bool:
    """Whether a raw HTML block is a list, or running text in plain tags (a link's only
    attribute its address), to be read as Markdown."""
    if HTML_LIST.search(html):
        return True
    tags = HTML_TAG.findall(html)
    return bool(tags) and all(_text_tag(name.lower(), attrs) for name, attrs in tags)


def _text_tag(name: str, attrs: str) -> bool:
    if name == "a":
        return re.fullmatch(r'\s*(?:href\s*=\s*"[^"]*"\s*)?/?\s*', attrs) is not None
    return name in _TEXT_TAGS and attrs.strip(" /") == ""


def html_to_markdown(html: str) -> str:
    """``html`` as Markdown (markdownify: ATX headings, "-" bullets, spans dropped)."""
    from markdownify import markdownify

    return markdownify(html, heading_style="ATX", bullets="-", strip=["span"])
