"""What the site is made of, independent of the generator: pages, navigation, contexts.

The MkDocs hooks are thin adapters over this module: they ask it which pages to add
(``Page``), how the navigation goes (a tree of ``NavSection`` and ``NavLink``, titles as
plain text: escaping is the adapter's business) and which template and data render a
marker. Every page path comes from ``page_uri``; templates link with ``url(target)``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from babel.dates import format_date
from markdown.extensions.toc import slugify

from kompas.principles.model import Article, Document, Item, Principle
from kompas.site import handout, spiegel
from kompas.site.render import markdown_to_html, markdown_with_anchors

# A marker in a page that the site replaces with rendered content: <!-- kompas:NAME ARG -->.
MARKER = re.compile(r"<!--\s*kompas:([a-z-]+)(?:\s+([^\s>]+))?\s*-->")
# The tool pages: per tool its pages (the first one is in the navigation, with this title).
TOOLS: dict[str, tuple[str, tuple[str, ...]]] = {
    "mijn-checklist": ("Mijn checklist", ("mijn-checklist.md",)),
    "handout": ("Workshop-handout", (handout.PAGE,)),
    "spiegel": ("De spiegel", (spiegel.PAGE, spiegel.JOIN_PAGE)),
}

PageKind = Literal["overview", "faq", "article", "principle"]


def page_uri(kind: PageKind, article_id: str = "", principle_id: str = "") -> str:
    """The source path of a generated page: the one place that knows the site's layout."""
    if kind == "overview":
        return "principes/index.md"
    if kind == "faq":
        return "veelgestelde-vragen.md"
    if kind == "article":
        return f"{article_id}/index.md"
    return f"{article_id}/{principle_id}.md"


OVERVIEW = page_uri("overview")
FAQ = page_uri("faq")


@dataclass(frozen=True, slots=True)
class Page:
    """A page the site adds: where it lives, its title, description and content marker.

    Title and description are plain text (not escaped).
    """

    src_uri: str
    title: str
    description: str
    marker: str


@dataclass(frozen=True, slots=True)
class NavLink:
    """A navigation entry that opens a page; the title is plain text."""

    title: str
    src_uri: str


@dataclass(frozen=True, slots=True)
class NavSection:
    """A navigation group of links; the title is plain text."""

    title: str
    children: tuple[NavLink, ...]


@dataclass(frozen=True, slots=True)
class Cited:
    """A passage of the article quoted under a principle's sources, once, with the items and
    questions taken from it (their numbers on the page) and where it is in the text."""

    quote: str
    anchor: str  # the id of the passage on the page; "" when it is not shown there
    items: tuple[tuple[int, Item], ...]


NavEntry = NavLink | NavSection
Found = tuple[str, dict[str, Any]]


class Site:
    """The principle documents of all articles, and everything derived from them."""

    def __init__(self, docs: list[Document]) -> None:
        self.docs = sorted(docs, key=_place)
        self.articles = {d.article.id: d for d in docs}
        self.principles = {p.id: (d, p) for d in docs for p in d.principles}

    def pages(self) -> list[Page]:
        """Every generated page: overview, FAQ, and per article its page and principles."""
        out = [
            Page(
                OVERVIEW,
                "Alle principes",
                "Alle principes voor vertrouwen in leiderschap op een rij, per artikel.",
                "overview",
            )
        ]
        for d in self.docs:
            a = d.article
            out.append(Page(self.uri(a), a.title, a.summary or a.title, f"article {a.id}"))
            out += [
                Page(self.uri(p), p.title, p.summary, f"principle {p.id}") for p in d.principles
            ]
        if self._has_faq():
            out.append(
                Page(
                    FAQ,
                    "Veelgestelde vragen",
                    "Antwoorden op veelgestelde vragen over vertrouwen in je team.",
                    "faq",
                )
            )
        return out

    def navigation(self) -> list[NavEntry]:
        """The navigation of the generated pages: overview, one section per article, FAQ."""
        nav: list[NavEntry] = [NavLink("Alle principes", OVERVIEW)]
        for d in self.docs:
            children = [NavLink("Over dit artikel", self.uri(d.article))]
            children += [NavLink(f"{p.number}. {p.title}", self.uri(p)) for p in d.principles]
            nav.append(NavSection(d.article.title, tuple(children)))
        if self._has_faq():
            nav.append(NavLink("Veelgestelde vragen", FAQ))
        return nav

    def uri(self, target: Article | Principle | str) -> str:
        """The source path of the page of an article or a principle (a path stays as is)."""
        if isinstance(target, Article):
            return page_uri("article", target.id)
        if isinstance(target, Principle):
            doc, _ = self.principles[target.id]
            return page_uri("principle", doc.article.id, target.id)
        return target

    def context(self, name: str, arg: str | None) -> Found | None:
        """Template and data for a marker, or None for an unknown marker or argument."""
        make = _MARKERS.get(name)
        return make(self, arg) if make is not None else None

    def manifest(self) -> dict[str, Any]:
        """Per principle its old ids and its items' ids with their old ids, for the browser."""
        return {
            pid: {
                "aliases": list(p.aliases),
                "items": {i.id: list(i.aliases) for i in p.checklist},
            }
            for pid, (_, p) in self.principles.items()
        }

    def markers(self, html: str) -> Iterator[re.Match[str]]:
        """The markers in a page's HTML."""
        return MARKER.finditer(html)

    def credits(self) -> str:
        """Who wrote the articles, from their front matter, each name once in article order:
        "René Rensen (De Onderwijskapitein)", "A, B en C"."""
        names: list[str] = []
        for d in self.docs:
            a = d.article
            name = f"{a.author} ({a.organisation})" if a.organisation else a.author
            if name not in names:
                names.append(name)
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]

    def tool_links(self, present: set[str]) -> list[NavLink]:
        """Navigation links to the tool pages that are ``present``, in a fixed order."""
        return [
            NavLink(title, pages[0]) for title, pages in TOOLS.values() if pages[0] in present
        ]

    def _has_faq(self) -> bool:
        return any(d.article.faq for d in self.docs)


