"""Bad input ends with a clear error (file, line, what, fix), exit 1, and nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kompas.cli import main
from kompas.principles import store

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = """---
title: Goed
author: Iemand
---

Intro.

## 1. Zeg wat je ziet

Zeg het gewoon. Breng het altijd in.
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A converted project with one good article whose source was edited since."""
    src = tmp_path / "content_src"
    src.mkdir()
    shutil.copy(FIXTURES / "articles" / "feedback-geven.md", src)
    assert main(["convert", "--root", str(tmp_path)]) == 0
    md = src / "feedback-geven.md"
    md.write_text(md.read_text(encoding="utf-8") + "\nEen nieuwe zin.\n", encoding="utf-8")
    return tmp_path


def _snapshot(project: Path) -> dict[str, bytes]:
    out = project / "content_src" / "principles"
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _fails(project: Path, capsys: pytest.CaptureFixture[str], where: str, *words: str) -> None:
    before = _snapshot(project)
    assert main(["convert", "--root", str(project)]) == 1
    err = capsys.readouterr().err
    assert f"error: {where}: " in err
    assert "fix: " in err
    for word in words:
        assert word in err
    assert _snapshot(project) == before, "a file was written although the conversion failed"


BAD_ARTICLES = {
    "no-front-matter": (
        "Intro.\n\n## 1. Zeg het\n\nZeg het.\n",
        1,
        "does not start with front matter",
    ),
    "broken-front-matter": (
        "---\ntitle: [Goed\nauthor: X\n---\n\n## 1. A\n\nB.\n",
        3,
        "not valid YAML",
    ),
    "no-author": ("---\ntitle: Goed\n---\n\n## 1. A\n\nB.\n", 3, "has no 'author'"),
    "unknown-front-matter-key": (
        "---\ntitle: A\nauthor: B\ntitel: C\n---\n",
        4,
        "unknown front matter key 'titel'",
    ),
    "no-principle": (
        "---\ntitle: A\nauthor: B\n---\n\nAlleen intro.\n\n## Slot\n\nKlaar.\n",
        5,
        "no numbered principle",
    ),
    "empty-principle": (
        "---\ntitle: A\nauthor: B\n---\n\n## 1. Zeg het\n\n## 2. Doe het\n\nDoe het.\n",
        6,
        "has no text",
    ),
    "same-id": (
        "---\ntitle: A\nauthor: B\n---\n\n## 1. Zeg het\n\nZeg het.\n\n"
        "## 2. Zeg het!\n\nNog eens.\n",
        10,
        "like the principle on line 6",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_ARTICLES))
def test_bad_article(name: str, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each broken article is reported with its line and converts nothing."""
    text, line, what = BAD_ARTICLES[name]
    (project / "content_src" / f"{name}.md").write_text(text, encoding="utf-8")
    _fails(project, capsys, f"content_src/{name}.md:{line}", what)


def test_not_utf8(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Latin-1 file is reported with the line of the first bad byte."""
    data = GOOD.replace("Breng het", "Breng het café").encode("latin-1")
    (project / "content_src" / "latin.md").write_bytes(data)
    _fails(project, capsys, "content_src/latin.md:10", "not UTF-8", "UTF-8")


def test_same_principle_id_in_two_articles(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A principle id used by two articles is an error naming both places."""
    dupe = GOOD.replace("Zeg wat je ziet", "Kies het juiste moment")
    (project / "content_src" / "tweede.md").write_text(dupe, encoding="utf-8")
    _fails(project, capsys, "content_src/tweede.md:8", "content_src/feedback-geven.md:13")


def test_yaml_syntax_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A hand-edited YAML file with a syntax error is reported with its line, and kept."""
    yml = project / "content_src" / "principles" / "feedback-geven.yml"
    lines = yml.read_text(encoding="utf-8").splitlines()
    n = next(n for n, line in enumerate(lines) if line.startswith("source: "))
    lines[n] += ": oops"
    yml.write_text("\n".join(lines) + "\n", encoding="utf-8")
    where = f"content_src/principles/feedback-geven.yml:{n + 1}"
    _fails(project, capsys, where, "YAML syntax error")


def test_yaml_unknown_key(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown key in a hand-edited YAML file is reported with its line, and kept."""
    yml = project / "content_src" / "principles" / "feedback-geven.yml"
    text = yml.read_text(encoding="utf-8").replace(
        "  aliases: []\n  number: 2\n", "  aliases: []\n  nummer: 2\n  number: 2\n"
    )
    yml.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  nummer: 2") + 1
    _fails(
        project, capsys, f"content_src/principles/feedback-geven.yml:{line}", "unknown key 'nummer'"
    )


def test_yaml_duplicate_item_id(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two checklist items with one id in a hand-edited YAML file: reported with the line."""
    yml = project / "content_src" / "principles" / "feedback-geven.yml"
    doc = store.load(yml)
    n, p = next((n, p) for n, p in enumerate(doc.principles) if len(p.checklist) >= 2)
    first, second = p.checklist[0].id, p.checklist[1].id
    text = yml.read_text(encoding="utf-8")
    at = text.index(f"- id: {second}\n", text.index(f"- id: {first}\n"))
    text = text[:at] + f"- id: {first}\n" + text[at + len(f"- id: {second}\n") :]
    yml.write_text(text, encoding="utf-8")
    line = text[:at].count("\n") + 1
    _fails(
        project,
        capsys,
        f"content_src/principles/feedback-geven.yml:{line}",
        f"the id '{first}' is used twice in principles.{n}.checklist",
    )


def test_no_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty content_src/ says there is no article."""
    (tmp_path / "content_src").mkdir()
    assert main(["convert", "--root", str(tmp_path)]) == 1
    assert "there is no article" in capsys.readouterr().err
