"""Every shape a real article has: subsections, lists, quotes, tables, footnotes, heading
attributes, unnumbered principles, foreign front matter, BOM/CRLF/nbsp/tabs, images."""

from __future__ import annotations

import re
import shutil
from html import escape
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from kompas import convert
from kompas.articles import nlp, sections, source
from kompas.cli import main
from kompas.errors import ContentError
from kompas.evaluation.corpus import without_footnote_marks
from kompas.markup import ALERT, FENCE_END, WIKILINK, unfenced, wikilink_text
from kompas.principles.model import Document
from kompas.site import media, render
from kompas.site.render import markdown_to_html

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SHAPES = FIXTURES / "shapes"


def _articles() -> list[Path]:
    # Every article the project has: the seeds, the test fixtures and the real-text corpus.
    found = [*sorted((ROOT / "content_src").glob("*.md"))]
    for folder in ("articles", "shapes", "real", "holdout"):
        found += [p for p in sorted((FIXTURES / folder).glob("*.md")) if p.name != "README.md"]
    return found


def _project(tmp_path: Path, *articles: Path) -> Path:
    # A project folder with the given articles (and the images next to them).
    src = tmp_path / "content_src"
    src.mkdir(parents=True)
    for article in articles:
        shutil.copy(article, src / article.name)
        for folder in ("img", article.stem):
            if (article.parent / folder).is_dir():
                shutil.copytree(article.parent / folder, src / folder, dirs_exist_ok=True)
    return tmp_path


def _convert(tmp_path: Path, *articles: Path) -> list[Document]:
    return [r.doc for r in convert.convert(_project(tmp_path, *articles))]


def _article(tmp_path: Path, title: str, body: str) -> Document:
    # One article with this title and body (after an intro line), converted on its own.
    tmp_path.mkdir(parents=True, exist_ok=True)
    article = tmp_path / "artikel.md"
    article.write_text(
        f"---\ntitle: {title}\nauthor: Test\n---\n\nInleiding.\n\n{body}", encoding="utf-8"
    )
    [doc] = _convert(tmp_path / "project", article)
    return doc


def _checklist(doc: Document) -> list[tuple[str, int]]:
    # The first principle's items with their source lines.
    return [(i.text, i.source.line) for i in doc.principles[0].checklist]


def _sentences_of(markdown: str) -> list[str]:
    # The sentences of a piece of Markdown, as plain text (markers and footnote labels out).
    # A fenced box (":::{tip}") shows its title and text, not its fences.
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(unfenced(markdown))
    texts = []
    for tok in tokens:
        if tok.type == "inline":
            words = [c.content for c in tok.children or [] if c.type in ("text", "code_inline")]
            # A callout's "[!TIP]" is markup; a wikilink shows its text.
            words = [WIKILINK.sub(wikilink_text, ALERT.sub("", w)) for w in words]
            words = [FENCE_END.sub("", w) for w in words]
            raw = " ".join(words)
            if raw.startswith("[^"):  # a footnote's definition: shown below, with its mark
                continue
            text = _tight(re.sub(r"\[\^[^\]\s]+\]", "", raw).replace("\u00a0", " "))
            if text:
                texts.append(text)
    return [s for t in texts for s in nlp.sentences(t)]


def _tight(text: str) -> str:
    # One space between words and none before punctuation: markup ("*eindopdracht*,") split
    # the words of a sentence into pieces that were joined with spaces.
    return re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))


def _page_text(html: str) -> str:
    soup = without_footnote_marks(BeautifulSoup(html, "html.parser"))
    return _tight(soup.get_text(" "))


