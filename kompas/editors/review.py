"""``kompas review [ARTICLE]``: what became of each sentence that looks like advice.

Per principle it prints the checklist items and reflection questions with the line they
come from, and the sentences that look like advice or a question but were not taken, each
with the reason. Editors use it to decide where to word an item themselves with
``<!-- checklist: … -->`` (see README, "Review report").

The sentence analysis is the extractor's own (``extract.candidates``): each sentence names
the rule that took it or left it out (``rules.by_id()`` explains it).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

from kompas.articles import extract, rules, source
from kompas.errors import ContentError


def report(path: Path, root: Path) -> list[str]:
    """The review report of one article, as lines of text."""
    text = source.read_text(path)
    outline = source.parse(path, text)
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    doc = extract.build_document(outline, path.stem, rel, digest, None)
    candidates = extract.candidates(outline)
    lines = [f"{rel}: {doc['article']['title']} ({len(doc['principles'])} principles)"]
    placed: set[int] = set()
    for p in doc["principles"]:
        number = f"{p['number']}. " if p.get("number") is not None else ""
        lines += ["", f"{number}{p['title']}  (line {p['line']}, id {p['id']})"]
        mine = [c for c in candidates if c.principle in (p["title"], _raw_title(outline, p))]
        placed.update(id(c) for c in mine)
        flags = {c.item or c.text: c.flag for c in mine if c.taken and c.flag}
        reasons = {c.item or c.text: _why(c.rule) for c in mine if c.taken}
        lines.append(f"  items ({len(p['checklist'])}):")
        for item in p["checklist"]:
            lines.append(f"    + line {item['source']['line']}: {item['text']}")
            lines += _provenance(item, reasons.get(item["text"], ""))
            if flags.get(item["text"]):
                lines.append(
                    f"      ! {_why(flags[item['text']])}: word it with <!-- checklist: … --> "
                    "after its paragraph"
                )
        lines.append(f"  questions ({len(p['reflection'])}):")
        for q in p["reflection"]:
            lines.append(f"    + line {q['source']['line']}: {q['text']}")
            lines += _provenance(q, reasons.get(q["text"], ""))
        left = [c for c in mine if not c.taken]
        lines.append(f"  not taken ({len(left)}):")
        for c in left:
            lines.append(f"    - line {c.line} ({c.kind}): {c.text}")
            lines.append(f"      why: {_why(c.rule)}")
    rest = [c for c in candidates if id(c) not in placed]
    if rest:  # a candidate the extractor names by a title no principle has
        lines += ["", f"other sentences ({len(rest)}):"]
        for c in rest:
            state = "taken" if c.taken else "not taken"
            lines.append(f"    - line {c.line} ({c.kind}, {state}, '{c.principle}'): {c.text}")
            lines.append(f"      why: {_why(c.rule)}")
    return lines


def _raw_title(outline: source.Outline, p: dict[str, Any]) -> str:
    # The heading as written (a candidate may name the principle by it).
    for s in outline.sections:
        if s.line == p["line"]:
            return s.title
    return str(p["title"])


def _provenance(entry: dict[str, Any], reason: str) -> list[str]:
    # Where an item comes from when its wording differs from the sentence, and by which rule.
    out = []
    quote = " ".join(str(entry["source"]["quote"]).split())
    if entry.get("origin") == "added":
        out.append(f"      worded by the editors from: {quote}")
    elif quote and quote != entry["text"]:
        out.append(f"      from: {quote}")
    if reason:
        out.append(f"      rule: {reason}")
    return out


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
