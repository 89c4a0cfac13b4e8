"""End-to-end: the real site built with MkDocs, asserted on parsed HTML."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from kompas import convert
from kompas.principles import store
from kompas.principles.model import Principle
from tests.conftest import SITE, copy_project, mkdocs_build

FIXTURES = Path(__file__).parent / "fixtures"
# Per principle id, the questions about its whole article (from the committed YAML).
GENERAL = {p.id: d.article.questions for d in convert.load_all(SITE) for p in d.principles}


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def principle_pages(site: Path) -> list[tuple[Principle, Path]]:
    """(principle, built HTML file) for every principle in the committed YAML."""
    return [
        (p, site / d.article.id / p.id / "index.html")
        for d in convert.load_all(SITE)
        for p in d.principles
    ]


def test_every_principle_has_its_page(built_site: Path) -> None:
    """A page per principle, each with title, summary, explanation, checklist, questions
    and credit; no other page is a principle page."""
    pages = principle_pages(built_site)
    built = {
        p for p in built_site.rglob("index.html") if 'class="vk-principle"' in p.read_text("utf-8")
    }
    assert built == {path for _, path in pages}
    for principle, path in pages:
        page = soup(path)
        root = page.select_one(f'article.vk-principle[data-principle="{principle.id}"]')
        assert isinstance(root, Tag), path
        assert root.h1 is not None and root.h1.get_text(strip=True) == principle.title
        summary = root.select_one(".vk-principle__summary")
        assert summary is not None and summary.get_text() == principle.summary
        assert root.select_one(".vk-principle__explanation p") is not None
        credit = root.select_one(".vk-credit")
        assert credit is not None and "René Rensen" in credit.get_text()


def test_checklist_markup_contract(built_site: Path) -> None:
    """Labelled checkboxes per item in [data-checklist]; questions are <li> in [data-reflection]."""
    for principle, path in principle_pages(built_site):
        page = soup(path)
        checklist = page.select_one(f'[data-checklist="{principle.id}"]')
        assert checklist is not None
        boxes = checklist.select('input[type="checkbox"][data-item]')
        items = principle.checklist
        assert isinstance(items, tuple)
        assert [b["data-item"] for b in boxes] == [i.id for i in items]
        for box, item in zip(boxes, items, strict=True):
            label = page.select_one(f'label[for="{box["id"]}"]')
            assert label is not None and label.get_text(strip=True) == item.text
        questions = page.select(f'[data-reflection="{principle.id}"] li')
        reflection = principle.reflection
        assert isinstance(reflection, tuple)
        assert [q["data-question"] for q in questions] == [r.id for r in reflection]
        general = page.select('[data-reflection$="--algemeen"] li')
        assert len(general) == len(GENERAL[principle.id]) > 0


def test_sources_quote_each_passage_once_and_link_to_it(built_site: Path) -> None:
    """Every item and question cites a source; each quoted passage is listed once (on every
    principle page), links to that passage in the text above, and names no repository file."""
    for principle, path in principle_pages(built_site):
        page = soup(path)
        entries = page.select(".vk-sources > li")
        quotes = [_one(li, "q").get_text() for li in entries]
        assert len(quotes) == len(set(quotes)), principle.id
        for item in (*principle.checklist, *principle.reflection):
            anchor = page.select_one(f"#bron-{principle.id}--{item.id}")
            assert anchor is not None, item.id
            entry = anchor if anchor.name == "li" else anchor.find_parent("li")
            assert entry is not None and _one(entry, "q").get_text() == item.source.quote
        text = " ".join(_one(page, ".vk-sources").get_text(" ").split())
        assert "content_src" not in text and "regel" not in text
        for link in page.select(".vk-sources a.vk-sources__link"):
            target = page.select_one(str(link["href"]))
            assert target is not None, link["href"]
            quote = _one(link.find_parent("li"), "q").get_text()
            if link["href"] != f"#{principle.id}":
                assert quote.split()[0] in target.get_text(), (quote, target.get_text()[:80])


def _one(tag: Tag | None, css: str) -> Tag:
    # The one element matching ``css`` inside ``tag``.
    assert tag is not None
    found = tag.select_one(css)
    assert found is not None, css
    return found


def test_overview_groups_principles_by_article(built_site: Path) -> None:
    """The overview lists both articles with their principles in order, with summaries."""
    page = soup(built_site / "principes" / "index.html")
    sections = page.select("section.vk-overview")
    docs = convert.load_all(SITE)
    assert [s["data-article"] for s in sections] == [d.article.id for d in docs]
    counts = [len(s.select("li[data-principle]")) for s in sections]
    assert counts == [len(d.principles) for d in docs]
    for section, d in zip(sections, docs, strict=True):
        first = section.select_one("li[data-principle]")
        assert first is not None and d.principles[0].title in first.get_text()
        assert d.principles[0].summary in first.get_text()


def test_article_faq_and_home_pages(built_site: Path) -> None:
    """Article pages have intro and closing text; the FAQ has its five questions."""
    article = soup(built_site / "vertrouwen-in-leiderschap" / "index.html").get_text()
    assert "Als leidinggevende in het onderwijs weet je" in article
    assert "Tot slot: jouw rol als hoeder van vertrouwen" in article
    assert "Neem dan contact met ons op" not in article  # the call to action is not content
    faq = soup(built_site / "veelgestelde-vragen" / "index.html")
    docs = convert.load_all(SITE)
    assert len(faq.select(".vk-faq h3")) == sum(len(d.article.faq) for d in docs) > 0
    home = soup(built_site / "index.html")
    assert len(home.select(".vk-articles li")) == len(docs)
    assert home.html is not None and home.html["lang"] == "nl"


def test_navigation_order(built_site: Path) -> None:
    """The navigation lists principles in their article's order."""
    page = soup(built_site / "team-vertrouwen" / "laat-ruimte-echt" / "index.html")
    links = [a.get_text(" ", strip=True) for a in page.select("nav.md-nav--primary a.md-nav__link")]
    numbered = [t for t in links if re.match(r"^\d+\. ", t)]
    assert numbered[:3] == [
        "1. Durf te zeggen wat je ziet",
        "2. Laat ruimte – echt",
        "3. Blijf stabiel onder druk",
    ]


