"""The extraction rules as data: every rule's own examples, run through the real analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompas.articles import rules, sections, source

ALL = rules.ALL
HEADING = "## 1. Over dit onderwerp\n\n"


def _ids(example: str, tmp_path: Path) -> set[str]:
    # The ids of every rule, step and check the analysis applied to a principle's text.
    md = tmp_path / "a.md"
    body = example if example.startswith("## ") else HEADING + example
    md.write_text(f"---\ntitle: A\nauthor: B\n---\n\n{body}\n", encoding="utf-8")
    choice = sections.choose(source.parse(md, source.read_text(md)))
    assert choice is not None
    found: set[str] = set()
    for p in choice.principles:
        a = p.analysis
        found |= {f.rule for f in (*a.checklist, *a.reflection)}
        for c in a.candidates:
            found |= {c.rule, *c.steps} | ({c.flag} if c.flag else set())
    return found


EXAMPLES = [(r.id, text, True) for r in ALL for text in r.matches]
EXAMPLES += [(r.id, text, False) for r in ALL for text in r.misses]


@pytest.mark.parametrize(
    ("rule", "example", "applies"),
    EXAMPLES,
    ids=[f"{r}-{'match' if m else 'miss'}-{n}" for n, (r, _, m) in enumerate(EXAMPLES)],
)
def test_rule_examples(tmp_path: Path, rule: str, example: str, applies: bool) -> None:
    """Each rule decides its own 'must match' examples and none of its 'must not' ones."""
    assert (rule in _ids(example, tmp_path)) is applies


def test_every_rule_is_named_once_explained_in_a_line_and_has_examples() -> None:
    """Ids are unique kebab-case names; every rule has an explanation and a match."""
    ids = [r.id for r in ALL]
    assert len(ids) == len(set(ids))
    for r in ALL:
        assert r.id == r.id.lower() and " " not in r.id, r.id
        assert r.explanation and "\n" not in r.explanation, r.id
        assert r.matches, r.id
    assert set(rules.by_id()) == set(ids)


def test_the_last_question_rule_takes_every_question() -> None:
    """The analysis relies on it: no question is left without a rule."""
    assert rules.QUESTION_RULES[-1].id == "own-question"
