"""De spiegel on the projector, in real Chromium: "Presenteren" fills the screen over the
site's navigation, one principle at a time with the team's answers and the leader's own as a
chart (and a table for screen readers), "Hier begint het gesprek" first; the keyboard and a
clicker step; nothing is cut off or scrolls sideways at projector sizes; axe finds nothing,
light and dark. The page's own mirror table fits Material's content column at 1280 px."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from kompas.site import spiegel
from tests import spiegel_flow as flow
from tests.helpers import violations

pytestmark = pytest.mark.browser

# Three principles in site order, one of them with five items (the most of any).
CHOSEN = tuple(
    p["id"]
    for p in flow.principles()
    if p["id"] in (flow.PRINCIPLE, "verlaag-de-drempel-voor-ongemak", flow.OTHER)
)
ITEMS = flow.item_ids(*CHOSEN)
TITLES = {p["id"]: f"{p['number']}. {p['title']}" for p in flow.principles()}
# Where an element sticks out of the window or its own box sideways (none is the answer); the
# table for screen readers is visually hidden, one pixel wide, on purpose.
OVERFLOW = """() => {
  const out = [];
  if (document.documentElement.scrollWidth > innerWidth) out.push("page");
  for (const el of document.querySelectorAll("[data-spiegel-projector] *")) {
    if (el.closest(".vk-spiegel__sr")) continue;
    const box = el.getBoundingClientRect(), name = el.outerHTML.slice(0, 80);
    if (box.width && (box.right > innerWidth + 0.5 || box.left < -0.5)) out.push(name);
    const scrolls = getComputedStyle(el).overflowX != "visible";
    if (scrolls && el.scrollWidth > el.clientWidth + 1) out.push("scrolls: " + name);
  }
  return out;
}"""


@pytest.fixture
def url(site_url: str) -> str:
    """The facilitator's page."""
    return site_url + "spiegel/"


def _session(page: Page, url: str) -> str:
    # A session on CHOSEN with five answers and some of the leader's own.
    session, _ = flow.start(page, url, *CHOSEN)
    scale = (*spiegel.SCALE, None)
    codes = [
        spiegel.encode(session, ITEMS, f"T{n}0000", [scale[(n + i) % 6] for i in range(len(ITEMS))])
        for n in range(5)
    ]
    flow.paste(page, " ".join(codes))
    flow.own(page, {ITEMS[0]: "altijd", ITEMS[4]: "nooit", ITEMS[-1]: "vaak"})
    return session


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=["1024x768", "1920x1080"])
def test_projector_view_steps_by_keyboard_and_fits(
    browser: Browser, url: str, size: tuple[int, int]
) -> None:
    """Opened by keyboard, the view covers the window; arrows, Page Up/Down, Home and End
    step through "Hier begint het gesprek" and each principle; no slide is wider than the
    screen; Esc closes and gives focus back."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    _session(page, url)
    present = page.locator("[data-spiegel-present]")
    present.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("[data-spiegel-projector]")
    slide = dialog.locator("[data-spiegel-slide]")
    expect(dialog).to_be_visible()
    expect(slide.locator("h2")).to_have_text("Hier begint het gesprek")
    expect(dialog.locator("[data-spiegel-position]")).to_have_text("1 van 4")
    box = dialog.bounding_box()
    assert box is not None and (box["width"], box["height"]) == size  # over the navigation
    assert page.evaluate(OVERFLOW) == []
    for n, principle in enumerate(CHOSEN, start=2):
        page.keyboard.press("ArrowRight" if n % 2 else "PageDown")
        expect(slide.locator("h2")).to_have_text(TITLES[principle])
        expect(dialog.locator("[data-spiegel-position]")).to_have_text(f"{n} van 4")
        items = len(flow.item_ids(principle))
        expect(slide.locator(".vk-spiegel__charts > li")).to_have_count(items)
        expect(slide.locator("table tbody tr")).to_have_count(items)
        assert page.evaluate(OVERFLOW) == []
    page.keyboard.press("ArrowRight")  # the last slide stays
    expect(slide.locator("h2")).to_have_text(TITLES[CHOSEN[-1]])
    page.keyboard.press("PageUp")
    expect(slide.locator("h2")).to_have_text(TITLES[CHOSEN[1]])
    page.keyboard.press("Home")
    expect(slide.locator("h2")).to_have_text("Hier begint het gesprek")
    page.keyboard.press("ArrowLeft")
    expect(slide.locator("h2")).to_have_text("Hier begint het gesprek")
    page.keyboard.press("End")
    expect(slide.locator("h2")).to_have_text(TITLES[CHOSEN[-1]])
    page.keyboard.press("Escape")
    if page.evaluate("!!document.fullscreenElement"):  # the first Esc leaves full screen
        page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(present).to_be_focused()
    # Leaving full screen is asynchronous (exitFullscreen() resolves later): wait for it.
    page.wait_for_function("document.fullscreenElement === null", timeout=5000)
    context.close()


def test_the_chart_shows_the_team_and_the_leader(browser: Browser, url: str) -> None:
    """A principle's slide: per item the counts and the leader's own answer marked, the
    summary line, and the same numbers in its table; buttons step too."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    session = _session(page, url)
    page.get_by_role("button", name="Presenteren").click()
    dialog = page.get_by_role("dialog", name="De spiegel op het scherm")
    dialog.get_by_role("button", name="Volgende").click()
    first = dialog.locator(".vk-spiegel__charts > li").first
    rows = page.locator("[data-spiegel-rows] tr")
    mirror = page.locator(f'[data-spiegel-result="{ITEMS[0]}"]')
    counts = [mirror.get_attribute(f"data-{v}") or "" for v in spiegel.SCALE]
    assert rows.count() == len(ITEMS)
    expect(first.locator(".vk-spiegel__col b")).to_have_text(counts)
    expect(first.locator(".vk-spiegel__col[data-own]")).to_have_text(f"{counts[3]}altijd")
    expect(first).to_contain_text("Het team gemiddeld")
    table_row = dialog.locator("table tbody tr").first
    expect(table_row.locator("td")).to_have_text([*counts, *_tail(page)])
    dialog.get_by_role("button", name="Vorige").click()
    expect(dialog.locator("h2")).to_have_text("Hier begint het gesprek")
    dialog.get_by_role("button", name="Sluiten").click()
    expect(dialog).to_be_hidden()
    assert session
    context.close()


