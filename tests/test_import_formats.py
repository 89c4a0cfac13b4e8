"""`kompas import` of Word, Google Docs and WordPress files: real fixtures, bad input."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import defusedxml.ElementTree as ET
import pytest
from bs4 import BeautifulSoup

from kompas import cli
from kompas.articles import source
from kompas.editors import review

FIXTURES = Path(__file__).parent / "fixtures" / "import"
DOCX = FIXTURES / "word" / "met-meerdere-personen-schrijven.docx"
GDOCS = FIXTURES / "gdocs" / "inclusieve-communicatie.zip"
WXR = FIXTURES / "wordpress" / "theme-unit-test-excerpt.xml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _run(root: Path, *args: str) -> int:
    return cli.main(["import", *args, "--root", str(root)])


def _files(root: Path) -> list[str]:
    content = root / "content_src"
    return sorted(p.relative_to(content).as_posix() for p in content.rglob("*") if p.is_file())


def _plain(markdown: str) -> str:
    # The draft's words without Markdown markup, one space between words.
    text = re.sub(r"\[\^[^\]]+\]:?", " ", markdown)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`|>#\\]", "", text)
    return " ".join(text.split())


def _docx_paragraphs(path: Path) -> list[str]:
    # Every paragraph of the document and its notes as Word shows it with changes accepted.
    out = []
    with zipfile.ZipFile(path) as z:
        for part in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
            if part not in z.namelist():
                continue
            root = ET.fromstring(z.read(part))
            deleted = {id(t) for d in root.iter(f"{W}del") for t in d.iter(f"{W}delText")}
            for p in root.iter(f"{W}p"):
                text = "".join(
                    t.text or "" for t in p.iter(f"{W}t") if id(t) not in deleted
                ).strip()
                if text:
                    out.append(" ".join(text.split()))
    return out


def test_a_word_document_made_by_a_word_processor_imports_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every paragraph, heading, list, footnote, table, quote and image of the .docx."""
    assert _run(tmp_path, str(DOCX)) == 0
    out = capsys.readouterr().out
    draft = tmp_path / "content_src" / "met-meerdere-personen-schrijven.md"
    text = draft.read_text(encoding="utf-8")
    paragraphs = _docx_paragraphs(DOCX)
    assert len(paragraphs) == 37
    plain = _plain(text)
    assert [p for p in paragraphs if _plain(p) not in plain] == []
    assert re.findall(r"^## (.*)$", text, re.MULTILINE) == [
        "1. Formuleer samen de kernboodschap",
        "2. Bepaal samen een logische structuur",
        "3. Spreek samen af hoe je schrijft",
        "4. Leg je afspraken vast in een bouwplan",
        "5. Schrijf de tekst uit",
        "6. Zet de puntjes op de i",
    ]
    assert 'title: "Met meerdere personen schrijven"' in text
    assert 'author: "CommunicatieRijk (Rijksoverheid)"' in text
    lines = text.split("\n")
    assert "- Je voorkomt een mix van schrijfstijlen:" in lines
    assert "  - in de woordkeus;" in lines
    assert "2. wat de structuur is;" in lines
    assert "| Penvoerder | schrijft de tekst uit |" in lines
    assert "> Of nog beter: betrek je lezer bij de ontwikkeling van jullie tekst." in lines
    assert "*stakeholders*" in text and "**Wis dan de introductietekst**" in text
    assert "[Controleer de tekst](https://www.communicatierijk.nl/" in text
    assert "verdiep je in de lezer.[^1]" in text and "tot slot bij je doelgroep.[^2]" in text
    assert "[^1]: De kernboodschap is wat je lezer na het lezen moet weten." in lines
    assert "[^2]: Zie ook de pagina over teksten testen in het Taalkompas." in lines
    # Images: saved next to the draft, byte for byte; the one without alt text is a note.
    folder = tmp_path / "content_src" / "met-meerdere-personen-schrijven"
    with zipfile.ZipFile(DOCX) as z:
        media = sorted(z.read(n) for n in z.namelist() if n.startswith("word/media/"))
    assert sorted(p.read_bytes() for p in folder.iterdir()) == media
    assert (
        "![Schema: van kernboodschap via bouwplan naar een tekst]"
        "(met-meerdere-personen-schrijven/afbeelding-1.png)" in lines
    )
    assert re.search(r"<!-- import: image without alt text.*afbeelding-2\.png\) -->", text)
    # Tracked changes: the text as it reads with them accepted; comments left out.
    assert "Benoem een penvoerder" in text and "het liefst" not in text
    assert "Inleiding nog inkorten" not in text
    assert "1 comment (comments are not imported)" in out
    assert "tracked changes (1 insertions, 1 deletions)" in out
    assert "6 numbered principles" in out and "2 footnotes" in out and "2 images" in out
    # The draft is valid: the review report runs on it.
    capsys.readouterr()
    assert review.main(tmp_path, "met-meerdere-personen-schrijven") == 0
    assert "6. Zet de puntjes op de i" in capsys.readouterr().out


