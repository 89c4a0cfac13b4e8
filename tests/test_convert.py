"""The build step end to end: golden output, stability, --check and the seed articles."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kompas import convert
from kompas.articles import nlp
from kompas.cli import main
from kompas.principles import store
from kompas.principles.model import Item

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "fixtures" / "sites" / "vertrouwenskompas"  # the 0.2.0 site
FIXTURES = Path(__file__).parent / "fixtures"


def make_project(tmp_path: Path, *articles: Path) -> Path:
    """A project folder holding ``content_src/`` with the given articles."""
    (tmp_path / "content_src").mkdir()
    for article in articles:
        shutil.copy(article, tmp_path / "content_src" / article.name)
    return tmp_path


def yaml_of(project: Path, article_id: str) -> Path:
    return project / "content_src" / "principles" / f"{article_id}.yml"


def test_own_article_matches_golden_file(tmp_path: Path) -> None:
    """An article in the documented format converts to the expected YAML, byte for byte."""
    project = make_project(tmp_path, FIXTURES / "articles" / "feedback-geven.md")
    assert main(["convert", "--root", str(project)]) == 0
    expected = (FIXTURES / "expected" / "feedback-geven.yml").read_text(encoding="utf-8")
    assert yaml_of(project, "feedback-geven").read_text(encoding="utf-8") == expected


def test_generic_article_yields_items_questions_and_explicit_lists(tmp_path: Path) -> None:
    """Imperatives, questions, added markers and explicit lists all come out."""
    project = make_project(tmp_path, FIXTURES / "articles" / "feedback-geven.md")
    [result] = convert.convert(project)
    p1, p2, p3 = result.doc.principles
    assert "Plan er tijd voor in." in [i.text for i in p1.checklist]
    assert [q.text for q in p1.reflection] == [
        "Is dit het goede moment?",
        "Weet ik wat ik wil zeggen?",
    ]
    assert p2.checklist[-1].origin == "added"
    # The explicit list adds to what the text gives (here the heading, which is advice).
    assert [i.origin for i in p3.checklist] == ["heading", "list", "list", "list"]
    assert [q.origin for q in p3.reflection] == ["list", "list"]
    assert result.doc.article.questions[0].text == ("Wat neem jij mee naar je volgende gesprek?")


def test_unchanged_input_changes_no_byte(tmp_path: Path) -> None:
    """Converting twice writes nothing the second time."""
    project = make_project(tmp_path, FIXTURES / "articles" / "feedback-geven.md")
    assert main(["convert", "--root", str(project)]) == 0
    before = yaml_of(project, "feedback-geven").read_bytes()
    mtime = yaml_of(project, "feedback-geven").stat().st_mtime_ns
    assert main(["convert", "--root", str(project)]) == 0
    assert yaml_of(project, "feedback-geven").read_bytes() == before
    assert yaml_of(project, "feedback-geven").stat().st_mtime_ns == mtime


def _item(project: Path, principle: int, text_start: str) -> Item:
    doc = store.load(yaml_of(project, "feedback-geven"))
    items = doc.principles[principle].checklist
    return next(i for i in items if i.text.startswith(text_start))


def test_typo_fix_keeps_id_and_rewording_keeps_alias(tmp_path: Path) -> None:
    """Fixing a typo keeps the item's id; a rewording gets a new id with the old as alias."""
    project = make_project(tmp_path, FIXTURES / "articles" / "feedback-geven.md")
    md = project / "content_src" / "feedback-geven.md"
    main(["convert", "--root", str(project)])
    old_id = _item(project, 2, "Vat samen").id

    md.write_text(md.read_text(encoding="utf-8").replace("Vat samen wat", "Vat samen wat"), "utf-8")
    md.write_text(
        md.read_text(encoding="utf-8").replace("de ander zegt.", "de andr zegt."), "utf-8"
    )
    main(["convert", "--root", str(project)])
    assert _item(project, 2, "Vat samen").id == old_id

    md.write_text(
        md.read_text(encoding="utf-8").replace(
            "- Vat samen wat de andr zegt.", "- Vat in eigen woorden samen wat je hoort."
        ),
        "utf-8",
    )
    main(["convert", "--root", str(project)])
    item = _item(project, 2, "Vat in eigen")
    assert item.id != old_id
    assert item.aliases == (old_id,)


