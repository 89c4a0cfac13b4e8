"""No answer lost in De spiegel, in real Chromium: a hundred codes pasted at once, two phones
that draw the same response id, a participant's correction, old version 1 codes, and a
session that survives a reload of the facilitator's page."""

from __future__ import annotations

import random
import re

import pytest
from playwright.sync_api import Browser, Page, expect

from kompas.site import spiegel
from tests import spiegel_flow as flow

pytestmark = pytest.mark.browser

ITEMS = flow.item_ids(flow.PRINCIPLE)
# The same random numbers on every phone: each draws the response id "000000".
SAME_DICE = "crypto.getRandomValues = (array) => array.fill(0);"


@pytest.fixture
def url(site_url: str) -> str:
    """The facilitator's page."""
    return site_url + "spiegel/"


def test_a_hundred_codes_pasted_at_once(page: Page, url: str) -> None:
    """A chat with 100 participants' codes gives 100 answers, each counted in the mirror."""
    session, _ = flow.start(page, url, flow.PRINCIPLE)
    dice = random.Random(18)
    team = [[dice.choice([*spiegel.SCALE, None]) for _ in ITEMS] for _ in range(100)]
    ids = dice.sample(range(36**6), 100)
    codes = [
        spiegel.encode(session, ITEMS, _base36(n), answers)
        for n, answers in zip(ids, team, strict=True)
    ]
    flow.paste(page, "\n".join(f"Deelnemer {n}: {code}" for n, code in enumerate(codes)))
    expect(page.locator("[data-spiegel-count]")).to_have_text("100")
    for i, item in enumerate(ITEMS):
        row = page.locator(f'[data-spiegel-result="{item}"]')
        for value in spiegel.SCALE:
            expect(row).to_have_attribute(f"data-{value}", str(sum(a[i] == value for a in team)))


def test_two_phones_with_the_same_response_id_both_count(
    page: Page, browser: Browser, url: str
) -> None:
    """Two phones that draw the same response id give codes with the same revision and other
    answers: both are kept and the facilitator is told why."""
    _, href = flow.start(page, url, flow.PRINCIPLE)
    codes = []
    for value in ("nooit", "altijd"):
        context = browser.new_context()
        context.add_init_script(SAME_DICE)
        phone = context.new_page()
        phone.goto(href)
        phone.locator(f'[data-spiegel-item="{ITEMS[0]}"] input[value="{value}"]').check()
        phone.get_by_role("button", name="Maak mijn code").click()
        codes.append(phone.locator("[data-spiegel-code]").text_content() or "")
        context.close()
    assert codes[0].split("-")[3:5] == codes[1].split("-")[3:5] == ["000000", "1"]
    flow.paste(page, codes[0])
    flow.paste(page, codes[1])
    expect(page.locator("[data-spiegel-count]")).to_have_text("2")
    expect(page.locator("[data-spiegel-messages]")).to_contain_text("beide antwoorden tellen")
    flow.paste(page, codes[0])
    expect(page.locator("[data-spiegel-messages]")).to_contain_text("telt één keer")
    expect(page.locator("[data-spiegel-count]")).to_have_text("2")


def test_a_correction_from_the_same_phone_replaces(page: Page, browser: Browser, url: str) -> None:
    """A participant who changes an answer gets a code with the next revision: it replaces
    the first; the first, pasted again afterwards, changes nothing."""
    session, href = flow.start(page, url, flow.PRINCIPLE)
    context = browser.new_context()
    phone = context.new_page()
    phone.goto(href)
    choice = phone.locator(f'[data-spiegel-item="{ITEMS[0]}"]')
    choice.locator('input[value="nooit"]').check()
    phone.get_by_role("button", name="Maak mijn code").click()
    first = phone.locator("[data-spiegel-code]").text_content() or ""
    phone.get_by_role("button", name="Antwoorden aanpassen").click()
    choice.locator('input[value="altijd"]').check()
    phone.get_by_role("button", name="Maak mijn code").click()
    expect(phone.locator("[data-spiegel-code]")).not_to_have_text(first)
    second = phone.locator("[data-spiegel-code]").text_content() or ""
    phone.get_by_role("button", name="Antwoorden aanpassen").click()
    phone.get_by_role("button", name="Maak mijn code").click()  # unchanged: the same code
    expect(phone.locator("[data-spiegel-code]")).to_have_text(second)
    context.close()
    assert first.split("-")[3] == second.split("-")[3]
    assert (first.split("-")[4], second.split("-")[4]) == ("1", "2")
    flow.paste(page, first)
    flow.paste(page, second)
    expect(page.locator("[data-spiegel-messages]")).to_contain_text("bijgewerkt")
    flow.paste(page, first)
    expect(page.locator("[data-spiegel-messages]")).to_contain_text("de nieuwere telt al")
    expect(page.locator("[data-spiegel-count]")).to_have_text("1")
    own = spiegel.decode(second, session, ITEMS).answers
    stored = page.evaluate("localStorage.getItem('/vertrouwenskompas.spiegel.v1')") or ""
    assert second in stored and first not in stored and own[0] == "altijd"


def test_version_1_codes_of_an_open_session_still_read(page: Page, url: str) -> None:
    """Codes made by the version 1 participants' page count, and a version 1 correction
    (same response id) replaces as it did."""
    session, _ = flow.start(page, url, flow.PRINCIPLE)
    old = [
        spiegel.encode(session, ITEMS, f"OL{n}", [value] * len(ITEMS), version=1)
        for n, value in enumerate(["nooit", "soms", "vaak"])
    ]
    flow.paste(page, " ".join(old))
    expect(page.locator("[data-spiegel-count]")).to_have_text("3")
    corrected = spiegel.encode(session, ITEMS, "OL0", ["altijd"] * len(ITEMS), version=1)
    flow.paste(page, corrected)
    expect(page.locator("[data-spiegel-messages]")).to_contain_text("bijgewerkt")
    row = page.locator(f'[data-spiegel-result="{ITEMS[0]}"]')
    expect(row).to_have_attribute("data-altijd", "1")
    expect(row).to_have_attribute("data-nooit", "0")
    expect(page.locator("[data-spiegel-count]")).to_have_text("3")


def test_the_session_survives_a_reload(page: Page, url: str) -> None:
    """Codes, the leader's own answers and the agreements are still there after a reload."""
    session, _ = flow.start(page, url, flow.PRINCIPLE)
    flow.paste(page, " ".join(_codes(session, 3)))
    flow.own(page, {ITEMS[0]: "vaak"})
    page.locator("[data-spiegel-afspraken]").fill("Elke maandag een kwartier.")
    page.reload()
    expect(page.locator("[data-spiegel-count]")).to_have_text("3")
    expect(page.locator(f'[data-spiegel-own="{ITEMS[0]}"] input[value="vaak"]')).to_be_checked()
    expect(page.locator("[data-spiegel-afspraken]")).to_have_value("Elke maandag een kwartier.")
    expect(page.locator(f'[data-spiegel-result="{ITEMS[0]}"]')).to_have_attribute(
        "data-leider", "vaak"
    )
    assert re.search(rf"[?&]s={session}\b", page.url)


def _codes(session: str, count: int) -> list[str]:
    # `count` participants' codes, each answering "soms" to everything.
    return [
        spiegel.encode(session, ITEMS, f"P{n:05d}", ["soms"] * len(ITEMS)) for n in range(count)
    ]


def _base36(n: int) -> str:
    # n as 6 base-36 digits.
    return "".join(spiegel.DIGITS[n // 36**k % 36] for k in range(5, -1, -1))