@pytest.mark.parametrize("article", _articles(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sentence_of_a_principle_reaches_its_page(tmp_path: Path, article: Path) -> None:
    """Each sentence of a principle's source section is in its bold lead (the summary, which
    the explanation does not repeat) or its rendered explanation, or is one of its checklist
    items or questions (explicit lists), or the quote one shows."""
    [doc] = _convert(tmp_path, article)
    lines = article.read_text(encoding="utf-8-sig").splitlines()
    headings = [n + 1 for n, line in enumerate(lines) if line.startswith(("## ", "# "))]
    for p in doc.principles:
        end = next((h for h in headings if h > p.line), len(lines) + 1)
        section = "\n".join(lines[p.line : end - 1])
        shown = f"{p.summary} {_page_text(markdown_to_html(p.explanation))}"
        # Items and questions, and their quotes (the page's "Bronnen" shows each verbatim).
        entries = p.checklist + p.reflection
        listed = " ".join([i.text for i in entries] + [i.source.quote for i in entries])
        for sentence in _sentences_of(section):
            plain = " ".join(sentence.split())
            if plain.lower() in ("checklist", "reflectie", "reflectievragen"):
                continue
            assert plain in shown or plain in listed, (article.name, p.id, plain)


def test_subsections_lists_quotes_tables_footnotes_images_are_rendered(tmp_path: Path) -> None:
    """The principle's ### and #### parts, list, quote, table, footnote and image are on it."""
    [doc] = _convert(tmp_path, SHAPES / "vragenlijst.md")
    html = markdown_to_html(doc.principles[0].explanation)
    page = BeautifulSoup(html, "html.parser")
    assert [h.get_text() for h in page.select("h3, h4")] == [
        "Wat is noodzakelijk?",
        "Een voorbeeld",
    ]
    assert page.select_one("blockquote") is not None
    assert page.select_one("table td") is not None
    note = page.select_one(".footnote")
    assert note is not None and "Naar de handreiking van een gemeente." in note.get_text()
    img = page.select_one("img")
    assert img is not None and img["alt"] == "Schema van een korte vragenlijst"
    assert img["src"] == f"{media.PLACEHOLDER}img/schema.png"
    assert media.link(html, "../../media/").count('src="../../media/img/schema.png"') == 1


def test_heading_attributes_never_leak(tmp_path: Path) -> None:
    """{#id} on a principle heading is its id; no attribute shows in titles or items."""
    [doc] = _convert(tmp_path, SHAPES / "vragenlijst.md")
    first, second, _ = doc.principles
    assert first.id == "noodzakelijke-vragen"
    assert first.title == "Stel alleen noodzakelijke vragen"
    assert second.title == "Wees eerlijk over de tijd"
    texts = [p.title for p in doc.principles]
    texts += [i.text for p in doc.principles for i in p.checklist + p.reflection]
    assert not [t for t in texts if "{" in t or "}" in t]


def test_heading_markup_never_shows_in_titles_or_items(tmp_path: Path) -> None:
    """A heading in bold, with emphasis or a link (as CMS exports write them) is titled and
    ticked as plain text; its id and its {#id} are unchanged by the markup."""
    doc = _article(
        tmp_path,
        "Vet",
        "## 1. **Wees open over je twijfels**\n\nLaat zien dat je twijfelt.\n\n"
        "### _Vraag_ je [team](https://example.org) om hulp\n\nZeg wat je nodig hebt.\n\n"
        "## 2. Luister *echt* naar je team {#luisteren}\n\nLuister zonder te oordelen.\n",
    )
    first, second = doc.principles
    assert (first.id, first.title) == ("wees-open-over-je-twijfels", "Wees open over je twijfels")
    assert (second.id, second.title) == ("luisteren", "Luister echt naar je team")
    items = [i.text for p in doc.principles for i in p.checklist]
    assert "Vraag je team om hulp." in items
    assert not [t for t in [first.title, second.title, *items] if re.search(r"[*_\[\]]", t)]


def test_a_hard_line_break_before_a_capital_ends_a_sentence(tmp_path: Path) -> None:
    """A list item whose lead has no stop and ends in a hard break ("Stimuleer …  ⏎ Geef …",
    as NL Design System writes them) is two sentences, not one run-on item; a hard break
    inside a sentence (before a small letter) is a space."""
    doc = _article(
        tmp_path,
        "Breuk",
        "## 1. Links\n\n"
        "- Stimuleer beschrijvende linkteksten  \n  Geef bij een link een voorbeeldtekst.\n"
        "- Waarschuw bij dubbele linkteksten\\\n  Laat weten welke links het zijn.\n\n"
        "Zorg dat je  \nop tijd komt.\n",
    )
    assert _checklist(doc) == [
        ("Stimuleer beschrijvende linkteksten.", 10),
        ("Geef bij een link een voorbeeldtekst.", 11),
        ("Waarschuw bij dubbele linkteksten.", 12),
        ("Laat weten welke links het zijn.", 13),
        ("Zorg dat je op tijd komt.", 15),
    ]


def test_a_bold_line_over_its_text_is_a_label_of_its_own(tmp_path: Path) -> None:
    """A paragraph whose first line is all bold ("**Resultaten**" ⏎ "Bekijk …") has a label
    over its text, as a line break would: the label does not run into the advice. Bold
    inside a line is no label."""
    doc = _article(
        tmp_path,
        "Label",
        "## 1. Resultaten\n\n"
        "**Resultaten (en discussie)**\nBekijk de grafieken die je hebt gemaakt.\n\n"
        "Maak **vooral** een\nTabel van de waarden.\n",
    )
    assert _checklist(doc) == [
        ("Bekijk de grafieken die je hebt gemaakt.", 11),
        ("Maak vooral een Tabel van de waarden.", 13),
    ]


def test_list_entries_that_break_inside_a_sentence_are_read_as_one(tmp_path: Path) -> None:
    """Markup gone wrong, each wrapped line an entry ("- … een" / "- ereader, …? Hou je … zo"
    / "- goed kan …"): an entry that stops in a word that cannot end a phrase, or after a
    sentence of its own, goes on in the next one when that starts in lower case; a list of
    short entries without stops ("- deel je kennis" / "- toon je werk") stays a list."""
    doc = _article(
        tmp_path,
        "Breuk",
        "## 1. Gebruikers\n\n"
        "-   Hoe houd je een site begrijpelijk op een desktop, een\n"
        "-   ereader, een smartwatch? Hou je er rekening mee dat niet iedereen zo\n"
        "-   goed kan lezen als jij? Ingewikkeld?\n\n"
        "## 2. Kort\n\n-   deel je kennis met anderen\n-   toon je werk aan collega's\n",
    )
    first, second = doc.principles
    assert [q.text for q in first.reflection] == [
        "Hoe houd je een site begrijpelijk op een desktop, een ereader, een smartwatch?",
        "Hou je er rekening mee dat niet iedereen zo goed kan lezen als jij?",
    ]
    assert not first.checklist
    assert [i.text for i in second.checklist] == [
        "Deel je kennis met anderen.",
        "Toon je werk aan collega's.",
    ]


def test_a_link_named_in_title_case_is_a_reference_not_advice(tmp_path: Path) -> None:
    """ "- [Sprint Review Meeting](…)" under "Bronnen" names another page ("Sprint" is also a
    verb stem); a link in sentence case ("[Controleer of …](…)") is still read as advice."""
    doc = _article(
        tmp_path,
        "Bronnen",
        "## Testen\n\n"
        "- [Controleer of koppen duidelijk zijn](/wcag/2.4.6)\n\n## Bronnen\n\n"
        "- [Sprint Review Meeting](https://example.org/sprint)\n"
        "- [Dit is het geheim van een goede review](https://example.org/geheim)\n",
    )
    assert [p.title for p in doc.principles] == ["Testen"]
    assert [i.text for i in doc.principles[0].checklist] == ["Controleer of koppen duidelijk zijn."]
    assert any("[Sprint Review Meeting](" in s.markdown for s in doc.article.sections)


def test_numbered_headings_that_give_no_item_are_read_like_the_others(tmp_path: Path) -> None:
    """ "## Thema 1: …" sections that only ask, after unnumbered sections that hold the
    advice, do not make the article a numbered one: every section from the first that gives
    advice is a principle, numbered in order, "Thema 1:" kept in its title."""
    doc = _article(
        tmp_path,
        "Bijeenkomst",
        "## Opdracht\n\n- Kies een onderwerp waar je leerlingen moeite mee hebben.\n\n"
        "## Thema 1: leren met AI\n\nHoe kunnen leerlingen AI gebruiken om te leren?\n\n"
        "## Thema 2: tutors\n\nWat zijn belangrijke elementen van een tutor?\n",
    )
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Opdracht"),
        (2, "Thema 1: leren met AI"),
        (3, "Thema 2: tutors"),
    ]
    [seed] = _convert(tmp_path / "seed", ROOT / "content_src" / "team-vertrouwen.md")
    assert [p.number for p in seed.principles] == list(range(1, 11))


def test_advice_in_a_table_is_read_cell_by_cell(tmp_path: Path) -> None:
    """A table's cells from its second column on give items like list entries, each with
    its row's line; the first column (the case) and a "Niet doen" column give none."""
    doc = _article(
        tmp_path,
        "Tabel",
        "## 1. Bijsturen\n\n"
        "Tips voor het bijsturen:\n\n"
        "| Fout | Wel doen | Niet doen |\n| --- | --- | --- |\n"
        "| Vastlopen in een lus | Herinner de AI aan je doel; herstart het gesprek. | Geef op. |\n"
        "| Weigering | Vraag opnieuw en herformuleer de prompt. | Wordt boos. |\n",
    )
    assert _checklist(doc) == [
        ("Herinner de AI aan je doel.", 14),
        ("Herstart het gesprek.", 14),
        ("Vraag opnieuw.", 15),
        ("Herformuleer de prompt.", 15),
    ]
    assert "| Vastlopen in een lus |" in doc.principles[0].explanation
    doc = _article(
        tmp_path / "doen",
        "Doen",
        "## 1. Schrijven\n\n| Doen | Niet doen |\n| --- | --- |\n"
        "| Schrijf korte zinnen. | Gebruik jargon. |\n| Korte alinea's | Lange lappen tekst |\n",
    )
    assert _checklist(doc) == [("Schrijf korte zinnen.", 12)]


def test_a_quote_in_italics_is_someone_elses_words(tmp_path: Path) -> None:
    """A quote whose paragraph is italic from end to end ("> _Kijk voorbij de boodschap_",
    a pull-quote) gives no item or question; a quote of the author's own advice does, and
    both stay on the page."""
    doc = _article(
        tmp_path,
        "Citaat",
        "## 1. Contact\n\n> _Kijk voorbij de boodschap en vraag door._\n\n"
        "> _Kom jij binnen bij de top?_\n\n> Zoek het gesprek met *alle* betrokkenen.\n",
    )
    assert _checklist(doc) == [("Zoek het gesprek met alle betrokkenen.", 14)]
    assert not doc.principles[0].reflection
    assert "_Kijk voorbij de boodschap en vraag door._" in doc.principles[0].explanation


def test_a_fenced_block_is_shown_as_code_and_gives_no_item(tmp_path: Path) -> None:
    """A ``` block (an example prompt) is code on the page, verbatim, and no item."""
    doc = _article(
        tmp_path,
        "Prompt",
        "## 1. Prompts\n\nSchrijf een duidelijke prompt.\n\n"
        "```markdown\n**Taak**: maak een lesplan.\n```\n",
    )
    assert _checklist(doc) == [("Schrijf een duidelijke prompt.", 10)]
    code = BeautifulSoup(markdown_to_html(doc.principles[0].explanation), "html.parser")
    block = code.select_one("pre code")
    assert block is not None and block.get_text() == "**Taak**: maak een lesplan.\n"
    assert "```" not in code.get_text()


def test_a_backslash_at_the_end_of_a_line_is_a_line_break() -> None:
    """CommonMark's hard break, a backslash at the end of a line ("elementen:" and then
    "• Claims: …" on the next line, in a Jupyter Book page), is a <br>, not a backslash on the
    page; so it is in a quote and in emphasis."""
    html = markdown_to_html("> Het model bestaat uit:\\\n• Claims\\\n• *Data\\\nen meer*")
    assert "\\" not in html
    assert html.count("<br") == 3
    assert "<em>Data<br" in html


def test_an_escaped_backslash_before_a_newline_stays_a_backslash() -> None:
    """Two backslashes before a newline are one backslash (escaped) and no break; a third
    is a break after it; a backslash elsewhere (an escape, the end of a paragraph, in code)
    means what it did."""
    assert markdown_to_html("a\\\\\nb") == "<p>a\\\nb</p>"
    assert markdown_to_html("a\\\\\\\nb") == "<p>a\\<br>\nb</p>"
    assert markdown_to_html("a \\* b\\") == "<p>a * b\\</p>"
    assert markdown_to_html("`x\\`\ny") == "<p><code>x\\</code>\ny</p>"


def test_any_ascii_punctuation_can_be_escaped() -> None:
    """As in CommonMark, a backslash before any ASCII punctuation shows that character alone
    ("\\<" as "<", escaped), not the backslash with it; before a letter it stays."""
    assert markdown_to_html("zie \\<sectie\\> en \\~ of \\@") == (
        "<p>zie &lt;sectie&gt; en ~ of @</p>"
    )
    assert markdown_to_html("a\\b") == "<p>a\\b</p>"


@pytest.mark.parametrize("tag", render.INLINE_TAGS)
def test_a_presentational_inline_tag_is_that_element(tag: str) -> None:
    """Raw <del>, <sup>, <b> … without attributes are shown as such, in any case;
    <strike> (obsolete in HTML5) as <s>."""
    shown = "s" if tag == "strike" else tag
    html = markdown_to_html(f"Voor <{tag}>weg</{tag}> na, <{tag.upper()}>ook</{tag}>.")
    assert html == f"<p>Voor <{shown}>weg</{shown}> na, <{shown}>ook</{shown}>.</p>"


def test_the_struck_words_of_an_example_are_struck_not_tags() -> None:
    html = markdown_to_html("<strike>Als eerst is er een proef gedaan om</strike> de valtijd")
    assert html == "<p><s>Als eerst is er een proef gedaan om</s> de valtijd</p>"


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />", "<BR>"])
def test_a_raw_br_is_a_line_break(br: str) -> None:
    assert markdown_to_html(f"Regel een{br}regel twee") == "<p>Regel een<br>\nregel twee</p>"


def test_markdown_inside_an_inline_tag_is_rendered() -> None:
    html = markdown_to_html("<del>**vet**, *schuin*, `code` en [link](https://a.nl/)</del>")
    assert html == (
        "<p><del><strong>vet</strong>, <em>schuin</em>, <code>code</code> en "
        '<a href="https://a.nl/">link</a></del></p>'
    )


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '<b onclick="alert(1)">x</b>',
        '<i style="color:red">x</i>',
        "<b class=x>x</b>",
        "<br onclick=alert(1)>",
        '<img src="x.png">',
        '<a href="https://a.nl/">x</a>',
        '<iframe src="https://a.nl/"></iframe>',
        "<div>x</div>",
        "<b>open zonder sluiten",
        "los </b> sluiten",
        "<b>niet gepaard</i>",
    ],
)
def test_other_raw_html_stays_text(text: str) -> None:
    """Any other tag, one with attributes or an unpaired one is shown as text, as before."""
    assert markdown_to_html(f"Zie {text} hier") == f"<p>Zie {escape(text, False)} hier</p>"


