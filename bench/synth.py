"""Synthetic projects for the scale benchmark: articles of ten principles each, written
from the real articles' principle texts under new, unique titles."""

from __future__ import annotations

import re
from pathlib import Path

from bench.common import ROOT
from bench.plain import copy_ours

PER_ARTICLE = 10
_PRINCIPLE = re.compile(r"^## \d+\.\s+.*$", re.MULTILINE)
_HEADING = re.compile(r"^## ", re.MULTILINE)
# Imperative verbs and objects for unique principle titles ("Geef ruimte aan team 17").
_VERBS = ("Geef", "Laat", "Zeg", "Toon", "Bouw", "Durf", "Vraag", "Neem", "Maak", "Kies")
_OBJECTS = ("ruimte aan", "vertrouwen aan", "richting aan", "aandacht aan", "steun aan")


def principle_bodies() -> list[str]:
    """The text under every numbered principle heading of the real articles."""
    bodies = []
    for md in sorted((ROOT / "content_src").glob("*.md")):
        text = md.read_text(encoding="utf-8")
        for match in _PRINCIPLE.finditer(text):
            rest = text[match.end() :]
            end = _HEADING.search(rest)
            bodies.append(rest[: end.start() if end else len(rest)].strip())
    return bodies


def make_project(dest: Path, principles: int) -> Path:
    """A copy of the site project in ``dest`` whose articles hold ``principles`` principles."""
    copy_ours(dest, content=False)
    src = dest / "content_src"
    (src / "principles").mkdir(parents=True)
    bodies = principle_bodies()
    for a in range(max(1, principles // PER_ARTICLE)):
        count = min(PER_ARTICLE, principles - a * PER_ARTICLE)
        parts = [
            "---",
            f'title: "Synthetisch artikel {a + 1}"',
            "author: Bench",
            "---",
            "",
            f"Dit is synthetisch artikel {a + 1}. Het toetst de site met veel principes.",
            "",
        ]
        for n in range(1, count + 1):
            k = a * PER_ARTICLE + n
            title = f"{_VERBS[k % len(_VERBS)]} {_OBJECTS[k % len(_OBJECTS)]} team {k}"
            parts += [f"## {n}. {title}", "", _unique(bodies[k % len(bodies)], k), ""]
        (src / f"synthetisch-{a + 1:04d}.md").write_text("\n".join(parts), encoding="utf-8")
    return dest


def _unique(body: str, k: int) -> str:
    # Make every paragraph's text unique (no cache can reuse another principle's work)
    # without changing how it splits into sentences: "(school k)" before the final stop.
    return _PARAGRAPH_END.sub(lambda m: f" (school {k}){m.group(1)}", body)


_PARAGRAPH_END = re.compile(r"(?<=\w)([.!?])$", re.MULTILINE)
