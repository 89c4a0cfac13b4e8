"""Every article the tests hold converts to the YAML committed under tests/fixtures/golden/,
byte for byte: a refactoring of the extractor changes no item, question, id or record.

A change that is meant to change the output regenerates the files with
``python -m tests.test_golden`` and commits them with the change, so the diff shows it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from kompas import convert

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = FIXTURES / "golden"
# The folders of articles converted from scratch (no previous YAML); the article of
# tests/fixtures/articles/ has its own golden file (test_convert.py), the seeds are checked
# by `convert --check` against content_src/principles/.
FOLDERS = ("shapes", "real", "holdout")


def articles() -> list[Path]:
    """Every fixture article of ``FOLDERS``."""
    return [
        md
        for folder in FOLDERS
        for md in sorted((FIXTURES / folder).glob("*.md"))
        if md.name != "README.md"
    ]


def golden_path(md: Path) -> Path:
    """Where the expected YAML of a fixture article is kept."""
    return GOLDEN / md.parent.name / f"{md.stem}.yml"


def converted(md: Path, project: Path) -> str:
    """The YAML text the converter writes for ``md`` alone, in a fresh project."""
    src = project / "content_src"
    src.mkdir(parents=True)
    shutil.copy(md, src / md.name)
    for folder in ("img", md.stem):
        if (md.parent / folder).is_dir():
            shutil.copytree(md.parent / folder, src / folder)
    [result] = convert.convert(project)
    assert result.text is not None
    return result.text


@pytest.mark.parametrize("md", articles(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_conversion_matches_the_committed_yaml(tmp_path: Path, md: Path) -> None:
    """The article converts to exactly the committed YAML (same items, ids and records)."""
    assert converted(md, tmp_path) == golden_path(md).read_text(encoding="utf-8")


def test_every_golden_file_has_its_article() -> None:
    """No expected file is left over from an article that is gone."""
    wanted = {golden_path(md) for md in articles()}
    assert set(GOLDEN.glob("*/*.yml")) == wanted


def _update() -> None:
    # Write the expected files from the converter as it is now.
    import tempfile

    for md in articles():
        with tempfile.TemporaryDirectory() as tmp:
            text = converted(md, Path(tmp))
        path = golden_path(md)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {path.relative_to(FIXTURES.parent.parent)}", file=sys.stderr)


if __name__ == "__main__":
    _update()
