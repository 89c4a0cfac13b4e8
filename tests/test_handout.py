"""The workshop handout and print: printed by real Chromium, read back with poppler."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page

from kompas import convert
from kompas.principles.model import Principle
from kompas.site import assets, handout, pdf
from tests.conftest import SITE, copy_project, serve
from tests.helpers import mkdocs_build_logged, violations

# Most of these tests print or click in Chromium; the whole module runs with the browser suite.
pytestmark = pytest.mark.browser

DOCS = convert.load_all(SITE)
PRINCIPLES = [(d.article, p) for d in DOCS for p in d.principles]
# Text of the screen-only controls and of Material's navigation; never on paper.
SCREEN_ONLY = (
    "Kies de principes",
    "Alles kiezen",
    "Niets kiezen",
    "Print",
    "principes gekozen",
    "Download",
    "Workshop-handout",
    "Alle principes",
    "Over dit artikel",
    "Veelgestelde vragen",
    "Mijn checklist",
    "SITE_URL",
)
FIVE = [
    "laat-ruimte-echt",
    "begin-met-de-spiegel",
    "zeg-wat-je-echt-denkt",
    "sta-stil-bij-wat-er-speelt",
    "erken-en-waardeer",
]
FONT = "AtkinsonHyperlegible"  # the site's own typeface, as named in a PDF
STORAGE_KEY = "/vertrouwenskompas.v1"  # the site is served at the root of its host


def test_screen_only_text_is_not_in_the_principles() -> None:
    """The words the print tests must not find occur in no principle (else they prove nothing)."""
    for _, p in PRINCIPLES:
        text = _flat(" ".join(_texts(p)) + " " + p.summary)
        for word in SCREEN_ONLY:
            assert not re.search(rf"\b{re.escape(word)}\b", text), (word, p.id)


def test_full_handout_is_cover_plus_one_page_per_principle(
    browser: Browser, site_url: str, built_site: Path, tmp_path: Path
) -> None:
    """The handout page prints a cover and every principle on its own A4, nothing else."""
    page = browser.new_page()
    page.goto(site_url + "handout/")
    out = _print(page, tmp_path / "handout.pdf")
    _assert_handout(out, [p.id for _, p in PRINCIPLES], _page_base(built_site))
    page.close()


def test_selection_in_the_address_prints_only_those(
    browser: Browser, site_url: str, built_site: Path, tmp_path: Path
) -> None:
    """Five principles in ?p= give six A4 pages: the cover and those five, in site order."""
    page = browser.new_page()
    page.goto(site_url + "handout/?p=" + ",".join(FIVE))
    out = _print(page, tmp_path / "five.pdf")
    chosen = [p.id for _, p in PRINCIPLES if p.id in FIVE]
    _assert_handout(out, chosen, _page_base(built_site))
    text = _flat(_pdftotext(out))
    for _, p in PRINCIPLES:
        if p.id not in FIVE:
            assert p.title not in text, p.id
    page.close()


def test_facilitator_picks_five_and_shares_the_link(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    """Picking on screen writes the choice into the address; that link opens the same choice."""
    page = browser.new_page()
    page.goto(site_url + "handout/")
    assert page.locator("[data-pick]:checked").count() == len(PRINCIPLES)
    page.get_by_role("button", name="Niets kiezen").click()
    for pid in FIVE:
        page.locator(f'[data-pick][value="{pid}"]').check()
    assert page.locator("output").inner_text() == f"5 van {len(PRINCIPLES)} principes gekozen"
    query = page.evaluate("location.search")
    assert sorted(query.removeprefix("?p=").split(",")) == sorted(FIVE)

    shared = browser.new_page()
    shared.goto(page.url)
    picked = shared.locator("[data-pick]:checked")
    assert sorted(picked.evaluate_all("els => els.map(e => e.value)")) == sorted(FIVE)
    assert _pdfinfo_pages(_print(shared, tmp_path / "shared.pdf")) == 6
    shared.evaluate("window.print = () => { window.printed = true; }")
    shared.get_by_role("button", name="Print").click()
    assert shared.evaluate("window.printed") is True
    shared.get_by_role("button", name="Alles kiezen").click()
    assert shared.evaluate("location.search") == ""
    page.close()
    shared.close()


def test_picker_mounts_after_instant_navigation(browser: Browser, tmp_path: Path) -> None:
    """Reached through Material's instant navigation, the page still gets its picker."""
    # Instant navigation only follows links of the site's own address, so build for this port.
    server, url = serve(tmp_path / "site")
    result = mkdocs_build_logged(copy_project(tmp_path), KOMPAS_PDF="0", SITE_URL=url)
    assert result.returncode == 0, result.stderr
    page = browser.new_page()
    page.goto(url, wait_until="networkidle")
    page.evaluate("window.sameDocument = true")
    page.locator("nav.md-nav--primary a", has_text="Workshop-handout").first.click()
    page.wait_for_selector(".vk-handout__picker:not([hidden])")
    assert page.evaluate("window.sameDocument") is True  # no full page load happened
    total = len(PRINCIPLES)
    assert page.locator("output").inner_text() == f"{total} van {total} principes gekozen"
    page.close()
    server.shutdown()