def test_a_span_shows_its_text_without_its_attributes() -> None:
    """ "<span style=…>" (colour in a page written for another tool) is a plain span: its
    text shows, its attributes (a style, an event handler) are dropped."""
    assert markdown_to_html('a <span style="color:red">rood</span> b') == (
        "<p>a <span>rood</span> b</p>"
    )
    assert markdown_to_html('<SPAN onclick="evil()">klik</SPAN>') == "<p><span>klik</span></p>"


def test_struck_text_between_double_tildes_is_struck() -> None:
    """ "~~weg~~" is struck through, as on GitHub; a single tilde stays text."""
    assert markdown_to_html("Niet ~~zo~~ maar zo.") == "<p>Niet <del>zo</del> maar zo.</p>"
    assert markdown_to_html("Ongeveer ~5 min, a~b~c.") == "<p>Ongeveer ~5 min, a~b~c.</p>"


def _boxes(markdown: str) -> tuple[BeautifulSoup, list[tuple[str, str]]]:
    # ``markdown`` rendered, and each admonition box in it: its style (the class after
    # "admonition") and its title.
    html = BeautifulSoup(markdown_to_html(markdown), "html.parser")
    titled = [
        (str(b["class"][1]), b.select(".admonition-title")[0].get_text())
        for b in html.select("div.admonition")
    ]
    return html, titled


