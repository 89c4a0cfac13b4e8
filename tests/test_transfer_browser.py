"""Take your kompas with you (issue 20) in real Chromium: two browser contexts as laptop and
phone, the site at its published address (served from the build by Playwright's routing).
A transfer by link in both directions, merge and replace with conflicting ticks and answers,
refused transfers (damaged, truncated, foreign, newer, opened twice), ids renamed between the
two devices, a site without an address, keyboard only, axe, and no request to anything but
the site's own files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests import transfer_flow as flow
from tests.helpers import violations

pytestmark = pytest.mark.browser

P1, P2, P3 = (p["id"] for p in flow.PRINCIPLES[:3])
ITEMS = {p["id"]: [i["id"] for i in p["checklist"]] for p in flow.PRINCIPLES}
QUESTIONS = flow.questions()


@pytest.fixture
def phone(browser: Browser, published_site: Path) -> Iterator[flow.Device]:
    """The phone: a device of its own with a phone's screen; fails the test on a page error."""
    made = flow.device(browser, published_site, phone=True)
    yield made
    made.context.close()
    assert made.errors == []


def arrive(page: Page, link: str) -> None:
    """Open a transfer link on this device and wait for what arrived."""
    page.goto(link)
    expect(page.locator("[data-vk-transfer-arrival]")).to_be_visible()


def compare(page: Page) -> dict[str, list[str]]:
    """The arrival table: per row (Vinkjes, Antwoorden, …) received, here, after merging."""
    rows = page.locator("[data-vk-transfer-compare] tr")
    return {
        (row.locator("th").text_content() or ""): row.locator("td").all_text_contents()
        for row in rows.all()
    }


def test_transfer_by_link_from_laptop_to_phone(laptop: flow.Device, phone: flow.Device) -> None:
    """Ticks, answers and a snapshot made on the laptop arrive on the phone by the link; what
    arrived is shown beside what the phone has, nothing is stored before the choice, and the
    data leave the address bar at once."""
    page = laptop.page()
    page.goto(flow.MINE)
    page.locator(f'[data-checklist="{P1}"] [data-item]').first.check()
    page.locator(f'[data-checklist="{P2}"] [data-item]').nth(1).check()
    page.goto(flow.PUBLISHED + f"{_article_of(P1)}/{P1}/")
    page.locator(f'[data-reflection="{P1}"] textarea').first.fill("Op de laptop geschreven.")
    page.goto(flow.MINE)
    page.get_by_role("button", name="Leg dit moment vast").click()
    sent = flow.stored(page)
    assert sent["answered"][P1]  # the answer's time is kept (for merging)
    link = flow.open_transfer(page)
    assert link.startswith(flow.MINE + "#VKO1-")
    expect(page.locator("[data-vk-transfer-size]")).to_contain_text("Eén QR-code")

    other = phone.page()
    arrive(other, link)
    assert other.url == flow.MINE  # the data left the address bar
    table = compare(other)
    assert table["Vinkjes"] == ["2", "0", "2"]
    assert table["Antwoorden"] == ["1", "0", "1"]
    assert table["Momentopnames"] == ["1", "0", "1"]
    assert table["Nieuwste antwoord"][1] == "–"
    expect(other.locator("[data-vk-transfer-sent]")).to_contain_text("Verstuurd op")
    assert flow.stored(other) is None  # nothing changes until the choice
    expect(other.locator("#vk-ontvangen")).to_be_focused()
    other.get_by_role("button", name="Samenvoegen").click()
    expect(other.locator("[data-vk-transfer-message]")).to_contain_text(
        "Samengevoegd: nu 2 vinkjes, 1 antwoorden en 1 momentopnames"
    )
    got = flow.stored(other)
    assert got["ticks"] == sent["ticks"] and got["answers"] == sent["answers"]
    assert [s["taken"] for s in got["snapshots"]] == [s["taken"] for s in sent["snapshots"]]
    assert got["snapshots"] == sent["snapshots"]
    assert _seconds(got["answered"]) == _seconds(sent["answered"])
    expect(other.locator(f'[data-checklist="{P1}"] [data-item]').first).to_be_checked()
    expect(other.locator(f'[data-answers="{P1}"] dd').first).to_have_text(
        "Op de laptop geschreven."
    )


