"""The build step: every ``content_src/*.md`` becomes ``content_src/principles/<id>.yml``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from kompas.errors import ContentError
from kompas.principles import store
from kompas.principles.model import Document

SOURCE_DIR = "content_src"
OUTPUT_DIR = "principles"


@dataclass(frozen=True)
class Converted:
    """One article's principle file: where it goes, its data and text, whether it changes."""

    path: Path
    doc: Document
    text: str | None  # None when the file was up to date and not regenerated
    changed: bool
    warnings: tuple[str, ...] = ()  # what the author may want to know (ignored keys, …)


def articles_dir(root: Path, articles: Path | None = None) -> Path:
    """The folder of the articles of the project at ``root`` (``content_src/`` unless set)."""
    return articles if articles is not None else root / SOURCE_DIR


def output_dir(root: Path, articles: Path | None = None) -> Path:
    """Where the principle files of the project at ``root`` live."""
    return articles_dir(root, articles) / OUTPUT_DIR


def convert(
    root: Path, *, full: bool = True, articles: Path | None = None, cache: Path | None = None
) -> list[Converted]:
    """Convert every article of the project at ``root``; nothing is written (see ``write``).

    ``articles`` is the folder of the articles (default: ``root/content_src``); paths in the
    principle files are relative to ``root``. With ``full=False`` an article whose principle
    file records the same source digest is not converted again (the fast path the site
    build uses; ``cache``: see ``store.load``). Raises ContentError for the first problem found
    in any file.
    """
    src = articles_dir(root, articles)
    found = sorted(src.glob("*.md"))
    if not found:
        rel = src.name if src.parent == root else src
        raise ContentError(src, None, "there is no article", f"add an article as {rel}/<name>.md")
    results = [_convert_one(root, src, md, full, cache) for md in found]
    store.check_unique(((root / r.doc.source, r.doc) for r in results), root)
    return results


def write(results: list[Converted]) -> list[Path]:
    """Write the changed principle files atomically; returns the paths written."""
    written = []
    for r in results:
        if r.changed and r.text is not None:
            store.write_atomic(r.path, r.text)
            written.append(r.path)
    return written


def orphans(root: Path, articles: Path | None = None) -> list[Path]:
    """Principle files whose article no longer exists."""
    src = articles_dir(root, articles)
    return [
        p for p in sorted((src / OUTPUT_DIR).glob("*.yml")) if not (src / f"{p.stem}.md").exists()
    ]


def load_all(root: Path, articles: Path | None = None) -> list[Document]:
    """The principle documents of all current articles, validated, in file order."""
    src = articles_dir(root, articles)
    return [
        store.load(p)
        for p in sorted((src / OUTPUT_DIR).glob("*.yml"))
        if (src / f"{p.stem}.md").exists()
    ]


def _convert_one(root: Path, src: Path, md: Path, full: bool, cache: Path | None) -> Converted:
    # Convert one article, or reuse its file when it is up to date (fast path).
    article_id = md.stem
    if not store.id_pattern().match(article_id):
        raise ContentError(
            md,
            None,
            f"the file name '{md.name}' cannot be used as the article's address",
            "rename it to lower-case letters, digits and dashes, e.g. 'team-vertrouwen.md'",
        )
    out = src / OUTPUT_DIR / f"{article_id}.yml"
    data = md.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    previous = store.load(out, cache) if out.exists() else None
    if previous is not None and not full and previous.source_sha256 == digest:
        return Converted(out, previous, None, changed=False)
    # Parsing needs markdown-it, pysbd and simplemma: imported only when an article changed,
    # which keeps the usual build (every article up to date) fast.
    from kompas import spiegel_wording
    from kompas.articles import source
    from kompas.articles.extract import build_document

    text = source.read_text(md)
    outline = source.parse(md, text)
    rel = md.relative_to(root).as_posix()
    doc = build_document(outline, article_id, rel, digest, previous)
    doc = spiegel_wording.apply(outline, doc)
    new_text = store.dump(doc, check=out)
    old_text = out.read_text(encoding="utf-8") if out.exists() else None
    warnings = tuple(w.replace(str(md), rel, 1) for w in outline.warnings)
    return Converted(out, doc, new_text, changed=new_text != old_text, warnings=warnings)