def test_a_callout_is_a_titled_box_and_its_advice_an_item(tmp_path: Path) -> None:
    """ "> [!TIP] Casus" (GitHub's and Obsidian's callout) is a box titled "Casus" in
    Material's tip style, "> [!WARNING]" one titled "Waarschuwing"; the marker is never
    shown, and the callout's advice is an item like any quote's. A plain quote stays one."""
    html, boxes = _boxes(
        "> [!TIP] Casus\n> Het team merkte iets.\n\n"
        "Tekst.\n\n> [!WARNING]\n> Vraag altijd door.\n\nTekst.\n\n> Een citaat."
    )
    assert boxes == [("tip", "Casus"), ("warning", "Waarschuwing")]
    assert "[!" not in html.get_text()
    assert [q.get_text().strip() for q in html.select("blockquote")] == ["Een citaat."]
    doc = _article(tmp_path, "Callouts", "## 1. Doorvragen\n\n> [!TIP]\n> Vraag altijd door.\n")
    assert [i.text for i in doc.principles[0].checklist] == ["Vraag altijd door."]


def test_a_fenced_box_is_a_titled_box_and_its_advice_an_item(tmp_path: Path) -> None:
    """ ":::{tip}" (MyST) and "::: {.tip}" (Pandoc) boxes, up to a line of colons, are
    titled boxes without their fences or options; their advice is an item, their title never
    the bold lead; another directive ("{image}") and a fence never closed stay text."""
    html, boxes = _boxes(
        ":::{tip}\n:class: dropdown\nSchrijf eerst de resultaten.\n:::\n\n"
        "::: {.warning}\n**Let op**\n\n- Plan het.\n::::\n\n:::{image} a.png\n:::"
    )
    assert boxes == [("tip", "Tip"), ("warning", "Waarschuwing")]
    assert ":class:" not in html.get_text() and ":::{image} a.png" in html.get_text()
    body = (
        "## 1. Resultaten\n\n:::{Important}\nEen verslag leest als een lopend verhaal over"
        " de resultaten.\n:::\n\n:::{tip}\nSchrijf eerst de resultaten.\n:::\n"
    )
    doc = _article(tmp_path, "Verslagen", body)
    assert (
        doc.principles[0].summary == "Een verslag leest als een lopend verhaal over de resultaten."
    )
    assert [i.text for i in doc.principles[0].checklist] == ["Schrijf eerst de resultaten."]