def _place(doc: Document) -> tuple[int, int, str]:
    # Where an article goes on the site: by `order` (1 first), then the dated ones newest
    # first, then the rest; within each, by file name (its id).
    a = doc.article
    if a.order is not None:
        return (0, a.order, a.id)
    if a.date:
        return (1, -int(a.date.replace("-", "")), a.id)
    return (2, 0, a.id)


def long_date(iso: str | None) -> str:
    """A front-matter date as Dutch readers write it: "31 januari 2025" ("" without one)."""
    if not iso:
        return ""
    return str(format_date(dt.date.fromisoformat(iso), format="long", locale="nl"))


def _principle(site: Site, arg: str | None) -> Found | None:
    if arg not in site.principles:
        return None
    d, p = site.principles[arg]
    explanation, anchors = markdown_with_anchors(
        p.explanation, [i.source.quote for i in (*p.checklist, *p.reflection)]
    )
    return "kompas/principle.html", {
        "article": d.article,
        "principle": p,
        "total": len(d.principles),
        "explanation": explanation,
        "sources": cited(p, anchors),
    }


def cited(p: Principle, anchors: dict[str, str]) -> list[Cited]:
    """The principle's sources: each quoted passage once, in the order of the items and
    questions (numbered as on the page), with the id of the passage (``anchors``; the
    principle's title for an item that is its heading)."""
    order: dict[str, list[tuple[int, Item]]] = {}
    for n, item in enumerate((*p.checklist, *p.reflection), start=1):
        order.setdefault(item.source.quote, []).append((n, item))
    out = []
    for quote, items in order.items():
        heading = all(item.origin == "heading" for _, item in items)
        anchor = p.id if heading else anchors.get(quote, "")
        out.append(Cited(quote, anchor, tuple(items)))
    return out


def _article(site: Site, arg: str | None) -> Found | None:
    if arg not in site.articles:
        return None
    d = site.articles[arg]
    a = d.article
    anchors = _anchors([s.title for s in a.sections], taken={a.id, "principes"})
    return "kompas/article.html", {
        "article": a,
        "principles": d.principles,
        "intro": markdown_to_html(a.intro),
        "sections": [
            (s, markdown_to_html(s.markdown), anchor)
            for s, anchor in zip(a.sections, anchors, strict=True)
        ],
    }


def _anchors(titles: list[str], taken: set[str]) -> list[str]:
    # An id per heading, unique on the page: its slug, numbered when taken.
    out = []
    for title in titles:
        base = slugify(title, "-") or "sectie"
        anchor, n = base, 2
        while anchor in taken:
            anchor, n = f"{base}-{n}", n + 1
        taken.add(anchor)
        out.append(anchor)
    return out


def _overview(site: Site) -> Found:
    return "kompas/overview.html", {"docs": site.docs, "manifest": site.manifest()}


def _faq(site: Site) -> Found:
    faq = [
        (d.article, [(q, markdown_to_html(q.answer)) for q in d.article.faq])
        for d in site.docs
        if d.article.faq
    ]
    return "kompas/faq.html", {"faq": faq}


def _articles(site: Site) -> Found:
    return "kompas/articles.html", {"docs": site.docs}


def _credits(site: Site) -> Found:
    return "kompas/credits.html", {"credits": site.credits()}


def _checklist_page(name: str) -> Callable[[Site], Found]:
    def make(site: Site) -> Found:
        return f"kompas/{name}.html", {"docs": site.docs, "manifest": site.manifest()}

    return make


def _handout(site: Site) -> Found:
    return "kompas/handout.html", handout.context(site.docs)


def _spiegel_page(name: str) -> Callable[[Site], Found]:
    def make(site: Site) -> Found:
        return f"kompas/{name}.html", spiegel.context(site.docs)

    return make


def _no_arg(make: Callable[[Site], Found]) -> Callable[[Site, str | None], Found | None]:
    # A marker that takes no argument: with one it is unknown.
    return lambda site, arg: make(site) if arg is None else None


# Every marker: its name and the function that gives its template and data.
_MARKERS: dict[str, Callable[[Site, str | None], Found | None]] = {
    "principle": _principle,
    "article": _article,
    "overview": _no_arg(_overview),
    "faq": _no_arg(_faq),
    "articles": _no_arg(_articles),
    "credits": _no_arg(_credits),
    "mijn-checklist": _no_arg(_checklist_page("mijn-checklist")),
    "progress": _no_arg(_checklist_page("progress")),
    "handout": _no_arg(_handout),
    "spiegel": _no_arg(_spiegel_page("spiegel")),
    "spiegel-meedoen": _no_arg(_spiegel_page("spiegel-meedoen")),
}