def test_transfer_by_link_from_phone_to_laptop_replaces(
    laptop: flow.Device, phone: flow.Device
) -> None:
    """The other direction: the phone's link opened on the laptop; "Vervangen" makes the
    laptop's ticks, answers and snapshots the phone's and keeps the laptop's last export."""
    a = ITEMS[P1][0]
    mine = flow.record(
        {P1: [a]}, flow.nested({QUESTIONS[0]: "Laptop"}), exported="2026-11-01T10:00:00.000Z"
    )
    theirs = flow.record(
        {P2: [ITEMS[P2][0]]},
        snapshots=[{"taken": "2026-10-01T08:00:00.000Z", "ticks": {P2: {ITEMS[P2][0]: True}}}],
    )
    page, other = laptop.page(), phone.page()
    flow.put(page, mine)
    flow.put(other, theirs)
    other.goto(flow.MINE)
    link = flow.open_transfer(other)
    arrive(page, link)
    page.get_by_role("button", name="Vervangen").click()
    expect(page.locator("[data-vk-transfer-message]")).to_contain_text("Vervangen: nu 1 vinkjes")
    got = flow.stored(page)
    assert got["ticks"] == {P2: {ITEMS[P2][0]: True}} and got["answers"] == {}
    assert got["snapshots"] == theirs["snapshots"]
    assert got["exported"] == mine["exported"] and len(got["received"]) == 1
    expect(page.locator(f'[data-checklist="{P1}"] [data-item="{a}"]')).not_to_be_checked()


def test_merge_keeps_every_tick_and_the_newer_answer(
    laptop: flow.Device, phone: flow.Device
) -> None:
    """Conflicting ticks and answers: a tick on either device stays; per answer the newer one
    (an answer without a time is older than one with; neither: the laptop's stays); snapshots
    joined without duplicates."""
    q1, q2, q3, q4 = QUESTIONS[:4]
    shared = {"taken": "2026-09-01T08:00:00.000Z", "ticks": {P1: {ITEMS[P1][0]: True}}}
    only_phone = {"taken": "2026-10-01T08:00:00.000Z", "ticks": {}}
    mine = flow.record(
        {P1: ITEMS[P1][:2]},
        flow.nested(
            {
                q1: "laptop oud",
                q2: "laptop nieuw",
                q3: "laptop zonder tijd",
                q4: "laptop ook zonder",
            }
        ),
        flow.nested({q1: "2026-11-01T10:00:00.000Z", q2: "2026-11-20T10:00:00.000Z"}),
        [shared],
    )
    theirs = flow.record(
        {P1: ITEMS[P1][1:3], P2: ITEMS[P2][:1]},
        flow.nested(
            {
                q1: "telefoon nieuw",
                q2: "telefoon oud",
                q3: "telefoon met tijd",
                q4: "telefoon zonder",
            }
        ),
        flow.nested(
            {
                q1: "2026-11-10T10:00:00.000Z",
                q2: "2026-11-05T10:00:00.000Z",
                q3: "2026-11-02T10:00:00.000Z",
            }
        ),
        [shared, only_phone],
    )
    page, other = laptop.page(), phone.page()
    flow.put(page, mine)
    flow.put(other, theirs)
    other.goto(flow.MINE)
    link = flow.open_transfer(other)
    arrive(page, link)
    expect(page.locator("[data-vk-transfer-notes]")).to_contain_text(
        "4 antwoorden staan op beide apparaten anders"
    )
    assert compare(page)["Vinkjes"] == ["3", "2", "4"]
    assert compare(page)["Momentopnames"] == ["2", "1", "2"]
    page.get_by_role("button", name="Samenvoegen").click()
    got = flow.stored(page)
    assert got["ticks"] == {P1: dict.fromkeys(ITEMS[P1][:3], True), P2: {ITEMS[P2][0]: True}}
    assert got["answers"] == flow.nested(
        {q1: "telefoon nieuw", q2: "laptop nieuw", q3: "telefoon met tijd", q4: "laptop ook zonder"}
    )
    assert got["answered"][q1[0]][q1[1]].startswith("2026-11-10T10:00:00")
    assert got["answered"][q2[0]][q2[1]].startswith("2026-11-20T10:00:00")
    assert [s["taken"] for s in got["snapshots"]] == [shared["taken"], only_phone["taken"]]