def test_a_wikilink_shows_its_text(tmp_path: Path) -> None:
    """ "[[7. Uitleg Retrospective|Retrospective]]" (Obsidian) shows "Retrospective", and
    "[[map/Sprint Review]]" the page's name; an item reads them the same way."""
    assert markdown_to_html("Voor de [[7. Uitleg Retrospective|Retrospective]].") == (
        "<p>Voor de Retrospective.</p>"
    )
    assert markdown_to_html("Zie [[map/Sprint Review.md]].") == "<p>Zie Sprint Review.</p>"
    # A Markdown link whose text is in brackets (a reference number) stays a link.
    assert markdown_to_html("Zo.[[2,3]](../..)") == '<p>Zo.<a href="../..">[2,3]</a></p>'
    doc = _article(
        tmp_path, "Links", "## 1. Plannen\n\nPlan de [[3. Uitleg review|review]] vooraf.\n"
    )
    assert [i.text for i in doc.principles[0].checklist] == ["Plan de review vooraf."]


def test_an_escaped_tag_or_one_in_code_stays_text() -> None:
    """ "\\<b>" is the text "<b>" (the backslash escapes the "<", as in CommonMark)."""
    assert markdown_to_html("\\<b>x</b>") == "<p>&lt;b&gt;x&lt;/b&gt;</p>"
    assert markdown_to_html("`<b>x</b>`") == "<p><code>&lt;b&gt;x&lt;/b&gt;</code></p>"


def test_a_quote_with_an_inline_tag_finds_its_passage() -> None:
    """A source quote keeps the article's raw tags; the page shows the element, and an
    author's own <sup> is text (not a footnote number) for the match."""
    text = "Inleiding.\n\nGebruik <b>geen</b> jargon in de 1<sup>e</sup> zin.[^1]\n\n[^1]: Noot."
    quote = "Gebruik <b>geen</b> jargon in de 1<sup>e</sup> zin."
    html, found = render.markdown_with_anchors(text, [quote])
    assert found == {quote: "tekst-2"} and '<p id="tekst-2">Gebruik <b>geen</b>' in html


def test_a_number_and_a_tab_number_a_heading(tmp_path: Path) -> None:
    """ "## 1<TAB>Maak …" is principle 1 titled "Maak …", as "## 1. Maak …" is."""
    doc = _article(
        tmp_path,
        "Tab",
        "## 1\tMaak je commit message in het Engels\n\nDat lezen meer mensen.\n\n"
        "## 2\tBeperk de titel tot 50 karakters\n\nKort is beter.\n",
    )
    assert [p.title for p in doc.principles] == [
        "Maak je commit message in het Engels",
        "Beperk de titel tot 50 karakters",
    ]


def test_sections_written_as_h3_are_read_as_sections(tmp_path: Path) -> None:
    """A blog whose parts start at '###' (no '##') has those parts as its principles, their
    '####' headings inside them; an article with '##' keeps '###' as sub-headings."""
    doc = _article(
        tmp_path,
        "Drie",
        "Inleiding.\n\n### Stap 1: Zelfbewustwording\n\nWat voel je als iemand over je grens"
        " gaat?\n\n#### Voorbeeld\n\nNiks.\n\n### Stap 2: Je grens overbrengen\n\n"
        "Geef je grens op tijd aan bij je collega.\n",
    )
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Zelfbewustwording"),
        (2, "Je grens overbrengen"),
    ]
    assert [q.text for q in doc.principles[0].reflection] == [
        "Wat voel je als iemand over je grens gaat?"
    ]
    nested = tmp_path / "nested.md"
    nested.write_text(
        "---\ntitle: T\nauthor: A\n---\n\n## Deel\n\n### Stap 1\n\nTekst.\n", encoding="utf-8"
    )
    outline = source.parse(nested, source.read_text(nested))
    assert [s.title for s in outline.sections] == ["Deel"]
    assert [s.title for s in outline.sections[0].subsections] == ["Stap 1"]


def test_a_list_written_in_html_is_read_as_a_list(tmp_path: Path) -> None:
    """A raw HTML list (as blogs exported from WordPress keep it) gives its items, with the
    lines of the HTML, and shows on the page as a list with every word."""
    doc = _article(
        tmp_path,
        "Html",
        "## De voorbereiding\n\n<ul>\n<li><strong>Bestudeer de agenda</strong><br>\n"
        "Zorg dat je de agendapunten kent. Zo weet je wat\nrelevant is.</li>\n\n"
        "<li>Het verslag is <em>kort</em>.</li>\n</ul>\n",
    )
    assert _checklist(doc) == [
        ("Bestudeer de agenda.", 11),
        ("Zorg dat je de agendapunten kent.", 12),
    ]
    html = markdown_to_html(doc.principles[0].explanation)
    assert "<ul>" in html and "<li>" in html and "&lt;li" not in html
    assert "Zo weet je wat relevant is." in _page_text(html)
    assert "Het verslag is kort." in _page_text(html)


def test_html_text_is_read_and_a_caption_kept(tmp_path: Path) -> None:
    """Running text in plain HTML tags ("<br>", "<p>", "<em>") is read like a paragraph; a
    block with another tag or an attribute (a caption, '<p class="note">') stays as written
    and gives no item."""
    doc = _article(
        tmp_path,
        "Tekst",
        "## Koppen\n\n<br>\nNaast het motief is het belangrijk je kop concreet te maken:"
        " maak de lezer direct duidelijk wat hij kan <em>verwachten</em>.\n\n"
        '<p class="note">\nZoek op “Success”\n</p>\n',
    )
    assert [i.text for i in doc.principles[0].checklist] == [
        "Maak de lezer direct duidelijk wat hij kan verwachten."
    ]
    explanation = doc.principles[0].explanation
    assert '<p class="note">' in explanation and "<br>" not in explanation


