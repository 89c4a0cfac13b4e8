"""The kompas plugin on small fixture projects, built in process: options and their errors,
an existing Material site with the plugin added, tool pages and their words, navigation."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort

from tests.conftest import ROOT

SITES = ROOT / "tests" / "fixtures" / "sites"
EXISTING = SITES / "material-bestaand"


@pytest.fixture(autouse=True)
def _quiet_material(monkeypatch: pytest.MonkeyPatch) -> None:
    # Material 9.7+ prints a MkDocs 2 notice on every build unless this is set.
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("KOMPAS_PDF", "0")


def _project(tmp_path: Path, site: Path = EXISTING) -> Path:
    # A copy of a fixture site in tmp_path (builds write into their project).
    return Path(shutil.copytree(site, tmp_path / "project"))


def _config(project: Path, edit: tuple[str, str] | None = None) -> MkDocsConfig:
    # The project's mkdocs.yml loaded (with one text replaced first, when given).
    path = project / "mkdocs.yml"
    if edit:
        text = path.read_text(encoding="utf-8")
        assert edit[0] in text
        path.write_text(text.replace(*edit), encoding="utf-8")
    return load_config(str(path))


def _build(project: Path, edit: tuple[str, str] | None = None) -> Path:
    # Build the project in process as `mkdocs build` does; returns the site folder.
    config = _config(project, edit)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return Path(config.site_dir)


def _html(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def _one(soup: BeautifulSoup | Tag, css: str) -> Tag:
    # The one element matching ``css`` (fails when there is none).
    found = soup.select_one(css)
    assert found is not None, css
    return found


def _nav(soup: BeautifulSoup) -> list[str]:
    # The titles of the primary navigation's top level, in order.
    top = _one(soup, "nav.md-nav--primary > ul.md-nav__list")
    return [
        " ".join(_one(li, "a, label").get_text(" ", strip=True).split())
        for li in top.find_all("li", recursive=False)
        if isinstance(li, Tag)
    ]


def test_an_existing_material_site_keeps_its_own_pages_nav_and_theme(tmp_path: Path) -> None:
    """Adding the plugin adds pages and one navigation section; the site's own pages,
    navigation, palette, features, extra CSS and main.html override stay as they were."""
    site = _build(_project(tmp_path))
    home = _html(site, "index.html")
    assert _nav(home) == ["Home", "Over ons", "Handleiding", "Kompas"]
    assert _one(home, ".md-banner").get_text(strip=True) == ("Welkom bij het kompas van De Brug.")
    assert _one(home, "body")["data-md-color-primary"] == "teal"
    assert home.select_one("nav.md-tabs") is not None  # navigation.tabs
    sheets = [link["href"] for link in home.select("link[rel=stylesheet]")]
    assert sheets.index("assets/kompas/kompas.min.css") < sheets.index("stylesheets/debrug.css")
    assert home.select_one(".admonition.note") is not None
    assert "Ons bestuur telt twaalf scholen." in home.get_text()
    section = home.select("nav.md-nav--primary > ul > li")[-1]
    titles = [a.get_text(" ", strip=True) for a in section.select("a, label")]
    for title in ("Alle principes", "Samen beslissen in het team", "Mijn checklist"):
        assert any(title in t for t in titles), (title, titles)
    for page in (
        "over-ons/index.html",
        "handleiding/aan-de-slag/index.html",
        "samen-beslissen/leg-de-vraag-op-tafel/index.html",
        "handout/index.html",
        "mijn-checklist/index.html",
        "spiegel/index.html",
        "spiegel/meedoen/index.html",
        "principes/index.html",
    ):
        assert (site / page).is_file(), page


def test_principle_pages_have_the_checklist_contract(tmp_path: Path) -> None:
    """A principle page of a fixture article: its checklist, questions and credit."""
    site = _build(_project(tmp_path))
    page = _html(site, "samen-beslissen/leg-de-vraag-op-tafel/index.html")
    checklist = page.select_one("[data-checklist=leg-de-vraag-op-tafel]")
    assert checklist is not None
    items = [label.get_text(strip=True) for label in checklist.select("label")]
    assert "Zeg eerlijk wat al vaststaat." in items
    assert page.select("[data-reflection] [data-question]")
    assert "Anna de Vries" in _one(page, ".vk-credit").get_text()


def test_spiegel_words_come_from_the_options(tmp_path: Path) -> None:
    """`spiegel: mirrored/mirrored_by` words the tool pages for another audience."""
    site = _build(_project(tmp_path))
    join = _html(site, "spiegel/meedoen/index.html").get_text(" ")
    assert "je directeur wil weten hoe jij het ziet" in " ".join(join.split()).lower()
    assert not re.search(r"\bleider", join.lower())
    facilitator = " ".join(_html(site, "spiegel/index.html").get_text(" ").split())
    assert "de collega's" in facilitator and "Collega's gemiddeld" in facilitator
    assert " team" not in facilitator.replace("Samen beslissen in het team", "").lower()


def test_tools_option_chooses_the_tool_pages(tmp_path: Path) -> None:
    """`tools: [handout]` makes the handout only; a tool page the site wrote itself stays."""
    project = _project(tmp_path)
    (project / "docs" / "mijn-checklist.md").write_text(
        "# Ons eigen overzicht\n\n<!-- kompas:mijn-checklist -->\n", encoding="utf-8"
    )
    site = _build(project, ("      pdf: false\n", "      pdf: false\n      tools: [handout]\n"))
    assert (site / "handout" / "index.html").is_file()
    assert not (site / "spiegel").exists()
    own = _html(site, "mijn-checklist/index.html")
    assert _one(own, "h1").get_text(strip=True) == "Ons eigen overzicht"
    assert own.select_one("[data-vk-tools]") is not None


def test_a_site_without_nav_gets_home_articles_own_pages_then_tools(tmp_path: Path) -> None:
    """Without `nav:` in mkdocs.yml: Start, the generated pages, the site's other pages as
    MkDocs orders them, then the tool pages; the participants' page is in no navigation."""
    project = _project(tmp_path)
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    head, _, tail = text.partition("nav:\n")
    tail = tail[tail.index("extra_css:") :]
    (project / "mkdocs.yml").write_text(head + tail, encoding="utf-8")
    site = _build(project, ("    - navigation.tabs\n", ""))
    nav = _nav(_html(site, "index.html"))
    assert nav == [
        "Start",
        "Alle principes",
        "Samen beslissen in het team",
        "Over ons",
        "Handleiding",
        "Mijn checklist",
        "Workshop-handout",
        "De spiegel",
    ]


