"""Word documents (``.docx``) as draft articles, converted with mammoth.

mammoth turns the document into clean HTML by its paragraph styles (the map below names
Word's styles in English and in Dutch Word, and LibreOffice's); the importer's HTML path
makes Markdown of it. Before that, one pass over the document's XML (``_Facts``) finds
what mammoth does not say: the numbers Word puts before numbered headings, tracked
changes and comments (left out, and said so), the file's own title and author.

Images are saved next to the draft with their alt text (Word's "Alternative text"); an
image without one is kept as a note for the editor, never described by us. A ``.doc``
(old binary Word) or a password-protected file is refused with the advice to save it
as ``.docx``.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kompas.editors import importer
from kompas.editors.importer import MEDIA, OLE_MAGIC, ZIP_MAGIC, Draft
from kompas.errors import ContentError

SAVE_AS_DOCX = (
    "open it in Word (or LibreOffice) and save it as 'Word Document (.docx)' without a "
    "password, then import that file"
)

# The style given to a numbered list paragraph that is taken as a principle heading.
PRINCIPLE_STYLE = "kompas principle"
# Paragraph and run styles → HTML. Word stores its built-in style names in English
# ("heading 1", "Title", "Quote") and Dutch Word its style ids in Dutch ("Kop1", "Titel",
# "Citaat"); a style made by hand may be called "Kop 1". LibreOffice: "Quotations".
STYLE_MAP = "\n".join(
    [
        "p[style-name='Title'] => h1.kompas-title:fresh",
        "p[style-name='Titel'] => h1.kompas-title:fresh",
        "p.Titel => h1.kompas-title:fresh",
        "p[style-name='Subtitle'] => p:fresh",
        "p[style-name='Ondertitel'] => p:fresh",
        *(f"p[style-name='Kop {n}'] => h{n}:fresh" for n in range(1, 7)),
        *(f"p[style-name='kop {n}'] => h{n}:fresh" for n in range(1, 7)),
        *(f"p.Kop{n} => h{n}:fresh" for n in range(1, 7)),
        *(
            f"p[style-name='{name}'] => blockquote > p:fresh"
            for name in (
                "Quote",
                "Intense Quote",
                "Citaat",
                "Duidelijk citaat",
                "Quotations",
                "Citaten",
                "Block Text",
                "Bloktekst",
            )
        ),
        "p.Citaat => blockquote > p:fresh",
        "p.Duidelijkcitaat => blockquote > p:fresh",
        "r[style-name='Emphasis'] => em",
        "r[style-name='Nadruk'] => em",
        "r.Nadruk => em",
        "r[style-name='Strong'] => strong",
        "r[style-name='Zwaar'] => strong",
        "r.Zwaar => strong",
        "r[style-name='Strong Emphasis'] => strong",
        "r[style-name='Intense Emphasis'] => strong > em",
        "r[style-name='Duidelijke nadruk'] => strong > em",
        f"p[style-name='{PRINCIPLE_STYLE}'] => p:fresh",
    ]
)
# Author names that are an account or a program rather than a person.
_NO_AUTHOR = re.compile(
    r"^(?:|user|gebruiker|windows[- ]gebruiker|windows user|microsoft office user|"
    r"microsoft office-gebruiker|auteur|author|unknown|onbekend|admin|administrator|"
    r"python-docx|apache poi|google)$",
    re.IGNORECASE,
)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(?:heading|kop)\s*([1-6])$", re.IGNORECASE)
_NUMBER_FORMATS = frozenset({"decimal", "decimalZero", "upperRoman", "lowerRoman"})


def read(path: Path) -> Draft:
    """A draft from a ``.docx`` file; a clear error for anything else with that name."""
    data = path.read_bytes()
    archive = open_docx(path, data)
    facts = _facts(path, archive)
    d = Draft(title="", author="", organisation="", source=path.name, label=path.name)
    html = _convert(path, data, facts, d)
    title = re.search(r'<h1 class="kompas-title">(.*?)</h1>', html, re.DOTALL)
    if title:
        html = html.replace(title.group(0), "", 1)
        d.title = " ".join(re.sub(r"<[^>]+>", "", title.group(1)).split())
        d.notes["title"] = "found in the document: its paragraph in the Title style"
    elif facts.title:
        d.title = facts.title
        d.notes["title"] = "found in the file's properties (File → Info): check it"
    d.body = importer.markdown_from_html(html, d)
    if facts.author:
        d.author = facts.author
        d.notes["author"] = (
            "found in the file's properties (the account that made the file): check it"
        )
    d.left_out += facts.left_out()
    importer.shape(d)
    return d


def open_docx(path: Path, data: bytes) -> zipfile.ZipFile:
    """The file as a zip archive that holds a Word document, or a clear error."""
    if data.startswith(OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise ContentError(
                path, None, "the document is protected with a password (encrypted)", SAVE_AS_DOCX
            )
        raise ContentError(
            path,
            None,
            "this is an old Word document (.doc, Word 97-2003), which cannot be imported",
            SAVE_AS_DOCX,
        )
    if not data.startswith(ZIP_MAGIC):
        raise ContentError(
            path, None, f"this is not a Word document (.docx): it is {_what(data)}", SAVE_AS_DOCX
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        damaged = archive.testzip()
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise ContentError(
            path,
            None,
            "the file is damaged: it starts like a .docx (a zip archive) but cannot be "
            f"read ({exc})",
            "save the document again from Word, or download it again, and import the new file",
        ) from None
    if damaged is not None:
        raise ContentError(
            path,
            None,
            f"the file is damaged: its part '{damaged}' does not match its checksum",
            "save the document again from Word, or download it again, and import the new file",
        )
    names = set(archive.namelist())
    if "word/document.xml" not in names:
        kind = "an OpenDocument file (.odt)" if "content.xml" in names else "a zip archive"
        raise ContentError(
            path,
            None,
            f"this is not a Word document: it is {kind} without word/document.xml",
            "save the article as 'Word Document (.docx)' and import that file",
        )
    return archive


def _what(data: bytes) -> str:
    # A short name for what the first bytes of a file look like.
    head = data[:512].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "a PDF file"
    if head.startswith(b"{\\rtf"):
        return "an RTF file"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "a web page (HTML): import it with the extension .html"
    if head.startswith(b"<?xml"):
        return "an XML file"
    if not data:
        return "an empty file"
    return "neither a zip archive nor a Word file"


@dataclass
class _Facts:
    # What one pass over the document's XML finds that mammoth does not report.
    title: str = ""
    author: str = ""
    insertions: int = 0
    deletions: int = 0
    comments: int = 0
    heading_numbers: list[tuple[str, str]] = field(default_factory=list)  # (text, label)
    list_principles: list[tuple[str, str]] = field(default_factory=list)  # (text, number)
    alt_texts: list[str] = field(default_factory=list)  # of each picture, in order

    def left_out(self) -> list[str]:
        out = []
        if self.comments:
            out.append(
                f"{self.comments} comment{'s' if self.comments != 1 else ''} "
                "(comments are not imported)"
            )
        if self.insertions or self.deletions:
            out.append(
                f"tracked changes ({self.insertions} insertions, {self.deletions} deletions) "
                "are not imported as such: the draft has the text as it reads with every change "
                "accepted; check it against the document if changes were still under discussion"
            )
        return out


def _facts(path: Path, archive: zipfile.ZipFile) -> _Facts:
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException

    def parse(name: str) -> Any:
        if name not in archive.namelist():
            return None
        try:
            return ET.fromstring(archive.read(name))
        except (ET.ParseError, DefusedXmlException) as exc:
            raise ContentError(
                path,
                None,
                f"the file is damaged: its part '{name}' is not valid XML ({exc})",
                "save the document again from Word and import the new file",
            ) from None

    facts = _Facts()
    document = parse("word/document.xml")
    facts.insertions = sum(1 for _ in document.iter(f"{_W}ins"))
    facts.deletions = sum(1 for _ in document.iter(f"{_W}del"))
    comments = parse("word/comments.xml")
    facts.comments = sum(1 for _ in comments.iter(f"{_W}comment")) if comments is not None else 0
    core = parse("docProps/core.xml")
    if core is not None:
        dc = "{http://purl.org/dc/elements/1.1/}"
        facts.title = " ".join((core.findtext(f"{dc}title") or "").split())
        author = " ".join((core.findtext(f"{dc}creator") or "").split())
        facts.author = "" if _NO_AUTHOR.match(author) else author
    wp = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
    for drawing in document.iter(f"{_W}drawing"):
        for frame in drawing:
            doc_pr = frame.find(f"{wp}docPr")
            if frame.tag in (f"{wp}inline", f"{wp}anchor") and doc_pr is not None:
                alt = doc_pr.get("descr") or doc_pr.get("title") or ""
                facts.alt_texts.append(" ".join(alt.split()))
    _numbers(facts, document, parse("word/styles.xml"), parse("word/numbering.xml"))
    return facts


def _numbers(facts: _Facts, document: Any, styles: Any, numbering: Any) -> None:
    # The numbers Word shows before numbered headings, and one-item numbered list paragraphs
    # with text between them (a principle each), in document order.
    style_names: dict[str, str] = {}
    style_numbering: dict[str, tuple[str, str]] = {}
    if styles is not None:
        for style in styles.iter(f"{_W}style"):
            sid = style.get(f"{_W}styleId") or ""
            name = style.find(f"{_W}name")
            style_names[sid] = name.get(f"{_W}val") if name is not None else sid
            num = style.find(f"{_W}pPr/{_W}numPr")
            if num is not None:
                style_numbering[sid] = _num_pr(num)
    formats: dict[tuple[str, str], tuple[str, str]] = {}  # (numId, ilvl) → (format, text)
    abstract_of: dict[str, str] = {}
    if numbering is not None:
        abstract: dict[str, dict[str, tuple[str, str]]] = {}
        for a in numbering.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in a.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                levels[lvl.get(f"{_W}ilvl") or "0"] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "",
                )
            abstract[a.get(f"{_W}abstractNumId") or ""] = levels
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            aid = ref.get(f"{_W}val") if ref is not None else ""
            nid = num.get(f"{_W}numId") or ""
            abstract_of[nid] = aid
            for ilvl, value in abstract.get(aid, {}).items():
                formats[(nid, ilvl)] = value
    counters: dict[str, list[int]] = {}
    paragraphs = list(document.iter(f"{_W}p"))
    list_candidates: list[tuple[int, str]] = []
    for n, p in enumerate(paragraphs):
        ppr = p.find(f"{_W}pPr")
        sid = ""
        num = None
        if ppr is not None:
            pstyle = ppr.find(f"{_W}pStyle")
            sid = pstyle.get(f"{_W}val") if pstyle is not None else ""
            direct = ppr.find(f"{_W}numPr")
            num = _num_pr(direct) if direct is not None else None
        num = num or style_numbering.get(sid)
        if num is None or num[0] in ("", "0"):
            continue
        fmt, pattern = formats.get(num, ("decimal", ""))
        if fmt not in _NUMBER_FORMATS:
            continue
        counter = counters.setdefault(abstract_of.get(num[0], num[0]), [0] * 9)
        level = min(int(num[1] or 0), 8)
        counter[level] += 1
        counter[level + 1 :] = [0] * (8 - level)
        text = "".join(t.text or "" for t in p.iter(f"{_W}t")).strip()
        if _HEADING_NAME.match(style_names.get(sid, sid)):
            label = _label(pattern, counter)
            facts.heading_numbers.append((text, label or f"{counter[level]}."))
        elif level == 0 and text and importer.short_title(text):
            following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if following is not None and following.find(f"{_W}pPr/{_W}numPr") is None:
                list_candidates.append((n, text))
                facts.list_principles.append((text, str(counter[level])))
    if len(facts.list_principles) < 2:
        facts.list_principles = []


def _label(pattern: str, counter: list[int]) -> str:
    # Word's level text ("%2.", "Stap %1:") with the counters filled in.
    return re.sub(r"%([1-9])", lambda m: str(counter[int(m.group(1)) - 1]), pattern).strip()


def _num_pr(num: Any) -> tuple[str, str]:
    nid = num.find(f"{_W}numId")
    ilvl = num.find(f"{_W}ilvl")
    return (
        nid.get(f"{_W}val") if nid is not None else "",
        ilvl.get(f"{_W}val") if ilvl is not None else "0",
    )


def _convert(path: Path, data: bytes, facts: _Facts, d: Draft) -> str:
    # mammoth's HTML of the document, images saved into the draft, numbers put back.
    import mammoth
    from mammoth import documents, transforms

    headings = list(facts.heading_numbers)
    principles = list(facts.list_principles)

    def paragraph(p: Any) -> Any:
        text = "".join(t.value for t in transforms.get_descendants_of_type(p, documents.Text))
        text = text.strip()
        if headings and headings[0][0] == text:
            label = headings.pop(0)[1]
            return p.copy(children=[documents.run([documents.text(f"{label} ")]), *p.children])
        if principles and p.numbering is not None and principles[0][0] == text:
            number = principles.pop(0)[1]
            return p.copy(
                style_id=None,
                style_name=PRINCIPLE_STYLE,
                numbering=None,
                children=[
                    documents.run([documents.text(f"{importer.HEADING_MARK}{number}. ")]),
                    *p.children,
                ],
            )
        return p

    count = 0

    def image(img: Any) -> dict[str, str]:
        nonlocal count
        count += 1
        ext = _EXTENSIONS.get(str(img.content_type), "")
        if not ext:
            d.left_out.append(f"image {count}: its type {img.content_type} is not shown on a site")
            return {"src": f"data:{img.content_type}", "alt": ""}
        name = f"afbeelding-{count}{ext}"
        with img.open() as fh:
            d.media[name] = fh.read()
        alt = " ".join(str(img.alt_text or "").split())
        if not alt and len(facts.alt_texts) >= count:
            # LibreOffice wraps a picture in mc:AlternateContent, whose VML fallback (which
            # mammoth reads) lacks the alt text of the DrawingML picture.
            alt = facts.alt_texts[count - 1]
        return {"src": f"{MEDIA}/{name}", "alt": alt}

    result = mammoth.convert_to_html(
        io.BytesIO(data),
        style_map=STYLE_MAP,
        convert_image=mammoth.images.img_element(image),
        transform_document=transforms.paragraph(paragraph),
    )
    for message in result.messages:
        if message.type == "error":
            d.left_out.append(f"mammoth could not read a part: {message.message}")
    return str(result.value)


_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/svg+xml": ".svg",
    "image/webp": ".webp",
}