def test_a_google_docs_web_page_zip_imports_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Google's class-based bold, sibling-list nesting, wrapped links and notes are undone."""
    assert _run(tmp_path, str(GDOCS), "--author", "Communicatiekompas (Rijksoverheid)") == 0
    out = capsys.readouterr().out
    text = (tmp_path / "content_src" / "inclusieve-communicatie-zo-kun-je-bijdragen.md").read_text(
        encoding="utf-8"
    )
    with zipfile.ZipFile(GDOCS) as z:
        html = next(z.read(n) for n in z.namelist() if n.endswith(".html"))
        image = z.read("images/image1.png")
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.select('sup, a[id^="cmnt"], .c12'):
        tag.decompose()
    paragraphs = [
        " ".join(p.get_text("").split())
        for p in soup.select("p, li, h2, h3")
        if p.get_text().strip()
    ]
    assert len(paragraphs) == 23
    plain = _plain(text)
    missing = [p for p in paragraphs if _plain(p.replace("[1] ", "")) not in plain]
    assert missing == []
    lines = text.split("\n")
    assert re.findall(r"^#{2,3} (.*)$", text, re.MULTILINE)[:2] == [
        "Waarom is inclusief communiceren belangrijk?",
        "Wat betekent inclusief communiceren?",
    ]
    assert "- Wie wil je bereiken?" in lines
    assert (
        "  - Houd je hierbij ook rekening met mensen die niet als vanzelfsprekend kunnen "
        "meekomen?" in lines
    )
    assert lines.count("- Zijn je teksten (en middelen) begrijpelijk genoeg?") == 1
    assert "**begrijpelijkheid, toegankelijkheid, herkenbaarheid en bereikbaarheid**" in text
    assert "*Communicatie die zoveel mogelijk mensen" in text
    assert "(https://www.communicatierijk.nl/vakkennis/uitgangspunten-en-organisatie/" in text
    assert "google.com/url" not in text
    assert "[^1]: Hanan Challouki, *Inclusieve communicatie*, 2021." in lines
    assert "Inleiding korter maken" not in text and "1 comment" in out
    folder = tmp_path / "content_src" / "inclusieve-communicatie-zo-kun-je-bijdragen"
    assert (folder / "image1.png").read_bytes() == image
    assert (
        "![Blauw vlak (voorbeeldafbeelding)](inclusieve-communicatie-zo-kun-je-bijdragen/" in text
    )
    assert review.main(tmp_path, "inclusieve-communicatie-zo-kun-je-bijdragen") == 0


def test_a_wordpress_export_lists_its_published_posts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --post or --all: a table of the published posts; nothing is written."""
    assert _run(tmp_path, str(WXR)) == 0
    out = capsys.readouterr().out
    ids = re.findall(r"^\s+(\d+)\s+\d{4}-\d\d-\d\d", out, re.MULTILINE)
    assert ids == ["1158", "1161", "1163", "1168", "1169", "1170", "1171", "1755"]
    assert "Scheduled" not in out and "Draft" not in out  # not published
    assert re.search(r"1755\s+2018-11-03\s+0\s+no\s+Block: Image", out)
    assert not (tmp_path / "content_src").exists()


def test_wordpress_posts_become_drafts_with_their_front_matter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each chosen post its own draft; block comments, shortcodes and remote media handled."""
    assert _run(tmp_path, str(WXR), "--post", "1755", "--post", "1163", "--post", "1161") == 0
    assert _files(tmp_path) == [
        "block-image.md",
        "post-format-image-caption.md",
        "post-format-video-youtube.md",
    ]
    block = (tmp_path / "content_src" / "block-image.md").read_text(encoding="utf-8")
    assert 'title: "Block: Image"' in block
    assert 'author: "Theme Reviewer"' in block
    assert 'date: "2018-11-03"' in block
    assert 'source: "https://wpthemetestdata.wordpress.com/2018/11/03/block-image/"' in block
    assert "wp:" not in block
    raw = ET.fromstring(WXR.read_bytes())
    content = next(
        i.findtext("{http://purl.org/rss/1.0/modules/content/}encoded") or ""
        for i in raw.iter("item")
        if i.findtext("{https://wordpress.org/export/1.2/}post_id") == "1755"
    )
    paragraphs = [
        " ".join(p.get_text("").split())
        for p in BeautifulSoup(content, "html.parser").select("p, figcaption")
    ]
    assert len(paragraphs) == 25
    plain = _plain(block)
    assert [p for p in paragraphs if _plain(p) not in plain] == []
    # Remote images are links now, so the build takes the draft.
    assert not re.search(r"!\[[^\]]*\]\(https?://", block)
    assert "[Image Alignment 580x300](https://i0.wp.com/" in block
    caption = (tmp_path / "content_src" / "post-format-image-caption.md").read_text("utf-8")
    assert "[caption" not in caption and "Bell on wharf in San Francisco" in caption
    video = (tmp_path / "content_src" / "post-format-video-youtube.md").read_text("utf-8")
    assert "<https://www.youtube.com/watch?v=SQEQr7c0-dw>" in video
    for name in ("block-image", "post-format-image-caption", "post-format-video-youtube"):
        path = tmp_path / "content_src" / f"{name}.md"
        # No remote image, no embed: the draft reads; it only lacks principles (these test
        # posts give no advice), which the editor adds.
        source.parse(path, path.read_text(encoding="utf-8"))