@pytest.mark.parametrize(
    ("edit", "option", "says"),
    [
        (("      pdf: false\n", "      pdff: false\n"), "pdff", "did you mean 'pdf'?"),
        (("      pdf: false\n", "      pdf: misschien\n"), "pdf", "expected true or false"),
        (("      pdf: false\n", "      tools: [handout, blog]\n"), "tools", "blog"),
        (
            ("        mirrored_by: de collega's\n", "        mirrored_by: collega's\n"),
            "mirrored_by",
            "with its article",
        ),
        (("      pdf: false\n", "      articles: artikelen\n"), "articles", "does not exist"),
    ],
)
def test_a_wrong_option_is_a_config_error_naming_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, edit: tuple[str, str], option: str, says: str
) -> None:
    """MkDocs refuses the configuration and its error names the option and what to do."""
    project = _project(tmp_path)
    with caplog.at_level(logging.ERROR, logger="mkdocs"), pytest.raises(Abort):
        _config(project, edit)
    errors = " ".join(r.getMessage() for r in caplog.records)
    assert f"option '{option}'" in errors or f"'{option}'" in errors, errors
    assert says in errors, errors


def test_an_articles_folder_without_article_is_a_build_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An empty articles folder stops the build with the folder and how to fix it."""
    project = _project(tmp_path)
    (project / "content_src" / "samen-beslissen.md").unlink()
    with caplog.at_level(logging.ERROR, logger="mkdocs"), pytest.raises(Abort):
        _build(project)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == [
        "content_src: there is no article\n  fix: add an article as content_src/<name>.md"
    ]
    assert not (project / "site").exists()


def test_another_theme_is_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The plugin's templates are Material's: another theme is a clear error."""
    project = _project(tmp_path)
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("  name: material\n  custom_dir: overrides\n", "  name: mkdocs\n")
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="mkdocs"), pytest.raises(Abort):
        _build(project)
    assert "the kompas plugin needs mkdocs-material" in caplog.text


def test_options_switch_with_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`pdf: !ENV [KOMPAS_PDF, true]` takes 0/1/false/true from the environment."""
    project = _project(tmp_path)
    edit = ("      pdf: false\n", "      pdf: !ENV [KOMPAS_PDF, true]\n")
    for value, expected in (("0", False), ("off", False), ("1", True), ("true", True)):
        monkeypatch.setenv("KOMPAS_PDF", value)
        config = _config(project, edit)
        edit = ("      pdf: !ENV [KOMPAS_PDF, true]\n",) * 2  # already replaced
        assert config.plugins["kompas"].config.pdf is expected, value


def _add_article(project: Path, name: str, front: str) -> None:
    # A second small article with the given extra front matter lines.
    (project / "content_src" / f"{name}.md").write_text(
        f'---\ntitle: "Artikel {name}"\nauthor: Bo Jansen\n{front}---\n\n'
        f"## 1. Plan het overleg {name} {{#plan-{name}}}\n\nZet het doel bovenaan de agenda.\n",
        encoding="utf-8",
    )


def test_articles_are_ordered_by_order_then_date_and_show_their_date(tmp_path: Path) -> None:
    """`order:` decides first, then `date:` (newest first), then the file name; the date is
    shown in Dutch on the overview, the article page and the home page's list."""
    project = _project(tmp_path)
    _add_article(project, "aa-zonder", "")
    _add_article(project, "bb-ouder", 'date: "2024-03-01"\n')
    _add_article(project, "zz-eerst", "order: 1\n")
    (project / "docs" / "index.md").write_text(
        "# Home\n\n<!-- kompas:articles -->\n", encoding="utf-8"
    )
    site = _build(project)
    overview = _html(site, "principes/index.html")
    order = [s["data-article"] for s in overview.select("section.vk-overview")]
    assert order == ["zz-eerst", "samen-beslissen", "bb-ouder", "aa-zonder"]
    home = [a.get_text(strip=True) for a in _html(site, "index.html").select(".vk-articles a")]
    assert home == [
        "Artikel zz-eerst",
        "Samen beslissen in het team",
        "Artikel bb-ouder",
        "Artikel aa-zonder",
    ]
    byline = _one(_html(site, "samen-beslissen/index.html"), ".vk-article__byline")
    assert "2 november 2026" in byline.get_text() and _one(byline, "time")["datetime"] == (
        "2026-11-02"
    )
    assert "1 maart 2024" in overview.get_text()


def test_a_wrong_order_or_date_names_the_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """`order: eerst` or `date: maart 2024` stops the build with the file, line and fix."""
    project = _project(tmp_path)
    _add_article(project, "fout", "order: eerst\n")
    with caplog.at_level(logging.ERROR, logger="mkdocs"), pytest.raises(Abort):
        _build(project)
    assert "content_src/fout.md:4" in caplog.text and "order" in caplog.text