def _tail(page: Page) -> list[str]:
    # The mean, own answer, gap and disagreement cells of the first item's mirror row.
    cells = page.locator(f'[data-spiegel-result="{ITEMS[0]}"] td')
    return [cells.nth(n).text_content() or "" for n in range(5, 9)]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_projector_view_has_no_axe_violations(browser: Browser, url: str, scheme: str) -> None:
    """axe-core finds nothing in the projector view, on the talk slide and a principle's."""
    dark = scheme == "dark"
    context = browser.new_context(
        color_scheme="dark" if dark else "light", viewport={"width": 1024, "height": 768}
    )
    page = context.new_page()
    _session(page, url)
    page.get_by_role("button", name="Presenteren").click()
    expect(page.locator("[data-spiegel-slide] h2")).to_have_text("Hier begint het gesprek")
    assert violations(page) == []
    page.keyboard.press("ArrowRight")
    expect(page.locator("[data-spiegel-slide] h2")).to_have_text(TITLES[CHOSEN[0]])
    assert violations(page) == []
    context.close()


def test_the_pages_own_table_fits_at_1280(browser: Browser, url: str) -> None:
    """With every principle chosen, the mirror table is no wider than Material's content
    column at 1280 x 720: the "Verschil" and "Onenigheid" columns are on screen."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    session, _ = flow.start(page, url)
    items = [i["id"] for p in flow.principles() for i in p["checklist"]]
    codes = [  # every answer somewhere, so every column has its widest value
        spiegel.encode(
            session, items, f"W{n}0000", [spiegel.SCALE[(n + k) % 5] for k in range(len(items))]
        )
        for n in range(3)
    ]
    flow.paste(page, " ".join(codes))
    flow.own(page, {items[0]: "onbekend"})
    expect(page.locator("[data-spiegel-result]")).to_have_count(len(items))
    box = page.locator(".vk-spiegel__table")
    assert box.evaluate("e => e.scrollWidth <= e.clientWidth")
    content = page.locator(".md-content__inner").bounding_box()
    for header in ("Verschil", "Onenigheid"):
        cell = page.get_by_role("columnheader", name=header).bounding_box()
        assert cell is not None and content is not None
        assert cell["x"] + cell["width"] <= content["x"] + content["width"]
    context.close()
