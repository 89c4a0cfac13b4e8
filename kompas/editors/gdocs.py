"""Google Docs' "Download → Web page (.html, zipped)" as a draft article.

The zip holds one HTML file and an ``images/`` folder. Google's HTML says bold and italic
with CSS classes (``.c3{font-weight:700}``), writes nested list levels as sibling lists
(``lst-kix_…-1``), wraps links in ``https://www.google.com/url?q=…`` and puts comments
(``#cmnt1``) beside footnotes (``#ftnt1``). This module undoes that, saves the images next
to the draft, and hands the HTML to the importer's HTML path. Google Docs' other download,
"Microsoft Word (.docx)", is a ``.docx`` (``docx.py``).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from kompas.editors import importer
from kompas.editors.importer import MEDIA, ZIP_MAGIC, Draft
from kompas.errors import ContentError

_IMAGE_TYPES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}


def read(path: Path) -> Draft:
    """A draft from Google Docs' zipped web page; a clear error for another or damaged zip."""
    from bs4 import BeautifulSoup, Tag

    data = path.read_bytes()
    archive = _open(path, data)
    pages = [n for n in archive.namelist() if n.lower().endswith((".html", ".htm"))]
    if len(pages) != 1:
        raise ContentError(
            path,
            None,
            f"the zip holds {len(pages)} web pages (.html); Google Docs' download holds one",
            "in Google Docs choose File → Download → Web page (.html, zipped) and import that "
            "zip unchanged, or unzip it and import the .html",
        )
    page = pages[0]
    try:
        html = archive.read(page).decode("utf-8")
    except UnicodeDecodeError:
        raise ContentError(
            path, None, f"{page} in the zip is not UTF-8", "download the document again"
        ) from None
    soup = BeautifulSoup(html, "html.parser")
    d = Draft(title="", author="", organisation="", source=path.name, label=path.name)
    body = soup.body if isinstance(soup.body, Tag) else soup
    _comments(body, d)
    _styles(soup, body)
    _lists(soup, body)
    _links(body)
    title = body.select_one("p.title")
    if isinstance(title, Tag) and title.get_text(strip=True):
        d.title = " ".join(title.get_text(" ").split())
        d.notes["title"] = "found in the document: its paragraph in the Title style"
        title.decompose()
    elif isinstance(soup.title, Tag) and soup.title.get_text(strip=True):
        d.title = " ".join(soup.title.get_text(" ").split())
        d.notes["title"] = "found in the document's name: check it"
    for sub in body.select("p.subtitle"):
        sub.name = "p"
    _images(path, archive, page, body, d)
    d.body = importer.markdown_from_html(body.decode_contents(), d)
    importer.shape(d)
    return d


def _open(path: Path, data: bytes) -> zipfile.ZipFile:
    # The zip, or an error that says what is wrong with it.
    fix = (
        "in Google Docs choose File → Download → Web page (.html, zipped) again and import "
        "the new file"
    )
    if not data.startswith(ZIP_MAGIC):
        raise ContentError(path, None, "this is not a zip archive", fix)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        damaged = archive.testzip()
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise ContentError(
            path, None, f"the zip is damaged and cannot be read ({exc})", fix
        ) from None
    if damaged is not None:
        raise ContentError(
            path, None, f"the zip is damaged: '{damaged}' does not match its checksum", fix
        )
    if "word/document.xml" in archive.namelist():
        raise ContentError(
            path,
            None,
            "this is a Word document (.docx) with the extension .zip",
            "rename it to .docx and import it again",
        )
    return archive


def _comments(body: Any, d: Draft) -> None:
    # Comments ([a] … with #cmnt1) are not part of the article: out, and said so.
    count = 0
    for ref in body.select('a[href^="#cmnt"]'):
        if ref.decomposed:
            continue
        target = body.find(id=str(ref["href"])[1:])
        if target is None:
            continue
        holder = ref.parent if ref.parent is not None and ref.parent.name == "sup" else ref
        container = target.find_parent("div") or target.parent
        if ref.get("id", "").startswith("cmnt_ref"):
            count += 1
            holder.decompose()
            if container is not None:
                container.decompose()
    if count:
        d.left_out.append(f"{count} comment{'s' if count != 1 else ''} (comments are not imported)")


def _styles(soup: Any, body: Any) -> None:
    # Bold and italic given by CSS classes become <strong> and <em>.
    css = "\n".join(style.get_text() for style in soup.find_all("style"))
    bold = set()
    italic = set()
    for name, rules in re.findall(r"\.(c\d+)\{([^}]*)\}", css):
        if re.search(r"font-weight:\s*(?:700|bold)", rules):
            bold.add(name)
        if re.search(r"font-style:\s*italic", rules):
            italic.add(name)
    for span in body.find_all("span"):
        classes = set(span.get("class") or [])
        if span.find_parent(["h1", "h2", "h3", "h4", "h5", "h6"]) is not None:
            continue
        if classes & italic:
            span.wrap(soup.new_tag("em"))
        if classes & bold:
            span.wrap(soup.new_tag("strong"))


def _lists(soup: Any, body: Any) -> None:
    # Google writes a nested level as a sibling list with class "lst-kix_<id>-<level>":
    # move each into the last item of the list one level up.
    stack: list[tuple[int, Any]] = []
    for lst in list(body.find_all(["ul", "ol"])):
        level = _level(lst)
        if level is None:
            stack = []
            continue
        while stack and stack[-1][0] > level:
            stack.pop()
        if stack and stack[-1][0] == level:  # the same list goes on after a nested one
            same = stack[-1][1]
            for item in lst.find_all("li", recursive=False):
                same.append(item.extract())
            lst.decompose()
            if not _continues(same):
                stack = []
            continue
        if stack and level > 0:
            parent_items = stack[-1][1].find_all("li", recursive=False)
            if parent_items:
                parent_items[-1].append(lst.extract())
        stack.append((level, lst))
        if not _continues(lst):
            stack = []


def _continues(lst: Any) -> bool:
    # Whether the next element is another list (a level of the same list in Google's HTML).
    sibling = lst.find_next_sibling()
    return sibling is not None and sibling.name in ("ul", "ol")


def _level(lst: Any) -> int | None:
    for cls in lst.get("class") or []:
        m = re.match(r"lst-kix_.+-(\d+)$", cls)
        if m:
            return int(m.group(1))
    return None


def _links(body: Any) -> None:
    # https://www.google.com/url?q=<address>&sa=… → <address>
    for a in body.find_all("a", href=True):
        url = urlparse(str(a["href"]))
        if url.netloc.endswith("google.com") and url.path == "/url":
            target = parse_qs(url.query).get("q")
            if target:
                a["href"] = target[0]


def _images(path: Path, archive: zipfile.ZipFile, page: str, body: Any, d: Draft) -> None:
    # Images from the zip's images/ folder are saved with the draft under their own name.
    names = set(archive.namelist())
    base = posixpath.dirname(page)
    for img in body.find_all("img"):
        src = unquote(str(img.get("src") or ""))
        inside = posixpath.normpath(posixpath.join(base, src)) if src else ""
        if inside not in names:
            if src and not re.match(r"^[a-z]+:", src):
                d.left_out.append(f"image {src}: not in the zip")
                img.decompose()
            continue
        name = posixpath.basename(inside)
        if Path(name).suffix.lower() not in _IMAGE_TYPES:
            d.left_out.append(f"image {name}: its type is not shown on a site")
            img.decompose()
            continue
        d.media[name] = archive.read(inside)
        img["src"] = f"{MEDIA}/{name}"
        img["alt"] = " ".join(str(img.get("alt") or img.get("title") or "").split())
