"""`kompas review [ARTICLE]`: per principle its items and questions with their source lines,
and the sentences that look like advice or questions but were not taken, with the reason."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from kompas import cli, convert
from kompas.articles import extract, source
from kompas.principles import ids
from kompas.principles.model import Document

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "fixtures" / "real" / "afbeeldingen-alt-tekst.md"


def _review(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(["review", *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def _document(path: Path) -> Document:
    outline = source.parse(path, source.read_text(path))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return extract.build_document(outline, path.stem, path.name, digest, None)


def test_every_item_and_question_is_listed_with_its_source_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _review(capsys, str(ARTICLE), "--root", str(ROOT))
    assert status == 0
    lines = ARTICLE.read_text(encoding="utf-8").splitlines()
    doc = _document(ARTICLE)
    assert doc.principles
    for p in doc.principles:
        assert f"{p.title}  (line {p.line}, id {p.id})" in out
        for entry in p.checklist + p.reflection:
            line = entry.source.line
            assert f"+ line {line}: {entry.text}  (id {entry.id})" in out
            # The line named is where the sentence is in the article.
            head = " ".join(entry.source.quote.split()[:3]).strip("*")
            assert head.split()[0].strip("*") in lines[line - 1]


def test_sentences_not_taken_are_listed_with_the_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = _review(capsys, str(ARTICLE), "--root", str(ROOT))
    assert status == 0
    block = out.split("Hoe te testen  (line", 1)[1]
    block = block.split("\n\n", 1)[0]
    not_taken = block.split("not taken (", 1)[1]
    m = re.search(
        r"- line (\d+) \(question\): Begrijp je als lezer \(zonder de afbeelding te zien\) "
        r"wat je moet weten\?\n\s+why: (\S.*)",
        not_taken,
    )
    assert m is not None, block
    line = int(m.group(1))
    assert "Begrijp je als lezer" in ARTICLE.read_text(encoding="utf-8").splitlines()[line - 1]
    # Every candidate the extractor left out is in the report, with its reason.
    outline = source.parse(ARTICLE, source.read_text(ARTICLE))
    for c in extract.candidates(outline):
        if not c.taken and not c.flag:
            assert re.search(
                rf"- line {c.line} \({c.kind}\): {re.escape(c.text)}\n      why: .*\[{c.rule}\]\n",
                out,
            )


def test_items_held_back_for_the_editors_are_listed_with_the_check(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every item that fails a check (leans on the sentence before, says too little, is no
    advice or a fragment) is listed under its principle with the check, and is on no
    checklist."""
    flags: set[str] = set()
    for name in ("csharp-conventies.md", "hybride-werken.md"):
        path = ROOT / "tests" / "fixtures" / "real" / name
        status, out, _ = _review(capsys, str(path), "--root", str(ROOT))
        assert status == 0
        outline = source.parse(path, source.read_text(path))
        held = [c for c in extract.candidates(outline) if c.flag]
        flags |= {c.flag for c in held if c.flag}
        checklists = {i.text for p in _document(path).principles for i in p.checklist}
        for c in held:
            assert f"    ! line {c.line}: {c.item}\n" in out
            assert f"[{c.flag}]\n" in out
            assert c.item not in checklists
    assert flags >= {"leaning-pronoun", "bare"}


def test_all_articles_by_default_and_by_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "content_src").mkdir()
    for name in ("cms-koppen.md", "formulieren-validatie.md"):
        shutil.copy(ROOT / "tests" / "fixtures" / "real" / name, tmp_path / "content_src" / name)
    status, out, _ = _review(capsys, "--root", str(tmp_path))
    assert status == 0
    assert "content_src/cms-koppen.md: Koppen · CMS · Richtlijnen" in out
    assert "content_src/formulieren-validatie.md: Richtlijnen voor formulieren" in out
    status, out, _ = _review(capsys, "cms-koppen", "--root", str(tmp_path))
    assert status == 0 and "formulieren-validatie" not in out


def test_an_unknown_article_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "content_src").mkdir()
    status, out, err = _review(capsys, "bestaat-niet", "--root", str(tmp_path))
    assert status == 1 and out == ""
    assert "content_src/bestaat-niet.md: there is no article 'bestaat-niet'" in err
    assert "fix:" in err


def test_a_broken_article_is_reported_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "content_src").mkdir()
    (tmp_path / "content_src" / "kapot.md").write_text("geen front matter\n", encoding="utf-8")
    status, _, err = _review(capsys, "kapot", "--root", str(tmp_path))
    assert status == 1 and "content_src/kapot.md:1:" in err


def test_the_ids_are_the_ones_the_site_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """For an article of the project the report names the ids of its principle file (kept
    across rewordings), not ids made afresh from today's text."""
    site = shutil.copytree(
        ROOT / "tests" / "fixtures" / "sites" / "vertrouwenskompas", tmp_path / "s"
    )
    convert.write(convert.convert(site))  # today's converter, ids kept from the 0.2.0 files
    [doc] = [d for d in convert.load_all(site) if d.article.id == "team-vertrouwen"]
    status, out, _ = _review(capsys, "team-vertrouwen", "--root", str(site))
    assert status == 0
    items = [i for p in doc.principles for i in (*p.checklist, *p.reflection)]
    for item in items:
        assert f": {item.text}  (id {item.id})" in out
    # Some ids were kept from an older wording: fresh ids would differ.
    assert any(i.id != ids.slugify(i.text) for i in items)


def test_advice_outside_the_principles_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Advice and questions in the intro or in sections around the principles reach no
    checklist: the report lists them, with their line and the rule that would take them;
    a general question (shown on every principle page) is not listed."""
    md = tmp_path / "content_src" / "rond.md"
    md.parent.mkdir()
    md.write_text(
        "---\ntitle: Rond\nauthor: B\n---\n\nPlan je gesprek altijd vooraf.\n\n"
        "## 1. Het gesprek\n\nGeef feedback binnen een dag.\n\n"
        "## Tot slot\n\nWat neem jij mee naar je volgende gesprek?\n\n"
        "<!-- algemene-vragen -->\n\nVraag een collega om mee te kijken.\n",
        encoding="utf-8",
    )
    status, out, _ = _review(capsys, "rond", "--root", str(tmp_path))
    assert status == 0
    outside = out.split("outside the principles, on no checklist (2):\n", 1)[1]
    assert "- line 6 (intro): Plan je gesprek altijd vooraf.\n" in outside
    assert "[imperative]" in outside
    assert "- line 18 (Tot slot): Vraag een collega om mee te kijken.\n" in outside
    assert "volgende gesprek" not in outside
