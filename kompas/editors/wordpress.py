"""A WordPress export (WXR, Tools → Export) as draft articles, one per chosen post.

``kompas import export.xml`` lists the published posts (id, date, number of ``##`` sections,
whether it looks like a numbered list article); ``--post ID`` (repeatable) or ``--all``
imports them. The XML is parsed with defusedxml: no entities, no DTD, nothing fetched.
A post's HTML loses its Gutenberg block comments and shortcodes (an enclosing shortcode
keeps its text) and goes through the importer's HTML path, where images and embeds that
would load from another host become links (the build refuses them otherwise).
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kompas.articles.source import PRINCIPLE_HEADING
from kompas.editors import importer
from kompas.editors.importer import Draft
from kompas.errors import ContentError


@dataclass(frozen=True)
class Post:
    """One item of the export: a post, page or attachment, with what we need of it."""

    id: int
    title: str
    link: str
    author: str  # display name when the export lists the author, else the login
    date: str  # YYYY-MM-DD
    status: str
    kind: str  # wp:post_type
    content: str
    password: bool


@dataclass(frozen=True)
class Export:
    """A read export: its file, the blog's name and its published posts."""

    path: Path
    blog: str
    posts: tuple[Post, ...]


def read(path: Path) -> Export:
    """Read a WXR file safely; a clear error when it is no export or has no published posts."""
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException

    try:
        root = ET.fromstring(path.read_bytes())
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise ContentError(
            path,
            line,
            f"the file is not well-formed XML ({exc.msg if hasattr(exc, 'msg') else exc})",
            "export the blog again (WordPress: Tools → Export → All content) and import the "
            "new file unchanged",
        ) from None
    except DefusedXmlException as exc:
        raise ContentError(
            path,
            None,
            f"the XML declares entities or a DTD, which are not read for safety ({exc})",
            "use the file exactly as WordPress exported it (Tools → Export)",
        ) from None
    channel = root.find("channel")
    if root.tag != "rss" or channel is None or not _is_wxr(root):
        raise ContentError(
            path,
            None,
            "this is not a WordPress export (no <rss><channel> with WordPress's export fields)",
            "in WordPress choose Tools → Export → Posts (or All content) and import that file",
        )
    authors = {}
    for author in _children(channel, "wp:author"):
        fields = _fields(author)
        login = fields.get("wp:author_login", "")
        authors[login] = fields.get("wp:author_display_name", "") or login
    posts = []
    for item in channel.iter("item"):
        fields = _fields(item)
        raw_id = fields.get("wp:post_id", "")
        if not raw_id.isdigit():
            continue
        login = fields.get("dc:creator", "")
        posts.append(
            Post(
                id=int(raw_id),
                title=_plain(fields.get("title", "")),
                link=fields.get("link", "").strip(),
                author=authors.get(login, login),
                date=fields.get("wp:post_date", "")[:10],
                status=fields.get("wp:status", ""),
                kind=fields.get("wp:post_type", ""),
                content=fields.get("content:encoded", ""),
                password=bool(fields.get("wp:post_password", "").strip()),
            )
        )
    published = tuple(p for p in posts if p.kind == "post" and p.status == "publish")
    if not published:
        raise ContentError(
            path,
            None,
            f"the export has no published posts ({len(posts)} items: {_kinds(posts) or 'none'})",
            "export the blog's posts (Tools → Export → Posts, status 'Published') and import "
            "that file",
        )
    return Export(path, _plain(channel.findtext("title") or ""), published)


def listing(export: Export) -> list[str]:
    """A table of the published posts, to choose from with --post ID or --all."""
    rows = [(p, _convert(export, p)) for p in export.posts]
    lines = [
        f"{export.path.name}: {len(rows)} published posts"
        + (f" of '{export.blog}'" if export.blog else ""),
        "",
        f"{'id':>6}  {'date':10}  {'## sections':>11}  {'numbered list':13}  title",
    ]
    for post, d in rows:
        sections = sum(1 for line in d.body if line.startswith("## "))
        numbered = "yes" if _numbered(post, d) else "no"
        lines.append(
            f"{post.id:>6}  {post.date or '?':10}  {sections:>11}  {numbered:13}  "
            f"{post.title or '(no title)'}" + (" (password-protected)" if post.password else "")
        )
    lines += [
        "",
        f"import with: kompas import {export.path.name} --post ID [--post ID …]  (or --all)",
    ]
    return lines


