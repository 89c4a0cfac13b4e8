"""De spiegel for those without a phone, in real Chromium: the printable A4 participants'
form (the chosen principles' items numbered, five boxes each, the session id, no name,
nothing stored) and the facilitator's keyboard-fast entry of a filled-in form, counted like a
code."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from kompas.site import spiegel
from tests import spiegel_flow as flow
from tests.helpers import printed_a4_text, violations

pytestmark = pytest.mark.browser

CHOSEN = (flow.PRINCIPLE, flow.OTHER)
ITEMS = flow.item_ids(*CHOSEN)
TEXTS = {i["id"]: i["text"] for p in flow.principles() for i in p["checklist"]}


def test_the_paper_form_prints_on_a4(page: Page, site_url: str, tmp_path: Path) -> None:
    """[data-spiegel-paper] leads to the form: the session id, every chosen item numbered
    with five boxes and their keys, no name field, no code button; printed on A4; the
    participants' page stores nothing for it."""
    session, _ = flow.start(page, site_url + "spiegel/", *CHOSEN)
    page.locator("[data-spiegel-paper]").click()
    expect(page.locator(".vk-spiegel--papier")).to_be_visible()
    expect(page.locator(".vk-spiegel__paper-head")).to_contain_text(f"sessie {session}")
    expect(page.locator("[data-spiegel-item]")).to_have_count(len(ITEMS))
    for item in ITEMS:
        expect(page.locator(f'[data-spiegel-item="{item}"] input')).to_have_count(5)
    assert page.locator(".vk-spiegel :is(input:not([type=radio]), textarea)").count() == 0
    expect(page.get_by_role("button", name="Maak mijn code")).to_be_hidden()
    expect(page.get_by_role("button", name="Print het formulier")).to_be_visible()
    out = tmp_path / "formulier.pdf"
    text = printed_a4_text(page, out)
    assert f"sessie {session}" in text and "naam er niet op" in text
    for n, item in enumerate(ITEMS, start=1):
        assert f"{n}. {TEXTS[item]}" in text
    assert text.count("1 nooit 2 soms 3 vaak 4 altijd 5 weet ik niet") == len(ITEMS)
    assert "Maak mijn code" not in text and "Print het formulier" not in text
    stored = page.evaluate("localStorage.getItem('/vertrouwenskompas.spiegel.v1')") or ""
    assert '"meedoen":{}' in stored.replace(" ", "")
    page.evaluate("window.print = () => { window.printed = true; }")
    page.get_by_role("button", name="Print het formulier").click()
    assert page.evaluate("window.printed") is True


def test_a_paper_form_entered_by_keyboard_only(page: Page, site_url: str) -> None:
    """Tab to the entry, one key per item (a space for none; other keys ignored), Enter: the
    form counts as one answer; three forms make the mirror with their answers."""
    session, _ = flow.start(page, site_url + "spiegel/", *CHOSEN)
    field = page.locator("#vk-spiegel-manual-input")
    for _ in range(80):
        if page.evaluate("document.activeElement.id") == "vk-spiegel-manual-input":
            break
        page.keyboard.press("Tab")
    expect(field).to_be_focused()
    hint = page.locator("[data-spiegel-manual-next]")
    expect(hint).to_contain_text(f"uitspraak 1 van {len(ITEMS)}: {TEXTS[ITEMS[0]]}")
    forms = ["1" * len(ITEMS), "2 x" + "4" * (len(ITEMS) - 2), "5" + "3" * (len(ITEMS) - 1)]
    page.keyboard.type(forms[0][:-1])
    expect(hint).to_contain_text(f"uitspraak {len(ITEMS)} van {len(ITEMS)}")
    page.keyboard.press("Enter")
    expect(hint).to_contain_text("Nog 1 cijfer")
    expect(page.locator("[data-spiegel-count]")).to_have_text("0")
    page.keyboard.type(forms[0][-1])
    expect(hint).to_contain_text("Enter voegt het formulier toe")
    page.keyboard.press("Enter")
    expect(page.locator("[data-spiegel-count]")).to_have_text("1")
    expect(field).to_have_value("")
    expect(field).to_be_focused()
    for form in forms[1:]:
        page.keyboard.type(form)
        page.keyboard.press("Enter")
    expect(page.locator("[data-spiegel-count]")).to_have_text("3")
    first = page.locator(f'[data-spiegel-result="{ITEMS[0]}"]')
    for value, count in {"nooit": 1, "soms": 1, "onbekend": 1, "vaak": 0}.items():
        expect(first).to_have_attribute(f"data-{value}", str(count))
    second = page.locator(f'[data-spiegel-result="{ITEMS[1]}"]')  # the space: none
    for value, count in {"nooit": 1, "vaak": 1, "altijd": 0, "soms": 0}.items():
        expect(second).to_have_attribute(f"data-{value}", str(count))
    codes = page.evaluate(
        f"Object.values(JSON.parse(localStorage.getItem('/vertrouwenskompas.spiegel.v1'))"
        f".sessions['{session}'].codes)"
    )
    answers = sorted(spiegel.decode(c, session, ITEMS).answers[0] or "" for c in codes)
    assert answers == ["nooit", "onbekend", "soms"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_paper_form_and_entry_have_no_axe_violations(
    browser: Browser, site_url: str, scheme: str
) -> None:
    """axe-core finds nothing on the paper form and on the entry with a hint shown."""
    context = browser.new_context(color_scheme="dark" if scheme == "dark" else "light")
    page = context.new_page()
    flow.start(page, site_url + "spiegel/", *CHOSEN)
    page.locator("#vk-spiegel-manual-input").fill("12")
    page.locator("#vk-spiegel-manual-input").dispatch_event("input")
    assert violations(page) == []
    page.locator("[data-spiegel-paper]").click()
    expect(page.locator(".vk-spiegel--papier")).to_be_visible()
    assert violations(page) == []
    context.close()