def _refused(page: Page, link: str, words: str, before: Any) -> None:
    # Opening ``link`` (coming from another page) says ``words``, shows no arrival and
    # changes nothing stored.
    page.goto(flow.PUBLISHED + "404.html")
    page.goto(link)
    message = page.locator("[data-vk-transfer-message]")
    expect(message).to_contain_text(words)
    expect(message).to_contain_text("Er is niets veranderd.")
    expect(page.locator("[data-vk-transfer-arrival]")).to_be_hidden()
    assert flow.stored(page) == before
    assert "VKO" not in page.url


def test_damaged_truncated_foreign_and_newer_transfers_change_nothing(
    laptop: flow.Device, phone: flow.Device
) -> None:
    """Each refused transfer says why in Dutch and leaves the record as it was."""
    page, other = laptop.page(), phone.page()
    mine = flow.record({P1: ITEMS[P1][:1]})
    flow.put(page, mine)
    flow.put(other, flow.record({P2: ITEMS[P2][:2]}, flow.nested({QUESTIONS[0]: "x"})))
    other.goto(flow.MINE)
    link = flow.open_transfer(other)
    head, data = link.rsplit("-", 1)
    flipped = f"{head}-{data[:5]}{'B' if data[5] == 'A' else 'A'}{data[6:]}"
    _refused(page, flipped, "beschadigd of onvolledig", mine)
    _refused(page, link[: len(link) * 2 // 3], "beschadigd of onvolledig", mine)
    _refused(page, link[: link.index("-1-1-") + 3], "beschadigd of onvolledig", mine)
    _refused(page, flow.MINE + "#VK1-7QKD-XO6-M2P-K4-X19", "geen overdracht", mine)
    _refused(page, link.replace("#VKO1-", "#VKO2-"), "nieuwere versie", mine)
    page.goto(flow.MINE)
    page.get_by_label("Plak een link of code").fill("https://example.org/iets-anders")
    page.get_by_role("button", name="Lees de link").click()
    expect(page.locator("[data-vk-transfer-message]")).to_contain_text("geen overdracht")
    assert flow.stored(page) == mine


def test_a_link_opened_twice_imports_once(laptop: flow.Device, phone: flow.Device) -> None:
    """The second time a link is opened (a reload, the chat message tapped again) nothing is
    taken in; a cancelled arrival can still be taken in later."""
    page, other = laptop.page(), phone.page()
    flow.put(other, flow.record({P2: ITEMS[P2][:2]}))
    other.goto(flow.MINE)
    link = flow.open_transfer(other)
    arrive(page, link)
    page.get_by_role("button", name="Annuleren").click()
    expect(page.locator("[data-vk-transfer-message]")).to_contain_text("Niets overgenomen")
    assert flow.stored(page) is None
    arrive(page, link)
    page.get_by_role("button", name="Vervangen").click()
    after = flow.stored(page)
    page.reload()
    expect(page.locator(f'[data-checklist="{P2}"] [data-item]').first).to_be_checked()
    _refused(page, link, "al ontvangen", after)
    fresh = laptop.page()
    _refused(fresh, link, "al ontvangen", after)


def test_ticks_only_fits_one_code_and_replaces_only_ticks(
    laptop: flow.Device, phone: flow.Device
) -> None:
    """Every tick of the site and long answers: "Alles" needs a series, "Alleen vinkjes" one
    code; replacing with it keeps the answers of the receiving device."""
    answers = flow.nested(dict(zip(QUESTIONS, flow.dutch_answers(4), strict=False)))
    page, other = laptop.page(), phone.page()
    flow.put(page, flow.record(flow.all_ticks(), answers))
    page.goto(flow.MINE)
    flow.open_transfer(page)
    assert flow.series_size(page) > 1
    expect(page.locator("[data-vk-transfer-series]")).to_be_visible()
    link = flow.choose_ticks_only(page)
    assert flow.series_size(page) == 1
    expect(page.locator("[data-vk-transfer-series]")).to_be_hidden()
    kept = flow.nested({QUESTIONS[5]: "Blijft op de telefoon."})
    flow.put(other, flow.record({}, kept))
    arrive(other, link)
    assert compare(other)["Antwoorden"][0] == "niet meegestuurd"
    other.get_by_role("button", name="Vervangen").click()
    got = flow.stored(other)
    assert got["ticks"] == flow.record(flow.all_ticks())["ticks"] and got["answers"] == kept


def test_renamed_ids_resolve_through_aliases(
    browser: Browser, published_site: Path, tmp_path: Path
) -> None:
    """A laptop still on the site as it was before an item and a question were renamed sends
    them under their old ids; the phone, on today's site, finds them through the aliases."""
    old_item, new_item = "breng-het-altijd-in", "breng-altijd-in-wat-je-ziet"
    old_q, new_q = "wil-je-team-vertrouwen-opbouwen", "geef-ik-alleen-ruimte-als-alles"
    project = tmp_path / "before"
    flow.build(project)  # copies the project; its principle file is then made "older"
    yml = project / "content_src" / "principles" / "team-vertrouwen.yml"
    text = yml.read_text(encoding="utf-8")
    text = text.replace(
        f"- id: {new_item}\n    aliases:\n    - {old_item}\n",
        f"- id: {old_item}\n    aliases: []\n",
    )
    text = text.replace(
        f"- id: {new_q}\n    aliases:\n    - {old_q}\n", f"- id: {old_q}\n    aliases: []\n"
    )
    assert old_item in text and new_item not in text and new_q not in text
    yml.write_text(text, encoding="utf-8")
    before = flow.build(project)
    p_item = next(p["id"] for p in flow.PRINCIPLES if new_item in ITEMS[p["id"]])
    p_q = next(p for p, q in QUESTIONS if q == new_q)
    old_laptop = flow.device(browser, before)
    new_phone = flow.device(browser, published_site, phone=True)
    try:
        page = old_laptop.page()
        page.goto(flow.PUBLISHED + f"{_article_of(p_q)}/{p_q}/")
        page.locator(f'textarea[data-answer="{old_q}"]').fill("Antwoord van de laptop")
        page.goto(flow.MINE)
        page.locator(f'[data-checklist="{p_item}"] [data-item="{old_item}"]').check()
        link = flow.open_transfer(page)
        other = new_phone.page()
        arrive(other, link)
        expect(other.locator("[data-vk-transfer-notes]")).not_to_contain_text("kent deze versie")
        other.get_by_role("button", name="Samenvoegen").click()
        got = flow.stored(other)
        assert got["ticks"][p_item] == {new_item: True}
        assert got["answers"][p_q] == {new_q: "Antwoord van de laptop"}
        assert new_q in got["answered"][p_q]
        expect(other.locator(f'[data-item="{new_item}"]')).to_be_checked()
    finally:
        old_laptop.context.close()
        new_phone.context.close()
    assert old_laptop.errors == [] and new_phone.errors == []


def test_no_request_leaves_the_site_in_the_whole_flow(
    laptop: flow.Device, phone: flow.Device, published_site: Path
) -> None:
    """From ticking to a merge on the other device, with the camera and a series: every
    request is a GET of one of the site's own files (no query), nothing else is asked."""
    page, other = laptop.page(), phone.page()
    answers = flow.nested(dict(zip(QUESTIONS, flow.dutch_answers(2), strict=False)))
    flow.put(page, flow.record(flow.all_ticks(), answers))
    page.goto(flow.MINE)
    link = flow.open_transfer(page)
    page.get_by_role("button", name="Volgende code").click()
    page.get_by_role("button", name="Ontvang met de camera").click()  # no camera here
    expect(page.locator("[data-vk-transfer-message]")).to_contain_text("camera")
    arrive(other, link)
    other.get_by_role("button", name="Samenvoegen").click()
    expect(other.locator("[data-vk-transfer-message]")).to_contain_text("Samengevoegd")
    requests = laptop.requests + phone.requests
    paths = {r.url for r in requests}
    assert any(u.endswith("kompas-transfer.min.js") for u in paths)
    assert any(u.endswith("qrcode-generator/qrcode.js") for u in paths)
    for request in requests:
        assert request.method == "GET", request.url
        assert request.url.startswith(flow.PUBLISHED), request.url
        assert "?" not in request.url and "VKO" not in request.url, request.url
        path = request.url.removeprefix(flow.PUBLISHED)
        assert (published_site / path).is_file() or (
            published_site / path / "index.html"
        ).is_file(), request.url


def test_offline_copy_sends_a_link_to_the_published_site_and_receives_one(
    browser: Browser, tmp_path: Path, phone: flow.Device
) -> None:
    """The offline zip (file://) of a site with a published address: its transfer link points
    to Mijn checklist on the published site, and a link from the phone pasted into the
    offline copy arrives there."""
    offline = flow.build(tmp_path / "offline", offline=True)
    laptop = flow.device(browser, offline)
    try:
        page = laptop.page()
        page.goto((offline / "mijn-checklist.html").as_uri())
        page.locator(f'[data-checklist="{P1}"] [data-item]').first.check()
        link = flow.open_transfer(page)
        assert link.startswith(flow.MINE + "#VKO1-")
        other = phone.page()
        arrive(other, link)
        other.get_by_role("button", name="Samenvoegen").click()
        other.locator(f'[data-checklist="{P2}"] [data-item]').first.check()
        other.reload()
        back = flow.open_transfer(other)
        page.reload()
        page.get_by_label("Plak een link of code").fill(back)
        page.get_by_role("button", name="Lees de link").click()
        expect(page.locator("[data-vk-transfer-arrival]")).to_be_visible()
        page.get_by_role("button", name="Samenvoegen").click()
        expect(page.locator("[data-vk-transfer-message]")).to_contain_text("nu 2 vinkjes")
        expect(page.locator(f'[data-checklist="{P2}"] [data-item]').first).to_be_checked()
    finally:
        laptop.context.close()
    assert laptop.errors == []


def test_a_copy_without_an_address_gives_a_code_to_paste(
    browser: Browser, tmp_path: Path, phone: flow.Device
) -> None:
    """The offline copy of a site with no published address says its transfer has no link
    and offers the code; pasted on the other device, it arrives."""
    offline = flow.build(tmp_path / "nowhere", "", offline=True)
    laptop = flow.device(browser, offline)
    laptop.context.grant_permissions(["clipboard-read", "clipboard-write"])
    try:
        page = laptop.page()
        page.goto((offline / "mijn-checklist.html").as_uri())
        boxes = page.locator(f'[data-checklist="{P1}"] [data-item]')
        boxes.nth(0).check()
        boxes.nth(1).check()
        page.get_by_role("button", name="Zet over naar een ander apparaat").click()
        expect(page.locator("[data-vk-transfer-qr] svg")).to_be_visible()
        expect(page.locator("a[data-vk-transfer-link]")).to_be_hidden()
        expect(page.locator("[data-vk-transfer-nowhere]")).to_be_visible()
        page.get_by_role("button", name="Kopieer de code").click()
        expect(page.locator("[data-vk-transfer-message]")).to_contain_text("gekopieerd")
        code = page.evaluate("navigator.clipboard.readText()")
        assert re.fullmatch(r"VKO1-[A-Z2-7]{5}-1-1-[A-Z2-7]{7}-[A-Z2-7]+", code)
    finally:
        laptop.context.close()
    assert laptop.errors == []
    other = phone.page()
    other.goto(flow.MINE)
    other.get_by_label("Plak een link of code").fill(f"Hier is hij: {code} (van de laptop)")
    other.get_by_role("button", name="Lees de link").click()
    expect(other.locator("[data-vk-transfer-arrival]")).to_be_visible()
    other.get_by_role("button", name="Samenvoegen").click()
    assert flow.stored(other)["ticks"] == {P1: dict.fromkeys(ITEMS[P1][:2], True)}


def _tab_to(page: Page, selector: str, key: str = "Tab", limit: int = 300) -> None:
    # Press Tab (or ``key``: Shift+Tab) until the element ``selector`` has the focus.
    for _ in range(limit):
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{selector} never got the focus")


def test_keyboard_only(laptop: flow.Device, phone: flow.Device) -> None:
    """Open the transfer, switch to ticks only, step through a series and copy, all with the
    keyboard; on arrival the focus is on what arrived and the choice is made with Enter."""
    answers = flow.nested(dict(zip(QUESTIONS[:3], flow.dutch_answers(3), strict=True)))
    page, other = laptop.page(), phone.page()
    flow.put(page, flow.record(flow.all_ticks(), answers))
    page.goto(flow.MINE)
    _tab_to(page, "button[data-vk-transfer]")
    page.keyboard.press("Enter")
    expect(page.locator("[data-vk-transfer]")).to_have_attribute("aria-expanded", "true")
    expect(page.locator("[data-vk-transfer-qr] figcaption")).to_have_text(
        re.compile(r"Code 1 van \d")
    )
    _tab_to(page, "button[data-vk-transfer-step='1']")
    page.keyboard.press("Enter")
    expect(page.locator("[data-vk-transfer-qr] figcaption")).to_have_text(re.compile(r"Code 2 van"))
    page.keyboard.press("Tab")  # "Wissel vanzelf": the series moves on by itself until unticked
    expect(page.locator("[data-vk-transfer-auto]")).to_be_focused()
    page.keyboard.press("Space")
    caption = page.locator("[data-vk-transfer-qr] figcaption")
    expect(caption).not_to_have_text(re.compile(r"Code 2 van"), timeout=15_000)
    page.keyboard.press("Space")
    expect(page.locator("[data-vk-transfer-auto]")).not_to_be_checked()
    _tab_to(page, "[data-vk-transfer-what][value='alles']", "Shift+Tab")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Alleen vinkjes")).to_be_checked()
    expect(page.locator("[data-vk-transfer-size]")).to_contain_text("Eén QR-code")
    link = page.locator("a[data-vk-transfer-link]").get_attribute("href") or ""
    arrive(other, link)
    expect(other.locator("#vk-ontvangen")).to_be_focused()
    other.keyboard.press("Tab")
    expect(other.get_by_role("button", name="Samenvoegen")).to_be_focused()
    other.keyboard.press("Enter")
    expect(other.locator("[data-vk-transfer-message]")).to_be_focused()
    assert flow.stored(other)["ticks"] == flow.record(flow.all_ticks())["ticks"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_on_the_transfer(
    browser: Browser, published_site: Path, scheme: str
) -> None:
    """axe finds nothing on Mijn checklist with a series shown, the camera's message, and
    an arrival waiting for the choice, in light and dark mode."""
    answers = flow.nested(dict(zip(QUESTIONS[:3], flow.dutch_answers(3), strict=True)))
    made = flow.device(browser, published_site, scheme=scheme)
    try:
        page = made.page()
        flow.put(page, flow.record(flow.all_ticks(), answers))
        page.goto(flow.MINE)
        link = flow.open_transfer(page)
        expect(page.locator("[data-vk-transfer-series]")).to_be_visible()
        page.get_by_role("button", name="Ontvang met de camera").click()
        expect(page.locator("[data-vk-transfer-message]")).to_contain_text("camera")
        assert violations(page) == []
        other = made.page()
        arrive(other, link)
        assert violations(other) == []
    finally:
        made.context.close()


def _article_of(principle: str) -> str:
    # The article a principle belongs to (its page is /<article>/<principle>/).
    return next(
        str(d["article"]["id"]) for d in flow.DOCS for p in d["principles"] if p["id"] == principle
    )


def _seconds(times: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    # Times to the second (a transfer carries seconds).
    return {p: {q: t[:19] for q, t in bucket.items()} for p, bucket in times.items()}
