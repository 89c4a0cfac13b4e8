"""Measuring a corpus: convert each article of a folder, build its pages and score them
against the gold annotation (``fidelity`` has the matching rule).

Used by ``tests/test_fidelity.py`` and ``bench/fidelity.py`` (which prints the figures);
nothing in the build imports it. Each article is built on its own in a temporary copy of the
project (its own articles only, PDF off), so articles that share a principle title do not
clash.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from kompas import convert
from kompas.errors import ContentError
from kompas.evaluation import fidelity

# The project whose site sources (docs/, hooks/, overrides/, mkdocs.yml) each article is
# built with: this checkout.
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "real"
HOLDOUT = ROOT / "tests" / "fixtures" / "holdout"
# Elements and attributes whose URL the browser loads by itself (links a reader clicks do not).
LOADING = {
    **dict.fromkeys(("script", "iframe", "frame", "audio", "track", "embed", "input"), ("src",)),
    **dict.fromkeys(("img", "source"), ("src", "srcset")),
    "video": ("src", "poster"),
    "object": ("data",),
    "image": ("href", "xlink:href"),
}
LINK_RELS = frozenset({"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest"})


def articles(folder: Path) -> list[Path]:
    """The articles of a corpus folder that have a gold annotation."""
    return sorted(p for p in folder.glob("*.md") if p.with_suffix(".gold.yml").is_file())


def measure(folder: Path = CORPUS, keep: Path | None = None) -> list[fidelity.ArticleScore]:
    """Convert, build and score every article in ``folder``; with ``keep`` the projects
    (``keep/<article>/site``) stay there for further checks."""
    if keep is not None:
        return [_one(md, keep / md.stem) for md in articles(folder)]
    with tempfile.TemporaryDirectory(prefix="kompas-fidelity-") as tmp:
        return [_one(md, Path(tmp) / md.stem) for md in articles(folder)]


def _project(dest: Path, md: Path) -> None:
    # A copy of the site sources whose content_src holds only this article.
    for name in ("docs", "hooks", "overrides"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "content_src" / "principles").mkdir(parents=True)
    shutil.copy(md, dest / "content_src" / md.name)
    for extra in md.parent.glob(f"{md.stem}/*"):  # images next to the article, if any
        target = dest / "content_src" / md.stem / extra.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(extra, target)


def _one(md: Path, project: Path) -> fidelity.ArticleScore:
    gold = fidelity.load_gold(md.with_suffix(".gold.yml"))
    _GOLD[gold.article] = md.with_suffix(".gold.yml")  # also outside the corpus and holdout
    _project(project, md)
    try:
        results = convert.convert(project, full=True)
    except ContentError as exc:
        return fidelity.ArticleScore(article=gold.article, error=str(exc.relative_to(project)))
    convert.write(results)
    result = fidelity.score(gold, results[0].doc)
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "KOMPAS_PDF": "0"},
    )
    if build.returncode != 0:
        result.error = "build failed: " + build.stderr.strip()[-600:]
        return result
    site = project / "site"
    text = md.read_text(encoding="utf-8-sig")
    sections = fidelity.sections_markdown(text, [p.title for p in result.principles])
    for p, section in zip(result.principles, sections, strict=True):
        sentences = fidelity.sentences_of(section or "")
        if p.principle_id:
            page_text = _page_text(site / md.stem / p.principle_id / "index.html", "vk-principle")
        else:  # not made a principle: its text belongs on the article's page
            page_text = _page_text(site / md.stem / "index.html", "vk-article")
        p.lost = fidelity.lost(sentences, page_text)
        p.sentences, p.kept = len(sentences), len(sentences) - len(p.lost)
    result.remote = remote_resources(site)
    return result


def _page_text(page: Path, css_class: str) -> str:
    # The text of the page's <article class="…"> (markup contract), "" when there is none.
    if not page.is_file():
        return ""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    node = soup.select_one(f"article.{css_class}")
    return "" if node is None else without_footnote_marks(node).get_text("")


def without_footnote_marks(node: Tag) -> Tag:
    """``node`` without the marks of its footnote references ("Software¹ maakte": the mark
    is no text of the sentence); the footnotes themselves stay."""
    for mark in node.select("sup > a.footnote-ref"):
        mark.decompose()
    return node


def remote_resources(site: Path) -> list[str]:
    """Every URL on another host that a built page would load by itself (file: URL)."""
    found = []
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(True):
            if not isinstance(tag, Tag):
                continue
            attrs = list(LOADING.get(tag.name, ()))
            if tag.name == "link" and LINK_RELS & set(tag.get_attribute_list("rel")):
                attrs.append("href")
            urls = [str(tag.get(a)) for a in attrs if tag.get(a)]
            style = str(tag.get("style") or "")
            urls += [u.strip("'\" ") for u in _css_urls(style)]
            for url in urls:
                for part in url.split(","):
                    candidate = part.strip().split(" ")[0]
                    if _is_remote(candidate):
                        found.append(f"{page.relative_to(site)}: <{tag.name}> {candidate}")
    return found


def _css_urls(style: str) -> list[str]:
    return re.findall(r"url\(([^)]*)\)", style)


def _is_remote(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.netloc) and parts.hostname not in ("127.0.0.1", "localhost")


def totals(scores: list[fidelity.ArticleScore]) -> dict[str, float]:
    """Overall ratios (an article that did not convert counts with everything missed)."""
    r = fidelity.ratio
    item_req = sum(_required(s, "items") for s in scores)
    q_req = sum(_required(s, "questions") for s in scores)
    sentences = sum(_sentences(s) for s in scores)
    return {
        "item recall": r(sum(s.count("items", "found") for s in scores), item_req),
        "item precision": r(
            sum(s.count("items", "correct") for s in scores),
            sum(s.count("items", "extracted") for s in scores),
        ),
        "question recall": r(sum(s.count("questions", "found") for s in scores), q_req),
        "question precision": r(
            sum(s.count("questions", "correct") for s in scores),
            sum(s.count("questions", "extracted") for s in scores),
        ),
        "text kept": r(sum(s.kept for s in scores), sentences),
        "requests": float(sum(len(s.remote) for s in scores)),
    }


def _required(s: fidelity.ArticleScore, what: fidelity.Kind) -> int:
    # Gold counts even when the article did not convert (then nothing was found).
    if s.principles:
        return s.count(what, "required")
    gold = fidelity.load_gold(_gold_path(s.article))
    return sum(len(getattr(p, what)) for p in gold.principles)


def _sentences(s: fidelity.ArticleScore) -> int:
    if s.principles and not s.error:
        return s.sentences
    md = _gold_path(s.article).with_suffix("").with_suffix(".md")
    text = md.read_text(encoding="utf-8-sig")
    gold = fidelity.load_gold(_gold_path(s.article))
    sections = fidelity.sections_markdown(text, [p.title for p in gold.principles])
    return sum(len(fidelity.sentences_of(section or "")) for section in sections)


_GOLD: dict[str, Path] = {}


def _gold_path(article: str) -> Path:
    if article not in _GOLD:
        for folder in (CORPUS, HOLDOUT):
            path = folder / f"{article}.gold.yml"
            if path.is_file():
                _GOLD[article] = path
    return _GOLD[article]


def details(scores: list[fidelity.ArticleScore]) -> list[str]:
    """Missed and extra items and questions, lost sentences, remote resources."""
    out = []
    for s in scores:
        out.append(f"### {s.article}")
        if s.error:
            out.append(f"- error: {s.error}")
        for p in s.principles:
            where = p.principle_id or "(no converted principle with this title)"
            out += [f"- {p.title} → {where}"]
            out += [f"  - item ({sim:.2f}): {g} ← {e}" for g, e, sim in p.items.pairs]
            out += [f"  - question ({sim:.2f}): {g} ← {e}" for g, e, sim in p.questions.pairs]
            out += [f"  - missed item: {t}" for t in p.items.missed]
            out += [f"  - extra item: {t}" for t in p.items.extra]
            out += [f"  - missed question: {t}" for t in p.questions.missed]
            out += [f"  - extra question: {t}" for t in p.questions.extra]
            out += [f"  - not on the page: {t}" for t in p.lost]
        out += [f"- item of a principle not in the gold: {t}" for t in s.stray_items]
        out += [f"- question of a principle not in the gold: {t}" for t in s.stray_questions]
        out += [f"- remote: {r}" for r in s.remote]
    return out
