"""What the site is made of, independent of the generator: pages, navigation, contexts.

The MkDocs hooks are thin adapters over this module: they ask it which pages to add,
in which order they go in the navigation, and which template and data render a marker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from markupsafe import escape

from kompas.site import handout, spiegel
from kompas.site.render import markdown_to_html

# A marker in a page that the site replaces with rendered content: <!-- kompas:NAME ARG -->.
MARKER = re.compile(r"<!--\s*kompas:([a-z-]+)(?:\s+([^\s>]+))?\s*-->")
OVERVIEW = "principes/index.md"
FAQ = "veelgestelde-vragen.md"
# Hand-written pages that, when present in docs/, get a fixed place in the navigation.
HAND_WRITTEN = ("index.md", "mijn-checklist.md", "handout.md", spiegel.PAGE)


@dataclass(frozen=True)
class GeneratedPage:
    """A page the site adds: where it lives, its title, description and content marker."""

    src_uri: str
    title: str
    description: str
    marker: str

    def markdown(self) -> str:
        """The page source: front matter (escaped for raw use in templates) and its marker."""
        meta = {"title": str(escape(self.title)), "description": str(escape(self.description))}
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
        return f"---\n{front}---\n\n<!-- kompas:{self.marker} -->\n"


class Site:
    """The principle documents of all articles, and everything derived from them."""

    def __init__(self, docs: list[dict[str, Any]]) -> None:
        self.docs = docs
        self.articles = {d["article"]["id"]: d for d in docs}
        self.principles = {p["id"]: (d, p) for d in docs for p in d["principles"]}

    def pages(self) -> list[GeneratedPage]:
        """Every generated page: overview, FAQ, and per article its page and principles."""
        out = [
            GeneratedPage(
                OVERVIEW,
                "Alle principes",
                "Alle principes voor vertrouwen in leiderschap op een rij, per artikel.",
                "overview",
            )
        ]
        for d in self.docs:
            a = d["article"]
            out.append(
                GeneratedPage(
                    f"{a['id']}/index.md",
                    a["title"],
                    a.get("summary") or a["title"],
                    f"article {a['id']}",
                )
            )
            out += [
                GeneratedPage(
                    principle_uri(a["id"], p["id"]),
                    p["title"],
                    p["summary"],
                    f"principle {p['id']}",
                )
                for p in d["principles"]
            ]
        if any(d["article"]["faq"] for d in self.docs):
            out.append(
                GeneratedPage(
                    FAQ,
                    "Veelgestelde vragen",
                    "Antwoorden op veelgestelde vragen over vertrouwen in je team.",
                    "faq",
                )
            )
        return out

    def navigation(self, present: set[str]) -> list[Any]:
        """The navigation in MkDocs ``nav`` form; hand-written pages only when ``present``."""
        nav: list[Any] = []
        if "index.md" in present:
            nav.append({"Start": "index.md"})
        nav.append({"Alle principes": OVERVIEW})
        for d in self.docs:
            a = d["article"]
            children: list[Any] = [{"Over dit artikel": f"{a['id']}/index.md"}]
            children += [
                {f"{p['number']}. {escape(p['title'])}": principle_uri(a["id"], p["id"])}
                for p in d["principles"]
            ]
            nav.append({str(escape(a["title"])): children})
        if any(d["article"]["faq"] for d in self.docs):
            nav.append({"Veelgestelde vragen": FAQ})
        titles = {
            "mijn-checklist.md": "Mijn checklist",
            "handout.md": "Workshop-handout",
            spiegel.PAGE: "De spiegel",
        }
        nav += [{titles[uri]: uri} for uri in HAND_WRITTEN[1:] if uri in present]
        return nav

    def context(self, name: str, arg: str | None) -> tuple[str, dict[str, Any]] | None:
        """Template and data for a marker, or None for an unknown marker or argument."""
        if name == "principle" and arg in self.principles:
            d, p = self.principles[arg]
            return "kompas/principle.html", {
                "article": d["article"],
                "source": d["source"],
                "principle": p,
                "total": len(d["principles"]),
                "explanation": markdown_to_html(p["explanation"]),
                "article_uri": f"{d['article']['id']}/index.md",
            }
        if name == "article" and arg in self.articles:
            d = self.articles[arg]
            a = d["article"]
            return "kompas/article.html", {
                "article": a,
                "principles": d["principles"],
                "intro": markdown_to_html(a["intro"]),
                "sections": [dict(s, html=markdown_to_html(s["markdown"])) for s in a["sections"]],
                "uri": principle_uri,
            }
        if name == "overview" and arg is None:
            return "kompas/overview.html", {
                "docs": self.docs,
                "uri": principle_uri,
                "manifest": self.manifest(),
            }
        if name == "faq" and arg is None:
            faq = [
                (
                    d["article"],
                    [dict(q, html=markdown_to_html(q["answer"])) for q in d["article"]["faq"]],
                )
                for d in self.docs
                if d["article"]["faq"]
            ]
            return "kompas/faq.html", {"faq": faq}
        if name == "articles" and arg is None:
            return "kompas/articles.html", {"docs": self.docs}
        if name in ("mijn-checklist", "progress") and arg is None:
            return f"kompas/{name}.html", {
                "docs": self.docs,
                "uri": principle_uri,
                "manifest": self.manifest(),
            }
        if name == "handout" and arg is None:
            return "kompas/handout.html", handout.context(self.docs, principle_uri)
        if name in ("spiegel", "spiegel-meedoen") and arg is None:
            return f"kompas/{name}.html", spiegel.context(self.docs)
        return None

    def manifest(self) -> dict[str, Any]:
        """Per principle its old ids and its items' ids with their old ids, for the browser."""
        return {
            pid: {
                "aliases": list(p["aliases"]),
                "items": {i["id"]: list(i["aliases"]) for i in p["checklist"]},
            }
            for pid, (_, p) in self.principles.items()
        }

    def markers(self, html: str) -> Iterator[re.Match[str]]:
        """The markers in a page's HTML."""
        return MARKER.finditer(html)


def principle_uri(article_id: str, principle_id: str) -> str:
    """Source path of a principle page."""
    return f"{article_id}/{principle_id}.md"