def test_check_fails_when_yaml_is_out_of_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`convert --check` fails after an article edit and passes after converting."""
    project = make_project(tmp_path, FIXTURES / "articles" / "feedback-geven.md")
    main(["convert", "--root", str(project)])
    assert main(["convert", "--check", "--root", str(project)]) == 0
    md = project / "content_src" / "feedback-geven.md"
    md.write_text(md.read_text(encoding="utf-8") + "\nNog een zin.\n", encoding="utf-8")
    assert main(["convert", "--check", "--root", str(project)]) == 1
    assert "content_src/principles/feedback-geven.yml is out of date" in capsys.readouterr().err
    assert main(["convert", "--root", str(project)]) == 0
    assert main(["convert", "--check", "--root", str(project)]) == 0


def test_committed_yaml_is_up_to_date() -> None:
    """The YAML in the repository matches content_src/ (run `make convert` if this fails)."""
    assert main(["convert", "--check", "--root", str(ROOT)]) == 0


def _numbered_headings(markdown: str) -> int:
    # The article's principles as its author numbered them: `## 1. …` headings.
    return len(re.findall(r"^## \d+\.\s", markdown, re.MULTILINE))


def _faq_headings(markdown: str) -> int:
    # The `###` questions in the article's "Veelgestelde vragen" section (0 without one).
    section = re.search(r"^## Veelgestelde vragen\b.*?(?=^## |\Z)", markdown, re.M | re.S)
    return len(re.findall(r"^### ", section.group(0), re.MULTILINE)) if section else 0


def test_seed_articles_reach_the_targets() -> None:
    """Every numbered principle of every article (16 in the seed), each with ≥ 3 checklist
    items and ≥ 2 reflection questions; every FAQ question of the article."""
    docs = convert.load_all(SITE)
    principles = [p for d in docs for p in d.principles]
    sources = {d.article.id: (SITE / d.source).read_text(encoding="utf-8") for d in docs}
    for d in docs:
        assert len(d.principles) == _numbered_headings(sources[d.article.id]), d.article.id
        assert len(d.article.faq) == _faq_headings(sources[d.article.id]), d.article.id
    assert len(principles) == sum(_numbered_headings(md) for md in sources.values()) > 0
    for p in principles:
        assert len(p.checklist) >= 3, p.id
        assert len(p.reflection) >= 2, p.id
    first = next(d for d in docs if d.article.id == "vertrouwen-in-leiderschap")
    assert [q.text for q in first.article.questions] == [
        "Waar in mijn gedrag straal ik vertrouwen uit?",
        "Waar zit mogelijk ruis of twijfel?",
        "Wat kan ik vandaag nog doen om het vertrouwen in mijn leiderschap te versterken?",
    ]
    second = next(d for d in docs if d.article.id == "team-vertrouwen")
    assert [q.text for q in second.article.questions] == [
        "Wat doe jij al?",
        "Waar laat je het liggen?",
    ]
    assert len(second.article.faq) == _faq_headings(sources["team-vertrouwen"]) > 0


def test_every_item_traces_to_its_source_line() -> None:
    """Each item's quote is on the recorded line of the article (or the paragraph it starts)."""
    for doc in convert.load_all(ROOT):
        lines = (ROOT / doc.source).read_text(encoding="utf-8").splitlines()
        article_words = {w.lower() for w in nlp.words("\n".join(lines))}
        items = [*doc.article.questions]
        for p in doc.principles:
            items += p.checklist + p.reflection
        for item in items:
            line = lines[item.source.line - 1]
            quote = item.source.quote
            assert quote[:40] in line, (doc.source, item.id, line)
            if item.origin == "sentence":
                # Its own sentence's words; a resolved pronoun takes a few words from the
                # sentences before it, never words the article does not have.
                words = {w.lower() for w in nlp.words(item.text)}
                extra = words - {w.lower() for w in nlp.words(quote)}
                assert extra <= article_words, item
                assert len(extra) <= 4, item
