"""The build's fast path: principle files as written are trusted, edited ones validated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kompas import convert
from kompas.errors import ContentError
from kompas.principles import store as document
from tests.conftest import ROOT, SITE

PRINCIPLES = SITE / "content_src" / "principles"


@pytest.fixture
def written(tmp_path: Path) -> Path:
    """A copy of a committed principle file."""
    return Path(shutil.copy(PRINCIPLES / "team-vertrouwen.yml", tmp_path / "team-vertrouwen.yml"))


def test_written_file_round_trips(written: Path) -> None:
    """A file as ``dump`` wrote it carries its digest and loads to the same document."""
    doc = document.load(written)
    assert document.dump(doc) == written.read_text(encoding="utf-8")
    assert document.CHECKED.search(written.read_text(encoding="utf-8"))


def test_edited_file_is_validated_again(written: Path) -> None:
    """A hand edit that breaks the schema is reported with its line despite the digest."""
    text = written.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if line.strip() == "number: 1")
    lines[n] = lines[n].replace("number: 1", 'number: "een"')
    written.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        document.load(written)
    assert f":{n + 1}:" in str(err.value)
    assert "is not of type 'integer'" in str(err.value)


def test_valid_edit_still_loads(written: Path) -> None:
    """A valid hand edit (an extra alias) loads: the file is validated, not rejected."""
    text = written.read_text(encoding="utf-8")
    head, _, tail = text.partition("\nprinciples:\n")
    tail = tail.replace("\n  aliases: []\n", "\n  aliases:\n  - oude-naam\n", 1)
    edited = f"{head}\nprinciples:\n{tail}"
    assert edited != text
    written.write_text(edited, encoding="utf-8")
    doc = document.load(written)
    assert "oude-naam" in doc.principles[0].aliases


def test_up_to_date_articles_are_not_converted() -> None:
    """With the committed files up to date, the fast path writes and regenerates nothing."""
    results = convert.convert(ROOT, full=False)
    assert [r.text for r in results] == [None] * len(results)
    assert not any(r.changed for r in results)


def test_the_json_cache_gives_the_same_documents_and_never_a_stale_one(tmp_path: Path) -> None:
    """A checked principle file is read from the cache the second time, as the same document;
    once its text changes (another digest), the cache is not used for it."""
    cache = tmp_path / "cache"
    cache.mkdir()
    files = sorted((SITE / "content_src" / "principles").glob("*.yml"))
    plain = [document.load(f) for f in files]
    assert [document.load(f, cache) for f in files] == plain  # parsed, then kept
    assert len(list(cache.glob("*.json"))) == len(files)
    assert [document.load(f, cache) for f in files] == plain  # from the cache
    copy = tmp_path / files[0].name
    text = files[0].read_text(encoding="utf-8")
    copy.write_text(text.replace(plain[0].principles[0].title, "Een andere titel", 1), "utf-8")
    changed = document.load(copy, cache)  # no longer the checked text: validated, not cached
    assert changed.principles[0].title == "Een andere titel"
    assert len(list(cache.glob("*.json"))) == len(files)