def test_meta_description_and_no_foreign_hosts(built_site: Path) -> None:
    """Pages describe themselves and load nothing from another host."""
    for principle, path in principle_pages(built_site):
        page = soup(path)
        meta = page.select_one('meta[name="description"]')
        assert meta is not None and meta["content"] == principle.summary
        for tag in page.select("[src], link[href]"):
            url = str(tag.get("src") or tag.get("href"))
            if tag.name == "link" and tag.get("rel") == ["canonical"]:
                continue
            assert not url.startswith(("http:", "https:", "//")), url


def test_site_scripts_are_deferred_in_order(built_site: Path) -> None:
    """Material's bundle and ours never hold up the first paint (Lighthouse counts a
    parser-blocking script as render-blocking): both are deferred, Material's first, since
    ours subscribes to its document$."""
    for path in built_site.rglob("*.html"):
        page = soup(path)
        if page.select_one("script#__config") is None:
            continue  # a redirect or the 404 stub
        srcs = [
            (str(tag["src"]).rsplit("/", 1)[-1], tag.has_attr("defer"))
            for tag in page.select("script[src]")
            if re.search(r"/(bundle\.[0-9a-f]+|kompas)\.min\.js$", "/" + str(tag["src"]))
        ]
        assert [name.split(".")[0] for name, _ in srcs] == ["bundle", "kompas"], path
        assert all(deferred for _, deferred in srcs), (path, srcs)