def test_a_heading_of_two_imperatives_gives_two_items(tmp_path: Path) -> None:
    """ "## 1. Gebruik enkelvoudige namen.<br />Gebruik meervoud voor …" gives both actions."""
    doc = _article(
        tmp_path,
        "Twee",
        "## 1. Gebruik enkelvoudige namen voor enums.<br />Gebruik meervoud voor bitwise enums."
        "\n\nZo lees je het verschil.\n",
    )
    assert [i.text for i in doc.principles[0].checklist] == [
        "Gebruik enkelvoudige namen voor enums.",
        "Gebruik meervoud voor bitwise enums.",
    ]


def test_tip_headings_count_as_numbered(tmp_path: Path) -> None:
    """'Tip 3:', 'Sleutel 3 –', 'Stap 2.' and 'Tip #3:' are numbered principle headings."""
    [doc] = _convert(tmp_path, SHAPES / "vragenlijst.md")
    assert [(p.number, p.title) for p in doc.principles][2] == (3, "Bedank de invuller")
    for heading in (
        "Sleutel 3 – Bedank de invuller",
        "Stap 3. Bedank de invuller",
        "Tip #3: Bedank de invuller",
    ):
        md = tmp_path / heading[:4] / "a.md"
        shutil.copytree(SHAPES / "img", md.parent / "img")
        text = (SHAPES / "vragenlijst.md").read_text(encoding="utf-8")
        md.write_text(text.replace("Tip 3: Bedank de invuller", heading), encoding="utf-8")
        outline = source.parse(md, source.read_text(md))
        choice = sections.choose(outline)
        assert choice is not None
        assert [p.section.number for p in choice.principles] == [1, 2, 3]
        assert choice.principles[2].section.title == "Bedank de invuller"


def test_items_of_real_article_shapes(tmp_path: Path) -> None:
    """List imperatives, conditions kept, 'en'-joined actions split, list questions."""
    [doc] = _convert(tmp_path, SHAPES / "vragenlijst.md")
    first, second, third = doc.principles
    assert [i.text for i in first.checklist] == [
        "Stel alleen noodzakelijke vragen",
        "Vraag alleen om gegevens die je echt nodig hebt.",
        "Informeer de invuller waarom je ze vraagt.",
        "Schrap vragen waarvan je het antwoord al weet.",
    ]
    assert [q.text for q in first.reflection] == ["Wat doe je met het antwoord?"]
    assert [i.text for i in second.checklist][1:3] == [
        "Als een tijdslimiet strikt noodzakelijk is, informeer de invuller daarover vooraf.",
        "Wanneer de lijst lang is, vraag je af wat weg kan.",
    ]
    assert doc.article.sections[0].title == "Bronnen"
    assert third.explanation.endswith("gebeurt.")


def test_unnumbered_principles_found_automatically(tmp_path: Path) -> None:
    """Without numbers, every section from the first that gives advice to the last that
    does is a principle; the sections around them stay the article's."""
    [doc] = _convert(tmp_path, SHAPES / "zonder-nummers.md")
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Stel alleen noodzakelijke vragen"),
        (2, "Een zijpad"),
        (3, "Leg uit waarom je iets vraagt"),
    ]
    assert [(s.title, s.place) for s in doc.article.sections] == [
        ("Waarom dit ertoe doet", "before"),
        ("Tot slot", "after"),
    ]
    assert "Zeg in één zin waarom je iets vraagt." in [i.text for i in doc.principles[2].checklist]


def test_section_between_numbered_principles_stays_with_the_one_before(tmp_path: Path) -> None:
    """An unnumbered ## section between numbered principles is part of the one before it."""
    text = (SHAPES / "zonder-nummers.md").read_text(encoding="utf-8")
    text = text.replace("## Stel alleen", "## 1. Stel alleen").replace(
        "## Leg uit", "## 2. Leg uit"
    )
    md = tmp_path / "src" / "zonder-nummers.md"
    md.parent.mkdir()
    md.write_text(text, encoding="utf-8")
    [doc] = _convert(tmp_path / "p", md)
    assert [p.title for p in doc.principles] == [
        "Stel alleen noodzakelijke vragen",
        "Leg uit waarom je iets vraagt",
    ]
    assert "## Een zijpad" in doc.principles[0].explanation


def test_principles_switch_makes_every_heading_a_principle(tmp_path: Path) -> None:
    """'principles: headings' in the front matter: every ## section is a principle."""
    text = (SHAPES / "zonder-nummers.md").read_text(encoding="utf-8")
    md = tmp_path / "src" / "zonder-nummers.md"
    md.parent.mkdir()
    md.write_text(text.replace("author: Test Auteur\n", "author: X\nprinciples: headings\n"))
    [doc] = _convert(tmp_path / "p", md)
    assert [p.title for p in doc.principles] == [
        "Waarom dit ertoe doet",
        "Stel alleen noodzakelijke vragen",
        "Een zijpad",
        "Leg uit waarom je iets vraagt",
        "Tot slot",
    ]


def test_no_principle_error_names_the_switch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without any principle the error says how to number them or use the switch."""
    src = tmp_path / "content_src"
    src.mkdir()
    (src / "a.md").write_text("---\ntitle: A\nauthor: B\n---\n\n## Slot\n\nKlaar.\n")
    assert main(["convert", "--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no numbered principle" in err and "principles: headings" in err


def test_foreign_front_matter_keys_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Keys of other tools are ignored with one warning that lists them all."""
    project = _project(tmp_path, SHAPES / "vragenlijst.md")
    assert main(["convert", "--root", str(project)]) == 0
    warnings = [w for w in capsys.readouterr().err.splitlines() if w.startswith("warning:")]
    assert warnings == [
        "warning: content_src/vragenlijst.md:2: front matter keys of other tools ignored: "
        "tags, sidebar_position"
    ]