def test_a_post_without_text_stops_the_import_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--all with an empty post: an error naming file and post, no draft written."""
    assert _run(tmp_path, str(WXR), "--all") == 1
    err = capsys.readouterr().err
    assert "theme-unit-test-excerpt.xml: post 1170 ('Edge Case: No Content') has no text" in err
    assert "nothing was written" in err
    assert not (tmp_path / "content_src").exists() or _files(tmp_path) == []
    assert _run(tmp_path, str(WXR), "--post", "99") == 1
    assert "there is no published post with id 99" in capsys.readouterr().err


def _docx_bytes(body: str, styles: str = "", numbering: str = "") -> bytes:
    # A minimal .docx (for shapes the real fixture has not); real documents: the fixtures.
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        rels = ""
        if styles:
            z.writestr(
                "word/styles.xml", f'<?xml version="1.0"?><w:styles {ns}>{styles}</w:styles>'
            )
            rels += (
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/styles" Target="styles.xml"/>'
            )
        if numbering:
            z.writestr(
                "word/numbering.xml",
                f'<?xml version="1.0"?><w:numbering {ns}>{numbering}</w:numbering>',
            )
            rels += (
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/numbering" Target="numbering.xml"/>'
            )
        z.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships">{rels}</Relationships>',
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>',
        )
    return buffer.getvalue()


def _p(text: str, style: str = "", num: str = "") -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def _style(sid: str, name: str) -> str:
    return f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'


def test_dutch_word_styles_and_numbered_list_principles(tmp_path: Path) -> None:
    """Titel/Kop 1 (Dutch Word), and one-item numbered list paragraphs with text between."""
    styles = _style("Titel", "Titel") + _style("Kop1", "Kop 1") + _style("Kop2", "Kop 2")
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = (
        _p("Vertrouwen in je team", "Titel")
        + _p("Waarom het ertoe doet", "Kop1")
        + _p("Vertrouwen groeit langzaam.")
        + _p("Luister echt", num="1")
        + _p("Laat de ander uitpraten.")
        + _p("Houd je afspraken", num="1")
        + _p("Doe wat je zegt.")
        + _p("Een detail", "Kop2")
        + _p("Jan Jansen | Basisschool De Regenboog")
    )
    file = tmp_path / "team.docx"
    file.write_bytes(_docx_bytes(body, styles, numbering))
    assert _run(tmp_path, str(file)) == 0
    text = (tmp_path / "content_src" / "vertrouwen-in-je-team.md").read_text(encoding="utf-8")
    assert 'title: "Vertrouwen in je team"' in text
    assert re.findall(r"^(#{2,3} .*)$", text, re.MULTILINE) == [
        "## Waarom het ertoe doet",
        "## 1. Luister echt",
        "## 2. Houd je afspraken",
        "### Een detail",
    ]
    assert text.count("<!-- import: principle: a numbered list item") == 2
    assert 'author: "Jan Jansen"  # guessed from the signature line' in text
    assert 'organisation: "Basisschool De Regenboog"' in text
    assert "taken as the author; kept here so no line is lost:\nJan Jansen | Basisschool" in text
    assert review.main(tmp_path, "vertrouwen-in-je-team") == 0


def test_word_headings_numbered_by_word_get_their_numbers(tmp_path: Path) -> None:
    """A Kop 2 style with Word's automatic numbering: the number Word shows is written."""
    styles = (
        '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:pPr>'
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="Tip %1:"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>'
    )
    body = "".join(_p(t, "Kop2") + _p("Tekst.") for t in ("Eerste", "Tweede", "Derde"))
    file = tmp_path / "tips.docx"
    file.write_bytes(_docx_bytes(body, styles, numbering))
    assert _run(tmp_path, str(file), "--title", "Tips", "--author", "A") == 0
    text = (tmp_path / "content_src" / "tips.md").read_text(encoding="utf-8")
    assert re.findall(r"^## (.*)$", text, re.MULTILINE) == [
        "Tip 1: Eerste",
        "Tip 2: Tweede",
        "Tip 3: Derde",
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "an old Word document (.doc"),
        (
            "geheim.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le") + bytes(64),
            "protected with a password",
        ),
        ("tekst.docx", b"Dit is gewoon tekst.\n", "this is not a Word document (.docx)"),
        ("pagina.docx", b"<!DOCTYPE html><html><body>x</body></html>", "a web page (HTML)"),
        ("stuk.docx", DOCX.read_bytes()[:4000], "the file is damaged"),
        ("stuk.zip", GDOCS.read_bytes()[:300], "the zip is damaged"),
        (
            "leeg.xml",
            b'<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>',
            "not a WordPress export",
        ),
        (
            "bom.xml",
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss>&a;</rss>',
            "entities or a DTD",
        ),
    ],
)
def test_bad_input_is_refused_with_the_file_named_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, message: str
) -> None:
    """Each: exit 1, the file and what is wrong named, how to fix it, no file written."""
    file = tmp_path / name
    file.write_bytes(data)
    assert _run(tmp_path, str(file)) == 1
    err = capsys.readouterr().err
    assert f"error: {name}" in err and message in err and "fix:" in err
    assert not (tmp_path / "content_src").exists()


