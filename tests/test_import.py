"""`kompas import FILE`: a draft article from plain text (the seeds) or a saved web page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kompas import cli, convert
from kompas.articles import source
from kompas.errors import ContentError

SEEDS = Path("/work/shared/seeds")
SEED_TEXTS = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
FIXTURES = Path(__file__).parent / "fixtures"
HTML = FIXTURES / "import" / "validatie.html"
needs_seeds = pytest.mark.skipif(len(SEED_TEXTS) < 2, reason="seed texts not on this machine")


def _import(root: Path, *args: str) -> tuple[int, Path | None]:
    before = set((root / "content_src").glob("*.md")) if (root / "content_src").is_dir() else set()
    status = cli.main(["import", *args, "--root", str(root)])
    new = set((root / "content_src").glob("*.md")) - before
    return status, (new.pop() if new else None)


def _body_lines(draft: str) -> set[str]:
    # The draft's lines without their Markdown prefixes.
    out = set()
    for line in draft.split("\n"):
        line = re.sub(r"^(#{1,6} |- |\\)", "", line.strip())
        out.add(line)
    return out


@needs_seeds
def test_first_seed_gets_its_sections_and_six_numbered_principles(tmp_path: Path) -> None:
    status, path = _import(tmp_path, str(SEED_TEXTS[0]), "--slug", "leiderschap")
    assert status == 0 and path == tmp_path / "content_src" / "leiderschap.md"
    text = path.read_text(encoding="utf-8")
    headings = re.findall(r"^## (.*)$", text, re.MULTILINE)
    assert headings[:3] == [
        "Waarom vertrouwen de basis vormt",
        "Leiderschap zonder vertrouwen? Geen succes",
        "Hoe je als leidinggevende werkt aan vertrouwen",
    ]
    numbered = [h for h in headings if re.match(r"\d+\. ", h)]
    assert numbered == [
        "1. Wees open – ook als het schuurt",
        "2. Zeg wat je doet – en doe wat je zegt",
        "3. Toon oprechte interesse in wie jouw mensen zijn",
        "4. Geef ruimte – en durf los te laten",
        "5. Sta stil bij wat er speelt",
        "6. Erken en waardeer",
    ]
    assert headings[9:] == [
        "Vertrouwen verliezen: het gebeurt sneller dan je denkt",
        "Vertrouwen als doorlopende opdracht",
        "Tot slot: jouw rol als hoeder van vertrouwen",
        "Wil je aan de slag met vertrouwen in jouw team?",
    ]
    # The three reflection questions became a list; every guess is marked for the editors.
    assert "- Waar zit mogelijk ruis of twijfel?" in text.split("\n")
    assert text.count("<!-- import: principle") == 6
    assert 'author: "René Rensen"  # guessed from the signature line' in text
    assert 'organisation: "De Onderwijskapitein"' in text


@needs_seeds
@pytest.mark.parametrize("seed", SEED_TEXTS, ids=lambda p: p.stem)
def test_no_paragraph_of_a_seed_is_lost(tmp_path: Path, seed: Path) -> None:
    status, path = _import(tmp_path, str(seed), "--slug", "seed")
    assert status == 0 and path is not None
    draft = _body_lines(path.read_text(encoding="utf-8"))
    lines = [" ".join(s.split()) for s in seed.read_text(encoding="utf-8-sig").splitlines()]
    missing = [s for s in lines if s and s not in draft]
    assert missing == []


@needs_seeds
def test_a_draft_without_title_is_refused_until_filled_in(tmp_path: Path) -> None:
    status, path = _import(tmp_path, str(SEED_TEXTS[0]), "--slug", "leiderschap")
    assert status == 0 and path is not None
    text = path.read_text(encoding="utf-8")
    assert re.search(r'^title: ""  # not found in .*: write the article', text, re.MULTILINE)
    with pytest.raises(ContentError, match="no 'title'"):
        convert.convert(tmp_path)
    # Filled in, the draft converts: the six principles are there.
    path.write_text(text.replace('title: ""', 'title: "Vertrouwen in leiderschap"'), "utf-8")
    (result,) = convert.convert(tmp_path)
    assert [p.number for p in result.doc.principles] == [1, 2, 3, 4, 5, 6]


@needs_seeds
def test_the_second_seed_draft_says_its_principles_need_numbers(tmp_path: Path) -> None:
    status, path = _import(tmp_path, str(SEED_TEXTS[1]), "--slug", "team")
    assert status == 0 and path is not None
    text = path.read_text(encoding="utf-8")
    assert "<!-- import: no numbered principle found." in text
    assert 'author: ""  # not found in' in text
    assert "## Dus hoe bouw je team vertrouwen dan wél?" in text


def test_import_never_writes_over_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "content_src" / "validatie.md"
    target.parent.mkdir()
    target.write_text("mine\n", encoding="utf-8")
    status = cli.main(["import", str(HTML), "--slug", "validatie", "--root", str(tmp_path)])
    assert status == 1
    assert target.read_text(encoding="utf-8") == "mine\n"
    err = capsys.readouterr().err
    assert "content_src/validatie.md" in err and "never writes over a file" in err


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_a_text_that_is_not_utf8_names_the_byte_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bom: bytes
) -> None:
    """A Latin-1 byte is reported with its value and line, with or without a byte-order mark."""
    text = tmp_path / "oud.txt"
    text.write_bytes(bom + b"Titel\nab\n\xe9\xe9n zin\n")
    status = cli.main(["import", str(text), "--root", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 1
    assert "oud.txt:3:" in err and "byte 0xe9" in err, err


def test_a_saved_web_page_becomes_a_draft(tmp_path: Path) -> None:
    status, path = _import(tmp_path, str(HTML))
    assert status == 0 and path is not None
    assert path.name == "richtlijnen-voor-formulieren-validatie-en-foutpreventie.md"
    text = path.read_text(encoding="utf-8")
    assert 'title: "Richtlijnen voor formulieren: Validatie en foutpreventie"' in text
    assert 'author: "NL Design System"  # found in the page: <meta name=author>' in text
    assert 'source: "https://nldesignsystem.nl/richtlijnen/formulieren/validatie"' in text
    assert "## Valideer op het juiste moment" in text
    assert "### Volgorde van invullen" in text
    assert "- Het moet bijvoorbeeld mogelijk zijn om eerst een achternaam in te vullen" in text
    # Page chrome and anything that loads from another host are left out; the image is a note.
    assert "Home" not in text and "Privacy" not in text and "site.js" not in text
    assert "raw.githubusercontent.com" in text  # only inside the note
    assert not re.search(r"!\[[^\]]*\]\(https?://", text)
    assert '<!-- import: image not taken over: "Foutmelding van Spotify' in text
    # Every sentence of the article part of the page is in the draft.
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(HTML.read_text(encoding="utf-8"), "html.parser")
    plain = " ".join(text.replace("*", "").split())
    for p in soup.select("article p, article li"):
        words = " ".join(p.get_text(" ").split())
        if words:
            assert words.replace(" ,", ",") in plain, words
    # The draft parses: the front matter is complete.
    outline = source.parse(path, path.read_text(encoding="utf-8"))
    assert [s.title for s in outline.sections][:2] == [
        "Accepteer antwoorden in verschillende vormen",
        "Valideer op het juiste moment",
    ]


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_make_import_runs_the_command() -> None:
    root = Path(__file__).parent.parent
    dry = subprocess.run(
        ["make", "-n", "-C", str(root), "import", "FILE=some article.txt"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert dry.returncode == 0, dry.stderr
    assert '-m kompas import "some article.txt"' in dry.stdout


def test_a_short_line_before_a_question_paragraph_is_a_heading(tmp_path: Path) -> None:
    """'Luisteren' + 'Wanneer …?' + advice: a section of its own, the question its text."""
    text = tmp_path / "team.txt"
    text.write_text(
        "Samen sterker in het team\n"
        "Vertrouwen groeit als je er samen aan werkt, elke dag opnieuw.\n"
        "Luisteren\n"
        "Wanneer liet jij voor het laatst iemand helemaal uitpraten?\n"
        "Laat de ander uitpraten. Vat samen wat je hebt gehoord.\n"
        "Eerlijk zijn\n"
        "Zeg wat je denkt, ook als het schuurt. Leg uit waarom je iets vindt.\n"
        "Jan Jansen | Basisschool De Regenboog\n",
        encoding="utf-8",
    )
    status, path = _import(tmp_path, str(text))
    assert status == 0 and path is not None
    draft = path.read_text(encoding="utf-8")
    assert re.findall(r"^## (.*)$", draft, re.MULTILINE) == ["Luisteren", "Eerlijk zijn"]
    assert "\nWanneer liet jij voor het laatst iemand helemaal uitpraten?\n" in draft
    # The signature gives the author and leaves the last section's text, kept as a comment.
    assert 'author: "Jan Jansen"  # guessed from the signature line' in draft
    assert "kept here so no line is lost:\nJan Jansen | Basisschool De Regenboog\n-->" in draft
    outline = source.parse(path, draft)
    last = outline.sections[-1]
    assert last.title == "Eerlijk zijn"
    assert [b.kind for b in last.blocks if "Jan Jansen" in b.markdown] in (
        [],
        ["other"],
        ["marker"],
    )
    assert all("Jan Jansen" not in b.text for b in last.blocks if b.kind == "paragraph")
    assert "Laat de ander uitpraten." in " ".join(b.text for b in outline.sections[0].blocks)


def test_make_import_passes_extra_arguments() -> None:
    """`make import FILE=… ARGS="--post 12"` hands ARGS to the command."""
    root = Path(__file__).parent.parent
    dry = subprocess.run(
        ["make", "-n", "-C", str(root), "import", "FILE=export.xml", "ARGS=--post 12 --post 14"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert dry.returncode == 0, dry.stderr
    assert '-m kompas import "export.xml" --post 12 --post 14' in dry.stdout