def drafts(export: Export, ids: list[int], *, every: bool = False) -> list[Draft]:
    """A draft per chosen post; an unknown id or a post without text is an error."""
    by_id = {p.id: p for p in export.posts}
    chosen = list(export.posts) if every else []
    for post_id in ids:
        if post_id not in by_id:
            raise ContentError(
                export.path,
                None,
                f"there is no published post with id {post_id}",
                f"run `kompas import {export.path.name}` to list the posts and their ids",
            )
        if by_id[post_id] not in chosen:
            chosen.append(by_id[post_id])
    out = []
    for post in chosen:
        d = _convert(export, post)
        if not any(line.strip() and not line.startswith("<!--") for line in d.body):
            raise ContentError(
                export.path,
                None,
                f"post {post.id} ('{post.title or 'no title'}') has no text",
                "leave it out: choose the posts to import with --post ID",
            )
        out.append(d)
    return out


def _convert(export: Export, post: Post) -> Draft:
    # The post as a draft: front matter from the export, body from its cleaned HTML.
    d = Draft(
        title=post.title,
        author=post.author,
        organisation=export.blog,
        source=post.link,
        date=post.date,
        label=f"post {post.id} of {export.path.name}",
        name=f"post-{post.id}",
    )
    d.notes["title"] = "from the export: the post's title"
    if post.author:
        d.notes["author"] = "from the export: the post's author (a WordPress account): check it"
    if export.blog:
        d.notes["organisation"] = "from the export: the blog's name; change or delete it"
    if post.date:
        d.notes["date"] = "from the export: the post's date"
    html = _clean(post.content, d)
    d.body = importer.markdown_from_html(_paragraphs(html), d, remote="link")
    importer.shape(d)
    return d


def _clean(content: str, d: Draft) -> str:
    # Gutenberg block comments and shortcodes out; a post's own text stays.
    text = _BLOCK_COMMENT.sub("", content)
    text = re.sub(r"<!--\s*(?:more|nextpage|noteaser)\b.*?-->", "\n\n", text)
    names = set(_SHORTCODE_PAIR.findall(text)) | _KNOWN_SHORTCODES
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    left: dict[str, int] = {}

    def enclosing(m: re.Match[str]) -> str:
        name, attrs, inner = m.group(1), m.group(2) or "", m.group(3)
        if name in ("embed", "video", "audio", "youtube", "vimeo"):
            url = inner.strip() or _attr(attrs, "src") or _attr(attrs, "url")
            if url:
                d.left_out.append(
                    f"shortcode [{name}] {url}: embeds from another host, made a link"
                )
                return f'<p><a href="{htmllib.escape(url)}">{htmllib.escape(url)}</a></p>'
        return inner

    def single(m: re.Match[str]) -> str:
        name, attrs = m.group(1), m.group(2) or ""
        url = _attr(attrs, "src") or _attr(attrs, "url") or _attr(attrs, "mp4")
        if url and name in ("video", "audio", "embed", "youtube", "vimeo"):
            d.left_out.append(f"shortcode [{name}]: embeds from another host, made a link")
            return f'<p><a href="{htmllib.escape(url)}">{htmllib.escape(url)}</a></p>'
        left[name] = left.get(name, 0) + 1
        return ""

    if pattern:
        pair = re.compile(rf"\[({pattern})(\s[^\]]*)?\](.*?)\[/\1\]", re.DOTALL)
        previous = None
        while previous != text:  # nested shortcodes
            previous = text
            text = pair.sub(enclosing, text)
        text = re.sub(rf"\[({pattern})(\s[^\]]*)?/?\]", single, text)
    for name, n in sorted(left.items()):
        d.left_out.append(
            f"shortcode [{name}] ({n}×): WordPress fills it in when it shows the post"
        )
    # A URL alone on a line is an embed (oEmbed) in WordPress: a link here.
    return re.sub(
        r"(?m)^\s*(https?://\S+)\s*$",
        lambda m: (
            f'<p><a href="{m.group(1)}">{m.group(1)}</a></p>'
            + f"{importer.NOTE_MARK}an address alone on a line (an embed in WordPress), "
            f"made a link{importer.NOTE_MARK}"
        ),
        text,
    )