def test_an_export_without_published_posts_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only drafts and pages: an error that says what the export holds."""
    text = WXR.read_text(encoding="utf-8")
    text = re.sub(r"<wp:status>publish</wp:status>", "<wp:status>draft</wp:status>", text)
    text = text.replace("<![CDATA[publish]]>", "<![CDATA[draft]]>")
    file = tmp_path / "export.xml"
    file.write_text(text, encoding="utf-8")
    assert _run(tmp_path, str(file)) == 1
    err = capsys.readouterr().err
    assert (
        "export.xml: the export has no published posts (10 items: 9 post (draft), 1 post (future))"
        in err
    )


def test_an_existing_image_is_never_written_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An image of the same name in the draft's folder: error, and no draft written either."""
    folder = tmp_path / "content_src" / "met-meerdere-personen-schrijven"
    folder.mkdir(parents=True)
    (folder / "afbeelding-2.png").write_bytes(b"mine")
    assert _run(tmp_path, str(DOCX)) == 1
    err = capsys.readouterr().err
    assert "met-meerdere-personen-schrijven/afbeelding-2.png: an image of that name already" in err
    assert _files(tmp_path) == ["met-meerdere-personen-schrijven/afbeelding-2.png"]
    assert (folder / "afbeelding-2.png").read_bytes() == b"mine"


@pytest.mark.parametrize(
    ("body", "headings"),
    [
        (["## Tip 1 Luister", "", "Tekst."], ["## Tip 1: Luister"]),
        (
            ["## 1 Luister", "", "Tekst.", "", "## 2 Vraag door", "", "Tekst."],
            ["## 1. Luister", "## 2. Vraag door"],
        ),
        (["## 5 manieren om te luisteren", "", "Tekst."], ["## 5 manieren om te luisteren"]),
        (["## Stap 1.", "", "### Plan het gesprek", "", "Tekst."], ["## Stap 1: Plan het gesprek"]),
        (["**3. Wees eerlijk**", "", "Tekst."], ["## 3. Wees eerlijk"]),
        (["**Tip 4 Geef ruimte**", "", "Tekst."], ["## 4. Geef ruimte"]),
        (["**Let op**", "", "Tekst."], []),
    ],
)
def test_numbered_principles_come_out_as_our_format_needs(
    body: list[str], headings: list[str]
) -> None:
    """Numbers without a stop, a bare 'Stap 1' over a subheading, bold numbered lines."""
    from kompas.editors.importer import Draft, shape

    d = Draft(title="T", author="A", organisation="", source="x", body=list(body))
    shape(d)
    text = "\n".join(d.body)
    assert re.findall(r"^#{2,3} .*$", text, re.MULTILINE) == headings
    changed = [h for h in headings if h not in body]
    assert text.count("<!-- import: principle") == len(changed)