@pytest.mark.parametrize(("key", "line", "right"), [("auther", 3, "author"), ("titel", 2, "title")])
def test_near_miss_key_is_an_error_with_the_right_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, line: int, right: str
) -> None:
    """A misspelt key of ours is an error that suggests the right one."""
    src = tmp_path / "content_src"
    src.mkdir()
    meta = {"title": "A", "author": "B"}
    body = "".join(f"{key if k == right else k}: {v}\n" for k, v in meta.items())
    (src / "a.md").write_text(f"---\n{body}---\n\n## 1. Zeg het\n\nZeg het.\n")
    assert main(["convert", "--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"content_src/a.md:{line}: unknown front matter key '{key}'" in err
    assert f"did you mean '{right}'" in err


def test_front_matter_schema_checks_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong value for a known key is reported on its line with the schema's fix."""
    src = tmp_path / "content_src"
    src.mkdir()
    (src / "a.md").write_text("---\ntitle: A\nauthor: B\nprinciples: alle\n---\n\nX.\n")
    assert main(["convert", "--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "content_src/a.md:4: principles: 'alle' is not one of" in err
    assert "principles: headings" in err


def _messy(text: str) -> bytes:
    # The same article as a Windows editor may save it: BOM, CRLF, nbsp, tabs, curly quotes.
    messy = text.replace("Vraag alleen om", "Vraag\u00a0alleen om").replace('"', "\u201c", 1)
    messy = messy.replace("Noem vooraf", "\tNoem vooraf")
    return b"\xef\xbb\xbf" + messy.replace("\n", "\r\n").encode("utf-8")


def test_bom_crlf_nbsp_tabs_and_curly_quotes_convert_like_plain_text(tmp_path: Path) -> None:
    """A file with BOM, CRLF, nbsp, tabs and curly quotes yields the same principles."""
    plain = SHAPES / "vragenlijst.md"
    messy = tmp_path / "src" / "vragenlijst.md"
    messy.parent.mkdir()
    messy.write_bytes(_messy(plain.read_text(encoding="utf-8")))
    shutil.copytree(SHAPES / "img", messy.parent / "img")
    [a] = _convert(tmp_path / "a", plain)
    [b] = _convert(tmp_path / "b", messy)

    def texts(doc: Document) -> list[Any]:
        return [
            (p.id, p.title, [i.text for i in p.checklist + p.reflection]) for p in doc.principles
        ]

    assert texts(a) == texts(b)
    assert "Noem vooraf" in b.principles[1].explanation
    assert "<pre>" not in markdown_to_html(b.principles[1].explanation)


BAD_MEDIA = {
    "remote-image": ("![Logo](https://example.org/logo.png)", "loaded from another host"),
    "missing-image": ("![Logo](img/bestaat-niet.png)", "does not exist"),
    "no-alt": ("![](img/schema.png)", "has no alt text"),
    "iframe": (
        '<iframe src="https://video.example.org/embed/1"></iframe>',
        "embeds an HTML <iframe>",
    ),
    "video": ('Kijk: <video src="film.mp4"></video>', "embeds an HTML <video>"),
    "script": ("<script>alert(1)</script>", "embeds an HTML <script>"),
}


@pytest.mark.parametrize("name", sorted(BAD_MEDIA))
def test_remote_or_missing_media_stop_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """Remote images, embeds and scripts, and missing images: file, line, what and fix."""
    snippet, what = BAD_MEDIA[name]
    project = _project(tmp_path, SHAPES / "vragenlijst.md")
    md = project / "content_src" / "vragenlijst.md"
    lines = md.read_text(encoding="utf-8").splitlines()
    at = lines.index("Noem vooraf hoe lang het invullen duurt.")
    lines[at + 1 : at + 1] = ["", snippet]
    md.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["convert", "--root", str(project)]) == 1
    err = capsys.readouterr().err
    assert f"content_src/vragenlijst.md:{at + 3}: " in err and what in err
    assert "fix: " in err
    assert not (project / "content_src" / "principles").exists()


def test_a_link_to_another_host_is_fine(tmp_path: Path) -> None:
    """Links a reader clicks may point anywhere."""
    project = _project(tmp_path, SHAPES / "vragenlijst.md")
    md = project / "content_src" / "vragenlijst.md"
    text = md.read_text(encoding="utf-8")
    md.write_text(text.replace("Een bedankje", "[Een bedankje](https://example.org/)"))
    assert convert.convert(project)[0].doc.principles[2].explanation.startswith("[Een")


def test_site_shows_a_local_image_and_requests_nothing_elsewhere(tmp_path: Path) -> None:
    """The built principle page shows the image with its alt text from the site itself."""
    from tests.conftest import copy_project, mkdocs_build

    project = copy_project(tmp_path)
    shutil.copy(SHAPES / "vragenlijst.md", project / "content_src")
    shutil.copytree(SHAPES / "img", project / "content_src" / "img")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    page = project / "site" / "vragenlijst" / "noodzakelijke-vragen" / "index.html"
    html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    img = html.select_one(".vk-principle__explanation img")
    assert img is not None and img["alt"] == "Schema van een korte vragenlijst"
    assert img["src"] == "../../media/img/schema.png"
    assert (page.parent / str(img["src"])).resolve().is_file()
    for el in html.select("[src]"):
        assert "://" not in str(el["src"]), el


def test_heading_without_text_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A heading of only attributes is reported on its line."""
    src = tmp_path / "content_src"
    src.mkdir()
    (src / "a.md").write_text("---\ntitle: A\nauthor: B\n---\n\n## {#x}\n\nZeg het.\n")
    assert main(["convert", "--root", str(tmp_path)]) == 1
    assert "content_src/a.md:6: the heading has no text" in capsys.readouterr().err


def test_a_misspelt_heading_marker_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "<!-- redaktie -->" on a heading is reported on its line with the markers we know."""
    src = tmp_path / "content_src"
    src.mkdir()
    (src / "a.md").write_text(
        "---\ntitle: A\nauthor: B\n---\n\n## 1. Zeg het\n\nZeg het.\n\n"
        "### Bronnen <!-- redaktie -->\n\nEen lijst.\n"
    )
    assert main(["convert", "--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "content_src/a.md:10: unknown heading marker 'redaktie'" in err
    assert "<!-- redactie -->" in err


def test_another_tools_heading_comment_is_left_alone(tmp_path: Path) -> None:
    """Markdown All in One writes "<!-- omit in toc -->" after headings it keeps out of its
    table of contents: the heading converts as if the comment were not there."""
    doc = _article(
        tmp_path,
        "Toc",
        "## 1. Geef feedback <!-- omit in toc -->\n\nGeef feedback op het werk.\n\n"
        "### Inhoud <!-- omit from toc -->\n\nVraag om een voorbeeld.\n",
    )
    [p] = doc.principles
    assert p.title == "Geef feedback"
    assert not p.editorial
    assert "Vraag om een voorbeeld." in [i.text for i in p.checklist]


@pytest.mark.parametrize(
    "body", ["| a | b |\n|---|---|\n| c | d |", "- Geef ruimte.", "> Geef ruimte."]
)
def test_principle_of_only_a_table_list_or_quote_converts(tmp_path: Path, body: str) -> None:
    """A principle without a paragraph still gets a summary and keeps its text."""
    md = tmp_path / "src" / "a.md"
    md.parent.mkdir()
    md.write_text(f"---\ntitle: A\nauthor: B\n---\n\n## 1. Doe het\n\n{body}\n", encoding="utf-8")
    [doc] = _convert(tmp_path / "p", md)
    [p] = doc.principles
    assert p.summary and p.explanation == body


def _one_principle(tmp_path: Path, body: str, title: str = "Vertrouwen") -> Any:
    # The only principle of an article with ``body`` under "## 1. Geef vertrouwen".
    md = tmp_path / "p" / "a.md"
    md.parent.mkdir(parents=True)
    md.write_text(
        f'---\ntitle: "{title}"\nauthor: B\n---\n\n## 1. Geef vertrouwen\n\n{body}\n',
        encoding="utf-8",
    )
    [doc] = _convert(tmp_path / "p", md)
    [p] = doc.principles
    return p


def test_the_lead_is_the_sentence_that_states_the_principle(tmp_path: Path) -> None:
    """The bold lead is the statement about the principle and the article's subject, not the
    first setup sentence, and the explanation does not open with it again."""
    p = _one_principle(
        tmp_path / "a",
        "Veel leiders wachten af. Vertrouwen groeit pas als jij het eerst geeft aan je team.\n\n"
        "Begin klein.",
    )
    assert p.summary == "Vertrouwen groeit pas als jij het eerst geeft aan je team."
    q = _one_principle(tmp_path / "b", "Vertrouwen groeit als je het geeft. Zo werkt het.")
    assert q.summary == "Vertrouwen groeit als je het geeft."
    assert q.explanation == "Zo werkt het."


def test_the_editors_choose_the_lead_with_a_kern_marker(tmp_path: Path) -> None:
    """<!-- kern: … --> names the lead; a sentence the principle does not hold is an error
    with the marker's line."""
    body = "Vertrouwen groeit als je het geeft.\n\nWacht er niet mee.\n\n"
    body += "<!-- kern: Wacht er niet mee. -->"
    assert _one_principle(tmp_path / "a", body).summary == "Wacht er niet mee."
    with pytest.raises(ContentError) as err:
        _one_principle(tmp_path / "b", "Een zin.\n\n<!-- kern: Een andere zin. -->")
    assert err.value.line == 10 and "kern" in str(err.value)


def test_no_explanation_repeats_its_lead_first() -> None:
    """On every article the site has, the explanation does not open with the bold lead (unless
    the lead is all the principle says: then the page shows it once, as the lead)."""
    for doc in convert.load_all(ROOT):
        for p in doc.principles:
            alone = " ".join(p.explanation.split()) == " ".join(p.summary.split())
            assert alone or not p.explanation.startswith(p.summary), p.id


@pytest.mark.parametrize(
    ("body", "explanation"),
    [
        # A label on its own line: the entry keeps its text.
        (
            "- **Neem kennis van de vorige vergadering**  \n  Zorg dat je de besluiten kent.\n"
            "- **Bestudeer de agenda**  \n  Zorg dat je de punten kent.\n",
            "- Zorg dat je de besluiten kent.\n- **Bestudeer de agenda**  \n"
            "  Zorg dat je de punten kent.",
        ),
        # An entry that is only the lead goes.
        (
            "- Reageer vlot op verzoeken.\n- Houd je managers op de hoogte.\n",
            "- Houd je managers op de hoogte.",
        ),
    ],
)
def test_a_principle_of_only_a_list_shows_its_lead_once(
    tmp_path: Path, body: str, explanation: str
) -> None:
    """Without a paragraph the lead is the first entry's first sentence, and the list then
    does not open with it again."""
    p = _one_principle(tmp_path, body)
    assert p.explanation == explanation
    assert p.summary.rstrip(".") in body.split("\n")[0]


@pytest.mark.parametrize(
    "body",
    [
        "1. Reageer vlot op verzoeken.\n2. Houd je managers op de hoogte.\n",
        "- Reageer vlot op verzoeken.\n  - per mail\n  - per telefoon\n- Houd het kort.\n",
        "- Reageer vlot op verzoeken. Dat waarderen mensen.\n- Houd het kort.\n",
    ],
)
def test_a_list_keeps_its_first_entry_where_taking_it_out_would_change_it(
    tmp_path: Path, body: str
) -> None:
    """A numbered list keeps its numbers, an entry with a list inside keeps its place, and an
    entry whose first line says more than the lead stays whole."""
    p = _one_principle(tmp_path, body)
    assert p.explanation == body.strip()