def test_personal_print_fills_in_ticks_and_answers(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    """?mijn=1 prints the reader's principles with ticked boxes and answers, as text."""
    (first_article, first), (_, second) = PRINCIPLES[1], PRINCIPLES[4]
    ticked = {first.checklist[0].id, first.checklist[2].id}
    answer = "Ik <b>merk</b> het vaak te laat."
    stored = {
        "version": 1,
        "ticks": {first.id: dict.fromkeys(ticked, True)},
        "answers": {second.id: {second.reflection[0].id: answer}},
    }
    page = _open_with(browser, site_url, stored, "handout/?mijn=1")
    out = _print(page, tmp_path / "mijn.pdf")

    assert _pdfinfo_pages(out) == 3
    text = _flat(_pdftotext(out))
    assert "Mijn checklist" in text and "Workshop vertrouwen" not in text
    for item in first.checklist:
        mark = "✓ " + item.text
        assert (mark in text) == (item.id in ticked), item.text
        assert item.text in text
    assert answer in text
    assert text.count("✓") == len(ticked)
    assert first_article.title.upper() in text.upper()
    page.close()


@pytest.mark.parametrize(
    ("query", "stored", "expected"),
    [
        ("?mijn=1", {}, "all"),
        ("?mijn=1", {"answers": {"team-vertrouwen--algemeen": {"wat-doe-jij-al": "x"}}}, "all"),
        ("?mijn=1", {"ticks": {"laat-ruimte-echt": {"laat-dan-niet-alleen-taken-los": True}}}, 1),
        ("?mijn=1&p=erken-en-waardeer", {"ticks": {"laat-ruimte-echt": {"x": True}}}, 1),
        ("?p=", {}, 0),
        ("?p=onbekend,laat-ruimte-echt", {}, 1),
    ],
)
def test_which_principles_the_handout_opens_with(
    browser: Browser, site_url: str, query: str, stored: dict[str, Any], expected: int | str
) -> None:
    """?p= decides; else ?mijn=1 takes what the reader worked on; else (or if none) all."""
    page = _open_with(browser, site_url, {"version": 1, **stored}, "handout/" + query)
    shown = page.locator("section[data-sheet]:not([hidden])").count()
    assert shown == (len(PRINCIPLES) if expected == "all" else expected)
    assert page.locator("[data-pick]:checked").count() == shown
    page.close()


def test_long_personal_answer_is_never_cut(browser: Browser, site_url: str, tmp_path: Path) -> None:
    """An answer longer than a page continues on the next page, whole and not overprinted."""
    _, p = PRINCIPLES[0]
    words = [f"woord{n}" for n in range(400)]
    stored = {"version": 1, "answers": {p.id: {p.reflection[0].id: " ".join(words)}}}
    page = _open_with(browser, site_url, stored, "handout/?mijn=1")
    out = _print(page, tmp_path / "lang.pdf")
    assert _pdfinfo_pages(out) == 3
    text = _flat(_pdftotext(out))
    assert " ".join(words) in text
    assert text.index(words[-1]) < text.index(p.reflection[1].text)
    page.close()


def test_built_pdf_is_the_full_handout(built_site: Path) -> None:
    """`mkdocs build` writes the full handout PDF, linked from the handout page."""
    out = built_site / handout.PDF
    assert out.is_file()
    info = subprocess.run(["pdfinfo", out], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info
    _assert_handout(out, [p.id for _, p in PRINCIPLES], _page_base(built_site))
    fonts = _pdffonts(out)
    assert {style for _, style, _ in fonts} == {"Regular", "Bold"}, fonts
    assert all(family == FONT and embedded for family, _, embedded in fonts), fonts
    page = BeautifulSoup((built_site / "handout" / "index.html").read_text("utf-8"), "html.parser")
    link = page.select_one(".vk-handout__pdf a[href]")
    assert link is not None
    assert (built_site / "handout" / str(link["href"])).resolve() == out.resolve()


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_every_principle_page_prints_cleanly_on_its_own(
    browser: Browser, site_url: str, tmp_path: Path, scheme: str
) -> None:
    """Each principle page prints on 1-2 A4 pages: content, square boxes, no chrome or colour."""
    page = browser.new_page()
    for article, p in PRINCIPLES:
        page.goto(f"{site_url}{article.id}/{p.id}/")
        page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
        out = _print(page, tmp_path / f"{p.id}.pdf")
        pages = _pdfinfo_pages(out)
        assert pages in (1, 2), p.id
        for number in range(1, pages + 1):
            assert _pdftotext(out, number).strip(), f"{p.id}: page {number} is blank"
        text = _flat(_pdftotext(out))
        for expected in [p.title, *_texts(p)]:
            assert expected in text, (p.id, expected)
        for word in ("Alle principes", "Over dit artikel", "Veelgestelde vragen", "Zoeken"):
            assert word not in text, (p.id, word)
        assert _coloured_pixels(out) == 0, p.id
    page.emulate_media(media="print")
    style = "getComputedStyle(document.querySelector('.vk-principle__explanation p'))"
    assert page.evaluate(f"[{style}.color, {style}.backgroundColor]") == [
        "rgb(0, 0, 0)",
        "rgba(0, 0, 0, 0)",
    ]
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    for box in page.locator(".vk-checklist__box").all():
        size = box.bounding_box()
        assert size is not None and abs(size["width"] - size["height"]) < 0.5
        assert box.evaluate("e => getComputedStyle(e).borderRadius") == "0px"
    page.close()


def test_typed_answer_prints_whole_on_a_principle_page(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    """A long answer typed on a principle page is printed in full, not clipped by its field."""
    article, p = PRINCIPLES[0]
    words = " ".join(f"regel{n}" for n in range(120))
    page = browser.new_page()
    page.goto(f"{site_url}{article.id}/{p.id}/")
    page.locator("textarea[data-answer]").first.fill(words)
    text = _flat(_pdftotext(_print(page, tmp_path / "antwoord.pdf")))
    assert words in text
    page.close()


def test_handout_boxes_are_square_and_empty(browser: Browser, site_url: str) -> None:
    """On paper every checklist box of the handout is an empty square."""
    page = browser.new_page()
    page.goto(site_url + "handout/")
    page.emulate_media(media="print")
    boxes = page.locator(".vk-sheet__box").all()
    assert len(boxes) == sum(len(p.checklist) for _, p in PRINCIPLES)
    for box in boxes:
        size = box.bounding_box()
        assert size is not None and size["width"] > 8 and abs(size["width"] - size["height"]) < 0.5
        assert box.inner_text() == ""
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("query", ["", "?mijn=1"])
def test_handout_page_has_no_axe_violations(
    browser: Browser, site_url: str, scheme: str, query: str
) -> None:
    """axe-core finds nothing on the handout page, workshop or personal, light or dark."""
    context = browser.new_context(color_scheme="dark" if scheme == "dark" else "light")
    page = context.new_page()
    page.goto(site_url)
    stored = {"version": 1, "ticks": {FIVE[0]: {PRINCIPLES[1][1].checklist[0].id: True}}}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [STORAGE_KEY, json.dumps(stored)])
    page.goto(site_url + "handout/" + query)
    assert violations(page) == []
    context.close()


def test_built_pdf_has_our_font_whatever_the_system_has(tmp_path: Path) -> None:
    """pdf.build waits for the site's web font: the PDF embeds it, not a system font."""
    fonts = assets.THEME_DIR / "assets" / "vendor" / "fonts" / "atkinson-hyperlegible"
    face = "@font-face {{ font-family: K; font-weight: {0}; src: url('{1}') format('woff2') }}"
    css = "".join(
        face.format(weight, (fonts / f"atkinson-hyperlegible-{weight}-normal.woff2").as_uri())
        for weight in (400, 700)
    )
    page = tmp_path / "index.html"
    page.write_text(
        f"<style>{css} body {{ font-family: K, monospace }}</style><p>Hé, <b>één</b> ideeën</p>",
        encoding="utf-8",
    )
    out = tmp_path / "out.pdf"
    pdf.build(page, out, "/usr/bin/chromium")
    assert "Hé, één ideeën" in _flat(_pdftotext(out))
    assert [(f, s) for f, s, _ in _pdffonts(out)] == [(FONT, "Regular"), (FONT, "Bold")]


@pytest.mark.parametrize("slack", [0.1, 0.9])
def test_an_address_on_paper_breaks_only_after_a_slash(
    browser: Browser, site_url: str, tmp_path: Path, slack: float
) -> None:
    """In a footer too narrow for it, every address wraps, and only after a "/"."""
    page = browser.new_page()
    page.goto(site_url + "handout/")
    page.emulate_media(media="print")
    # Each footer as wide as its address's widest piece (a segment with its "/") plus a part
    # of the narrowest: every piece fits on a line, the whole address does not.
    lines = page.evaluate(
        """slack => [...document.querySelectorAll('.vk-sheet__footer')].map(f => {
            const a = f.querySelector('.vk-address');
            const pieces = [...a.querySelectorAll(':scope > span')];
            const widths = pieces.map(s => s.getBoundingClientRect().width);
            f.style.width = (Math.max(...widths) + slack * Math.min(...widths)) + 'px';
            return [a.textContent, pieces.map(s => [...s.getClientRects()].map(r => r.top))];
        })""",
        slack,
    )
    assert len(lines) == len(PRINCIPLES)
    for address, tops in lines:
        assert all(len(t) == 1 for t in tops), (address, tops)  # no piece is split
        assert len({t[0] for t in tops}) > 1, address  # too narrow for one line: it wraps
    out = _print(page, tmp_path / "smal.pdf")
    text = _pdftotext(out)
    for address, _ in lines:
        assert "/" in address and "127.0.0.1" not in address
        after_slash_only = "".join(re.escape(c) + (r"\n?" if c == "/" else "") for c in address)
        assert re.search(after_slash_only, text), address
    page.close()


def test_paper_shows_the_path_without_site_url(built_site: Path) -> None:
    """Built without SITE_URL: addresses on paper are paths and the page says how to set it."""
    page = BeautifulSoup((built_site / "handout" / "index.html").read_text("utf-8"), "html.parser")
    addresses = [a.get_text() for a in page.select(".vk-sheet__footer .vk-address")]
    assert addresses == [f"/{a.id}/{p.id}/" for a, p in PRINCIPLES]
    note = page.select_one(".vk-handout__note")
    assert note is not None and "SITE_URL" in note.get_text()


def test_paper_shows_the_full_address_with_site_url(tmp_path: Path) -> None:
    """Built with SITE_URL: addresses on paper are absolute, and there is no note."""
    project = copy_project(tmp_path)
    site = "https://voorbeeld.nl/kompas/"
    result = mkdocs_build_logged(project, SITE_URL=site, KOMPAS_PDF="0")
    assert result.returncode == 0, result.stderr
    html = (project / "site" / "handout" / "index.html").read_text("utf-8")
    page = BeautifulSoup(html, "html.parser")
    addresses = [a.get_text() for a in page.select(".vk-sheet__footer .vk-address")]
    assert addresses == [f"{site}{a.id}/{p.id}/" for a, p in PRINCIPLES]
    assert page.select_one(".vk-handout__note") is None


def test_a_principle_without_items_shows_no_empty_checklist(tmp_path: Path) -> None:
    """A principle that only asks ("## Thema 1: …" questions) has no checklist heading, box
    or progress on its page or its sheet; its questions are on both."""
    project = copy_project(tmp_path)
    (project / "content_src" / "bijeenkomst.md").write_text(
        "---\ntitle: Bijeenkomst\nauthor: Test\norder: 3\n---\n\nInleiding.\n\n"
        "## Opdracht\n\n- Kies een onderwerp waar je leerlingen moeite mee hebben.\n\n"
        "## Thema 1: leren met AI\n\nHoe kunnen leerlingen AI gebruiken om te leren?\n",
        encoding="utf-8",
    )
    result = mkdocs_build_logged(project, KOMPAS_PDF="0")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    pages = [
        site / "bijeenkomst" / name / "index.html" for name in ("opdracht", "thema-1-leren-met-ai")
    ]
    with_items, asking = (BeautifulSoup(p.read_text("utf-8"), "html.parser") for p in pages)
    assert with_items.select_one(".vk-checklist [data-checklist]") is not None
    assert asking.select_one(".vk-checklist") is None
    reflection = asking.select_one(".vk-reflection")
    assert reflection is not None and "Hoe kunnen leerlingen AI" in reflection.get_text()
    sheets = BeautifulSoup((site / "handout" / "index.html").read_text("utf-8"), "html.parser")
    sheet = sheets.select_one('[data-sheet="thema-1-leren-met-ai"]')
    assert sheet is not None and not sheet.select(".vk-sheet__items")
    assert "Checklist" not in [h.get_text() for h in sheet.select("h3")]
    assert sheets.select_one('[data-sheet="opdracht"] .vk-sheet__items li') is not None


def test_pdf_module_prints_a_page(browser: Browser, tmp_path: Path) -> None:
    """pdf.build prints an HTML file to an A4 PDF, even beside a running Playwright session."""
    page = tmp_path / "index.html"
    page.write_text("<p>Hallo papier</p>", encoding="utf-8")
    out = tmp_path / "sub" / "out.pdf"
    outcome = pdf.build(page, out, "/usr/bin/chromium")
    assert outcome == pdf.Outcome(out, f"PDF written: {out}")
    assert "Hallo papier" in _pdftotext(out)


def _print(page: Page, out: Path) -> Path:
    # Print a page as the browser's print dialog would, on A4 without background graphics,
    # once the site's web font is loaded.
    page.evaluate("document.fonts.ready.then(() => document.fonts.status)")
    page.pdf(path=out, format="A4", prefer_css_page_size=True)
    return out


def _assert_handout(out: Path, chosen: list[str], base: str) -> None:
    # A handout PDF: the cover, then exactly the chosen principles, one per page, in order.
    assert _pdfinfo_pages(out) == 1 + len(chosen)
    cover = _flat(_pdftotext(out, 1))
    assert "Lees ze. Voel ze. En kijk dan in de spiegel." in cover
    assert "Datum" in cover and "Naam" in cover
    by_id = {p.id: (a, p) for a, p in PRINCIPLES}
    for number, pid in enumerate(chosen, start=2):
        article, p = by_id[pid]
        text = _flat(_pdftotext(out, number))
        assert p.title in text and p.title in cover, pid
        for expected in _texts(p):
            assert expected in text, (pid, expected)
        assert f"door {article.author}" in text, pid
        online = urljoin(base, f"../{article.id}/{pid}/")
        assert (urlsplit(online).path if _loopback(base) else online) in text, pid
    everything = _flat(_pdftotext(out))
    assert "127.0.0.1" not in everything and "localhost" not in everything
    for word in SCREEN_ONLY:
        assert not re.search(rf"\b{re.escape(word)}\b", everything), word


def _texts(p: Principle) -> list[str]:
    # A principle's checklist items and reflection questions.
    return [i.text for i in p.checklist] + [q.text for q in p.reflection]


def _page_base(site: Path) -> str:
    # The handout page's own absolute address (from site_url), as the build wrote it.
    page = BeautifulSoup((site / "handout" / "index.html").read_text("utf-8"), "html.parser")
    link = page.select_one('link[rel="canonical"]')
    assert link is not None
    return str(link["href"])


def _pdftotext(out: Path, page: int | None = None) -> str:
    # The text of a PDF, or of one of its pages, in the order it was written (DOM order).
    pages = ["-f", str(page), "-l", str(page)] if page else []
    args = ["pdftotext", "-raw", "-enc", "UTF-8", *pages, str(out), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _pdfinfo_pages(out: Path) -> int:
    # The number of pages of a PDF.
    info = subprocess.run(["pdfinfo", out], capture_output=True, text=True, check=True).stdout
    found = re.search(r"^Pages:\s+(\d+)$", info, re.M)
    assert found is not None
    return int(found.group(1))


def _flat(text: str) -> str:
    # Text with line breaks folded away (lines wrap differently on paper): a line that ends
    # after "/" or a hyphen in a word joins the next as is, every other run of white space
    # is one space. (The site never hyphenates by itself: every "-" is in the text.)
    return " ".join(re.sub(r"(?:(?<=/)|(?<=\w[-\u2010]))\n", "", text).split())


def _pdffonts(out: Path) -> list[tuple[str, str, bool]]:
    # The fonts of a PDF: family, style and whether it is embedded.
    listing = subprocess.run(["pdffonts", out], capture_output=True, text=True, check=True)
    fonts = []
    for line in listing.stdout.splitlines()[2:]:
        name, *_, emb, _sub, _uni, _obj, _gen = line.split()
        family, _, style = name.split("+")[-1].partition("-")
        fonts.append((family, style, emb == "yes"))
    return fonts


def _loopback(base: str) -> bool:
    # Whether an address is on this machine (the default site_url): paper shows no host then.
    return urlsplit(base).hostname in ("127.0.0.1", "localhost", "::1")


def _coloured_pixels(out: Path) -> int:
    # Pixels with a clear colour (a theme colour, not grey) on page 1, rendered at 30 dpi.
    ppm = subprocess.run(
        ["pdftoppm", "-r", "30", "-f", "1", "-l", "1", out], capture_output=True, check=True
    ).stdout
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", ppm)
    assert header is not None
    data = ppm[header.end() :]
    rgb = [data[i : i + 3] for i in range(0, len(data) - 2, 3)]
    return sum(1 for px in rgb if max(px) - min(px) > 60)


def test_mijn_checklist_links_to_the_personal_print(browser: Browser, site_url: str) -> None:
    """ "Print mijn checklist" on Mijn checklist opens the handout in personal mode."""
    page = browser.new_page()
    page.goto(site_url + "mijn-checklist/")
    page.get_by_role("link", name="Print mijn checklist").click()
    page.wait_for_url("**/handout/?mijn=1")
    assert "Mijn checklist" in page.locator("[data-sheet], .vk-handout").first.inner_text()
    page.close()


def _open_with(browser: Browser, site_url: str, stored: dict[str, Any], path: str) -> Page:
    # A new page on ``path`` of the site, with ``stored`` as the visitor's saved data.
    page = browser.new_page()
    page.goto(site_url)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [STORAGE_KEY, json.dumps(stored)])
    page.goto(site_url + path)
    return page