def test_script_in_article_is_shown_as_text(tmp_path: Path) -> None:
    """HTML in an article is escaped everywhere: it shows as text and never runs."""
    project = copy_project(tmp_path)
    (project / "content_src" / "xss.md").write_text(
        '---\ntitle: "Kop <script>alert(\'t\')</script>"\nauthor: "<b>Auteur</b>"\n---\n\n'
        "Intro <b onclick=alert('i')>vet</b>.\n\n"
        "## 1. Zeg <u onmouseover=alert('k')>dit</u> hardop\n\n"
        "Zeg het <a href=# onclick=alert(1)>hardop</a>. Geef <span>ruimte</span>.\n",
        encoding="utf-8",
    )
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    for path in (project / "site" / "xss").rglob("index.html"):
        page = soup(path)
        content = page.select_one("article.md-content__inner, .md-content")
        assert content is not None
        assert content.select("script, [onclick], [onmouseover]") == [], path
        assert "<script>alert(" in content.get_text() or "onclick=alert(" in content.get_text()
        scripts = [s.get_text() for s in page.select("script")]
        assert not any("alert(" in s for s in scripts), path


def test_script_or_embed_in_article_stops_the_build(tmp_path: Path) -> None:
    """A <script> or <img> in an article's text stops the build with file, line and fix."""
    project = copy_project(tmp_path)
    (project / "content_src" / "xss.md").write_text(
        "---\ntitle: A\nauthor: B\n---\n\n## 1. Zeg het\n\n"
        "Zeg het <img src=x onerror=alert(1)> hardop. Geef <script>alert(2)</script> ruimte.\n",
        encoding="utf-8",
    )
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "content_src/xss.md:8: the article embeds an HTML <img> element" in result.stderr
    assert "fix: " in result.stderr
    assert not (project / "content_src" / "principles" / "xss.yml").exists()


def test_new_article_appears_without_code_change(tmp_path: Path) -> None:
    """Dropping an article into content_src/ and building adds its pages."""
    project = copy_project(tmp_path)
    shutil.copy(FIXTURES / "articles" / "feedback-geven.md", project / "content_src")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    doc = store.load(project / "content_src" / "principles" / "feedback-geven.yml")
    assert len(doc.principles) == 3
    page = soup(project / "site" / "feedback-geven" / "kies-het-juiste-moment" / "index.html")
    assert page.select('[data-checklist="kies-het-juiste-moment"] input[type=checkbox]')
    overview = soup(project / "site" / "principes" / "index.html")
    assert overview.select_one('section[data-article="feedback-geven"]') is not None


def test_bad_article_fails_the_build_with_file_and_line(tmp_path: Path) -> None:
    """A broken article stops `mkdocs build` with the converter's message."""
    project = copy_project(tmp_path)
    (project / "content_src" / "kapot.md").write_text("geen front matter\n", encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "content_src/kapot.md:1: the file does not start with front matter" in result.stderr
    assert not (project / "content_src" / "principles" / "kapot.yml").exists()


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_light_and_dark_palettes_are_configured(scheme: str) -> None:
    """Material offers a light/dark toggle, Dutch search and no web fonts."""
    config = (SITE / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"scheme: {scheme}" in config
    assert "font: false" in config
    assert "lang: nl" in config


def test_search_finds_principles_and_tools_by_their_own_words(built_site: Path) -> None:
    """Every principle page is in the search index; the tool pages are found by their name
    and intro, never by their widgets (whose text repeats the principles'); the participants'
    page is not in it at all; the home page's progress widget is not indexed."""
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    docs = index["docs"]
    pages = {doc["location"].split("#")[0] for doc in docs}
    for p, path in principle_pages(built_site):
        assert path.parent.relative_to(built_site).as_posix() + "/" in pages, p.id
    text = {
        loc: " ".join(
            d["title"] + " " + d["text"] for d in docs if d["location"].split("#")[0] == loc
        )
        for loc in pages
    }
    for tool, name, widget in (
        ("handout/", "Workshop-handout", "Kies de principes voor de handout"),
        ("mijn-checklist/", "Mijn checklist", "Exporteer naar een bestand"),
        ("spiegel/", "De spiegel", "Start de sessie"),
    ):
        assert name in text[tool] and "<p>" in text[tool], tool
        assert widget not in text[tool], tool
    any_item = next(iter(principle_pages(built_site)))[0].checklist[0].text
    assert all(any_item not in text[t] for t in ("handout/", "mijn-checklist/", "spiegel/"))
    assert "spiegel/meedoen/" not in pages
    assert "" in pages  # the home page is found
    assert "van" not in text[""].split("Jouw voortgang")[-1]  # no counts or chart labels
