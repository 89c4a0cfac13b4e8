"""``kompas review [ARTICLE]``: what became of each sentence that looks like advice.

Per principle it prints the checklist items and reflection questions with the line they
come from and the id the site gives them, the rule that found each (with the steps that
reworded it), the items held back because they fail a check (they do not read on their own,
are no advice, or are fragments), and the sentences that look like advice or a question but
were not taken, each with the rule that left it out. Last, the advice and
questions the article gives outside its principles (intro, sections before and after),
which reach no checklist. Editors use it to decide where to word an item themselves with
``<!-- checklist: … -->`` (see README, "Importing an article and reviewing what it became").

The analysis is the extractor's own (``extract.extract``), and the ids are those of the
principle file the site is built from (``content_src/principles/<id>.yml``), so the report
shows exactly what the build does.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from kompas import convert, spiegel_wording
from kompas.articles import extract, rules, sections, source
from kompas.articles.analysis import Analysis
from kompas.articles.rules import Candidate, Found
from kompas.errors import ContentError
from kompas.principles import store
from kompas.principles.model import Document, Item, Principle


def report(path: Path, root: Path) -> list[str]:
    """The review report of one article, as lines of text."""
    outline = source.parse(path, source.read_text(path))
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    result = extract.extract(outline, path.stem, rel, digest, _site_document(path, root))
    doc = spiegel_wording.apply(outline, result.document)
    lines = [f"{rel}: {doc.article.title} ({len(doc.principles)} principles)"]
    for p, chosen in zip(doc.principles, result.choice.principles, strict=True):
        lines += ["", f"{p.number}. {p.title}  (line {p.line}, id {p.id})"]
        lines += _principle(p, chosen.analysis)
    shown = {q.text for q in doc.article.questions}
    lines += _outside(sections.outside(outline, result.choice), shown)
    return lines


def _site_document(path: Path, root: Path) -> Document | None:
    # The principle file the site is built from, when the article is one of the project's.
    yml = convert.output_dir(root) / f"{path.stem}.yml"
    if path.parent.resolve() != (root / convert.SOURCE_DIR).resolve() or not yml.is_file():
        return None
    return store.load(yml)


def _principle(p: Principle, analysis: Analysis) -> list[str]:
    # A principle's items, questions and the sentences not taken.
    taken = {c.item: c for c in analysis.candidates if c.taken}
    lines = [f"  items ({len(p.checklist)}):"]
    for item, found in zip(p.checklist, analysis.checklist, strict=True):
        lines += _entry(item, found, taken.get(item.text)) + _on_the_scale(item)
    lines.append(f"  questions ({len(p.reflection)}):")
    for q, found in zip(p.reflection, analysis.reflection, strict=True):
        lines += _entry(q, found, taken.get(q.text))
    held = [c for c in analysis.candidates if c.flag]
    lines.append(f"  held back for the editors ({len(held)}):")
    for c in held:
        lines += [f"    ! line {c.line}: {c.item}", f"      from: {' '.join(c.text.split())}"]
        lines += [f"      why: {_why(c.flag)}", f"      found by: {_why(c.rule)}"]
        lines.append("      word it with <!-- checklist: … --> after its paragraph")
    left = [c for c in analysis.candidates if not c.taken and not c.flag]
    lines.append(f"  not taken ({len(left)}):")
    for c in left:
        lines += [f"    - line {c.line} ({c.kind}): {c.text}", f"      why: {_why(c.rule)}"]
    return lines


def _entry(item: Item, found: Found, candidate: Candidate | None) -> list[str]:
    # One item or question: line, text and id; where it comes from, the rule, the steps.
    out = [f"    + line {item.source.line}: {item.text}  (id {item.id})"]
    quote = " ".join(item.source.quote.split())
    if item.origin == "added":
        out.append(f"      worded by the editors from: {quote}")
    elif quote and quote != item.text:
        out.append(f"      from: {quote}")
    if found.rule:
        out.append(f"      rule: {_why(found.rule)}")
    for step in candidate.steps if candidate else ():
        out.append(f"      step: {_why(step)}")
    return out


def _on_the_scale(item: Item) -> list[str]:
    # How an item reads in De spiegel: the editors' wording, or why it reads badly there.
    if item.spiegel:
        return [f"      spiegel: {item.spiegel}"]
    return [
        f"      ! spiegel: {check.explanation} [{check.id}]; word it with "
        "<!-- spiegel: … --> after its paragraph"
        for check in spiegel_wording.flags(item.text)
    ]


def _outside(parts: list[sections.Principle], shown: set[str]) -> list[str]:
    # Advice and questions of the intro and of the sections around the principles.
    found = [
        (p.section.title or "intro", f)
        for p in parts
        for f in (*p.analysis.checklist, *p.analysis.reflection)
        if f.text not in shown
    ]
    if not found:
        return []
    lines = ["", f"outside the principles, on no checklist ({len(found)}):"]
    for where, f in found:
        lines += [f"    - line {f.line} ({where}): {f.text}"]
        lines += [f"      would be: {_why(f.rule)}"] if f.rule else []
    return lines


def _why(rule_id: str) -> str:
    # A rule's explanation for the editors, and its id.
    return f"{rules.by_id()[rule_id].explanation} [{rule_id}]"


def articles(root: Path, article: str) -> list[Path]:
    """The article files to review: one by path or id, or all of ``content_src/``."""
    if not article:
        return sorted((root / "content_src").glob("*.md"))
    given = Path(article)
    for candidate in (given, root / given, root / "content_src" / f"{article}.md"):
        if candidate.is_file():
            return [candidate.resolve()]
    raise ContentError(
        root / "content_src" / f"{article}.md",
        None,
        f"there is no article '{article}'",
        "give an article's file (content_src/<id>.md) or its id; without one, all are reviewed",
    )


def main(root: Path, article: str) -> int:
    """Print the report of one or all articles; 1 when an article cannot be read."""
    status = 0
    try:
        paths = articles(root, article)
    except ContentError as exc:
        print(f"error: {exc.relative_to(root)}", file=sys.stderr)
        return 1
    for n, path in enumerate(paths):
        try:
            lines = report(path, root)
        except ContentError as exc:
            print(f"error: {exc.relative_to(root)}", file=sys.stderr)
            status = 1
            continue
        print(("\n" if n else "") + "\n".join(lines))
    return status