def _paragraphs(text: str) -> str:
    # WordPress's wpautop, simplified: text separated by blank lines becomes paragraphs.
    text = re.sub(rf"(</?(?:{_BLOCKS})\b[^>]*>)", r"\n\n\1\n\n", text, flags=re.IGNORECASE)
    out = []
    depth = 0
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip()
        if not chunk:
            continue
        opening = re.match(rf"<({_BLOCKS})\b", chunk, re.IGNORECASE)
        closing = re.match(rf"</({_BLOCKS})\b", chunk, re.IGNORECASE)
        if opening and not chunk.endswith("/>") and opening.group(1).lower() != "hr":
            depth += 1
        elif closing:
            depth = max(0, depth - 1)
        if opening or closing or (depth > 0 and not _INLINE_ONLY.match(chunk)):
            out.append(chunk)
        elif depth > 0:
            out.append(chunk.replace("\n", "<br />\n"))
        else:
            out.append("<p>" + chunk.replace("\n", "<br />\n") + "</p>")
    return "\n".join(out)


def _numbered(post: Post, d: Draft) -> bool:
    # A numbered list article: two or more numbered ## principles, or "7 tips …" as title.
    numbered = [
        line for line in d.body if line.startswith("## ") and PRINCIPLE_HEADING.match(line[3:])
    ]
    return len(numbered) >= 2 or bool(re.match(r"^\d{1,2}\s+\w", post.title))


def _is_wxr(root: Any) -> bool:
    return any("wordpress.org/export" in str(e.tag) for e in root.iter())


def _children(parent: Any, name: str) -> list[Any]:
    return [c for c in parent if _local(str(c.tag)) == name]


def _fields(element: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for child in element:
        out.setdefault(_local(str(child.tag)), child.text or "")
    return out


def _local(tag: str) -> str:
    # "{https://wordpress.org/export/1.2/}post_id" → "wp:post_id" (any WXR version, http(s)).
    if not tag.startswith("{"):
        return tag
    uri, name = tag[1:].split("}", 1)
    for part, prefix in _NAMESPACES:
        if part in uri:
            return f"{prefix}:{name}"
    return name


def _plain(text: str) -> str:
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", text)).split())


def _attr(attrs: str, name: str) -> str:
    m = re.search(rf"\b{name}\s*=\s*[\"']([^\"']+)[\"']", attrs)
    return m.group(1) if m else ""


def _kinds(posts: list[Post]) -> str:
    counts: dict[str, int] = {}
    for p in posts:
        key = f"{p.kind} ({p.status})" if p.kind == "post" else p.kind
        counts[key] = counts.get(key, 0) + 1
    return ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))


_NAMESPACES = (
    ("wordpress.org/export", "wp"),
    ("purl.org/rss/1.0/modules/content", "content"),
    ("purl.org/dc/elements", "dc"),
    ("excerpt", "excerpt"),
)
_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:[^>]*?-->")
_SHORTCODE_PAIR = re.compile(r"\[/([a-zA-Z_][\w-]*)\]")
# Shortcodes of WordPress itself and common plugins, also when they stand alone.
_KNOWN_SHORTCODES = frozenset(
    {
        "caption",
        "wp_caption",
        "gallery",
        "playlist",
        "embed",
        "video",
        "audio",
        "youtube",
        "vimeo",
        "contact-form",
        "contact-form-7",
        "wpforms",
        "gravityform",
        "button",
    }
)
_BLOCKS = (
    "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|"
    "map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|"
    "aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|video|audio"
)
_INLINE_ONLY = re.compile(r"^[^<]*$")
