"""De spiegel in real Chromium: participants make codes, the facilitator takes them by paste,
the mirror, bad codes, the A4 report, export, wiping, keyboard use and accessibility."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import segno
from playwright.sync_api import Browser, Page, expect

from kompas.site import spiegel
from tests import spiegel_flow as flow
from tests.conftest import copy_project, serve
from tests.helpers import SCHEMES, printed_a4_text, violations

pytestmark = pytest.mark.browser

ITEMS = flow.item_ids(flow.PRINCIPLE)
# Answers to the first two items only (one answer per item, unanswered as None).
PARTIAL: list[str | None] = ["vaak", "soms", *[None] * (len(ITEMS) - 2)]
# Three team members; the leader answers "altijd" to everything.
TEAM = [
    {ITEMS[0]: "nooit", ITEMS[1]: "soms", ITEMS[2]: "onbekend"},
    {ITEMS[0]: "soms", ITEMS[1]: "altijd", ITEMS[2]: "vaak"},
    {ITEMS[0]: "nooit", ITEMS[1]: "altijd", ITEMS[2]: "vaak"},
]


@pytest.fixture
def url(site_url: str) -> str:
    """The facilitator's page."""
    return site_url + "spiegel/"


def test_codes_from_participants_make_the_mirror(page: Page, browser: Browser, url: str) -> None:
    """Participants' codes taken by paste give the right distribution, gaps and order; under
    three answers the mirror shows nothing."""
    _, href = flow.start(page, url, flow.PRINCIPLE)
    assert "/spiegel/meedoen/" in href
    codes = [flow.participate(browser, href, answers) for answers in TEAM]
    flow.own(page, dict.fromkeys(ITEMS, "altijd"))
    flow.paste(page, f"Anna: hier is de mijne {codes[0]}\nBram: {codes[1]} groetjes")
    expect(page.locator("[data-spiegel-count]")).to_have_text("2")
    expect(page.locator("[data-spiegel-result]")).to_have_count(0)
    expect(page.get_by_text("De spiegel verschijnt vanaf 3 antwoorden (nu 2)")).to_be_visible()

    flow.paste(page, codes[2])
    expect(page.locator("[data-spiegel-count]")).to_have_text("3")
    rows = page.locator("[data-spiegel-result]")
    expect(rows).to_have_count(len(ITEMS))
    first = page.locator(f'[data-spiegel-result="{ITEMS[0]}"]')
    for value, count in {"nooit": 2, "soms": 1, "vaak": 0, "altijd": 0, "onbekend": 0}.items():
        expect(first).to_have_attribute(f"data-{value}", str(count))
    expect(first).to_have_attribute("data-leider", "altijd")
    third = page.locator(f'[data-spiegel-result="{ITEMS[2]}"]')
    expect(third).to_have_attribute("data-onbekend", "1")
    expect(third).to_have_attribute("data-vaak", "2")
    # Gaps: item 0 = 3 - 1/3, item 2 = 3 - 2, item 1 = 3 - 8/3: sorted largest first.
    order = [r.get_attribute("data-spiegel-result") for r in rows.all()]
    assert order[:3] == [ITEMS[0], ITEMS[2], ITEMS[1]]
    expect(first.locator("td").nth(7)).to_have_text("+2,7")
    expect(page.locator("[data-spiegel-talk] li").first).to_contain_text("Jij: altijd")


def test_the_same_code_counts_once_and_a_correction_replaces(
    page: Page, browser: Browser, url: str
) -> None:
    """A code pasted twice counts once; a participant's new code replaces their old one."""
    session, href = flow.start(page, url, flow.PRINCIPLE)
    code = flow.participate(browser, href, TEAM[0])
    flow.paste(page, f"{code} {code}")
    expect(page.locator("[data-spiegel-count]")).to_have_text("1")
    expect(page.locator("[data-spiegel-wait]")).to_have_text(  # Dutch singular: 1 antwoord
        "De spiegel verschijnt vanaf 3 antwoorden (nu 1), zodat niemand één antwoord kan terugzien."
    )
    expect(page.locator("[data-spiegel-messages]")).to_contain_text("telt één keer")
    response = code.split("-")[3]
    changed = spiegel.encode(session, ITEMS, response, ["altijd"] * len(ITEMS), revision=2)
    flow.paste(page, changed)
    expect(page.locator("[data-spiegel-count]")).to_have_text("1")
    expect(page.locator("[data-spiegel-messages]")).to_contain_text("bijgewerkt")


def test_a_participant_keeps_answers_on_reload(browser: Browser, page: Page, url: str) -> None:
    """A participant's answers are kept in their browser under the spiegel key, and the QR
    code is the text code (same QR version as segno makes for it)."""
    _, href = flow.start(page, url, flow.PRINCIPLE)
    context = browser.new_context()
    phone = context.new_page()
    phone.goto(href)
    phone.locator(f'[data-spiegel-item="{ITEMS[0]}"] input[value="vaak"]').check()
    phone.reload()
    expect(phone.locator(f'[data-spiegel-item="{ITEMS[0]}"] input[value="vaak"]')).to_be_checked()
    keys = phone.evaluate("Object.keys(localStorage)")
    assert [k for k in keys if "vertrouwenskompas" in k] == ["/vertrouwenskompas.spiegel.v1"]
    expect(phone.locator("[data-spiegel-principle]")).to_have_count(1)
    phone.get_by_role("button", name="Maak mijn code").click()
    code = phone.locator("[data-spiegel-code]").text_content() or ""
    matrix = flow.svg_matrix(phone)
    qr = segno.make_qr(code, error="m", boost_error=False)
    assert len(matrix) == len(qr.matrix)  # the same version (masks may differ)
    assert qr.mode == "alphanumeric"
    expect(phone.locator("[data-spiegel-done]")).to_contain_text("niets verstuurd")
    context.close()


@pytest.mark.parametrize(
    ("kind", "why"),
    [
        ("other-session", "andere sessie"),
        ("other-choice", "andere keuze"),
        ("edited", "beschadigd"),
        ("truncated", "beschadigd"),
        ("newer", "nieuwere versie"),
        ("garbage", "geen code gevonden"),
    ],
)
def test_bad_codes_change_nothing_and_say_why(page: Page, url: str, kind: str, why: str) -> None:
    """A code from another session or choice, edited, cut off or newer is refused with a
    reason; the count stays."""
    session, _ = flow.start(page, url, flow.PRINCIPLE)
    good = spiegel.encode(session, ITEMS, "AAAAAA", PARTIAL)
    flow.paste(page, good)
    expect(page.locator("[data-spiegel-count]")).to_have_text("1")
    other = "ZZZZ" if session != "ZZZZ" else "YYYY"
    edited = good[:-6] + ("1" if good[-6] != "1" else "2") + good[-5:]
    bad = {
        "other-session": spiegel.encode(other, ITEMS, "BBBBBB", PARTIAL),
        "other-choice": spiegel.encode(session, flow.item_ids(flow.OTHER), "BBBBBB", [None] * 3),
        "edited": edited,
        "truncated": good[:-2],
        "newer": "VK3-" + good[4:],
        "garbage": "geen codes hier",
    }[kind]
    flow.paste(page, bad)
    expect(page.locator("[data-spiegel-messages]")).to_contain_text(re.compile(why, re.I))
    expect(page.locator("[data-spiegel-count]")).to_have_text("1")
    stored = _stored(page)["sessions"][session]["codes"]
    assert list(stored.values()) == [good]


def test_report_prints_every_column_on_a4(page: Page, url: str, tmp_path: Path) -> None:
    """The session report prints on A4 with the principles, the agreements and the whole
    mirror: every column's header, and every row's values in order."""
    session, _ = flow.start(page, url, flow.PRINCIPLE)
    flow.paste(page, " ".join(_codes(session)))
    flow.own(page, {ITEMS[0]: "vaak", ITEMS[1]: "onbekend"})
    page.locator("[data-spiegel-afspraken]").fill("We bespreken fouten op maandag.")
    out = tmp_path / "verslag.pdf"
    text = printed_a4_text(page, out)
    title = next(p["title"] for p in flow.principles() if p["id"] == flow.PRINCIPLE)
    items = {i["id"]: i["text"] for p in flow.principles() for i in p["checklist"]}
    for expected in (f"sessie {session}", title, items[ITEMS[0]], "We bespreken fouten"):
        assert expected in text
    assert "Codes verzamelen" not in text and "Start de sessie" not in text
    assert "Presenteren" not in text
    headers = page.locator("thead th").all_text_contents()
    assert len(headers) == 10 and headers[-2:] == ["Verschil", "Onenigheid"]
    assert " ".join(headers) in text
    for row in page.locator("[data-spiegel-rows] tr").all():
        statement = row.locator("th").text_content() or ""
        values = " ".join(row.locator("td").all_text_contents())
        assert f"{statement} {values}" in text, values


def test_exports_for_dutch_excel_and_json(page: Page, url: str) -> None:
    """The CSV opens in a Dutch Excel: a byte-order mark, semicolons, decimal commas, values
    rounded to one decimal, and the agreements; the JSON holds the mirror, not the codes."""
    session, _ = flow.start(page, url, flow.PRINCIPLE)
    flow.paste(page, " ".join(_codes(session)))
    flow.own(page, {ITEMS[0]: "vaak"})
    page.locator("[data-spiegel-afspraken]").fill('Elke week "even bijpraten";\nook online.')
    with page.expect_download() as got:
        page.get_by_role("button", name="Download CSV").click()
    assert got.value.suggested_filename == f"spiegel-{session}.csv"
    raw = Path(got.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    head, rows = lines[0], lines[1 : 1 + len(ITEMS)]
    assert head[:3] == ["principe", "item", "uitspraak"] and head[-1] == "onenigheid"
    first = dict(zip(head, next(r for r in rows if r[1] == ITEMS[0]), strict=True))
    # Item 0: nooit, soms, nooit = 0, 1, 0: mean 1/3, gap 2 - 1/3, disagreement 0.47.
    assert (first["nooit"], first["soms"], first["leider"]) == ("2", "1", "vaak")
    assert (first["team_gemiddeld"], first["verschil"], first["onenigheid"]) == (
        "0,3",
        "1,7",
        "0,5",
    )
    assert all(re.fullmatch(r"-?\d+,\d|", r[head.index("team_gemiddeld")]) for r in rows)
    assert lines[-2:] == [[], ["afspraken", 'Elke week "even bijpraten";\nook online.']]
    with page.expect_download() as got:
        page.get_by_role("button", name="Download JSON").click()
    data = json.loads(Path(got.value.path()).read_text("utf-8"))
    assert data["session"] == session and data["answers"] == 3
    assert data["afspraken"] == 'Elke week "even bijpraten";\nook online.'
    assert "codes" not in data  # single answers never leave the mirror


def test_wiping_a_session_leaves_nothing_behind(page: Page, url: str) -> None:
    """ "Sessie wissen" removes the session from this browser's storage (also this browser's
    own answers to it as a participant; an empty record goes altogether) and from the page."""
    session, href = flow.start(page, url, flow.PRINCIPLE)
    page.goto(href)  # the facilitator tries the participants' page in the same browser
    page.locator(f'[data-spiegel-item="{ITEMS[0]}"] input[value="vaak"]').check()
    page.go_back()
    flow.paste(page, " ".join(_codes(session)))
    flow.own(page, {ITEMS[0]: "vaak"})
    page.locator("[data-spiegel-afspraken]").fill("Afspraak")
    assert session in (page.evaluate("localStorage.getItem('/vertrouwenskompas.spiegel.v1')") or "")
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Sessie wissen").click()
    expect(page.get_by_role("button", name="Start de sessie")).to_be_visible()
    expect(page.locator("[data-spiegel-chosen]")).to_have_text(f"Sessie {session} is gewist.")
    stored = page.evaluate("Object.entries(localStorage).map(([k, v]) => k + v).join()")
    assert "spiegel" not in stored and session not in stored
    assert page.evaluate("sessionStorage.length") == 0
    assert f"s={session}" not in page.url
    for part in ("[data-spiegel-rows]", "[data-spiegel-messages]", "[data-spiegel-join-qr]"):
        assert page.locator(part).inner_html() == ""
    assert page.locator("[data-spiegel-paste]").input_value() == ""


def test_the_print_button_prints(page: Page, url: str) -> None:
    """ "Print het verslag" opens the browser's print dialog."""
    flow.start(page, url, flow.PRINCIPLE)
    page.evaluate("window.print = () => { window.printed = true; }")
    page.get_by_role("button", name="Print het verslag").click()
    assert page.evaluate("window.printed") is True


def test_leader_can_take_ticks_from_the_checklist(page: Page, url: str) -> None:
    """Ticks in "Mijn checklist" (record version 1 or 2) become the leader's "vaak"."""
    page.goto(url)
    for version in (1, 2):
        record = {"version": version, "ticks": {flow.PRINCIPLE: {ITEMS[1]: True}}, "answers": {}}
        page.evaluate(
            "([k, v]) => localStorage.setItem(k, v)", ["/vertrouwenskompas.v1", json.dumps(record)]
        )
        flow.start(page, url, flow.PRINCIPLE)
        page.get_by_role("button", name="Neem mijn vinkjes over").click()
        expect(page.locator(f'[data-spiegel-own="{ITEMS[1]}"] input[value="vaak"]')).to_be_checked()
        expect(page.locator(f'[data-spiegel-own="{ITEMS[0]}"] input:checked')).to_have_count(0)
        expect(page.locator("[data-spiegel-messages]")).to_have_text(
            '1 vinkje uit Mijn checklist overgenomen als "vaak".'  # Dutch singular
        )


def test_keyboard_only(browser: Browser, page: Page, url: str) -> None:
    """Start, answer and make a code with the keyboard alone; the scale is a radio group."""
    page.goto(url + "?p=" + flow.PRINCIPLE)
    page.get_by_role("button", name="Start de sessie").focus()
    page.keyboard.press("Enter")
    href = page.locator("a[data-spiegel-join]").get_attribute("href") or ""
    context = browser.new_context()
    phone = context.new_page()
    phone.goto(href)
    group = phone.get_by_role(
        "group",
        name=next(
            i["text"] for p in flow.principles() for i in p["checklist"] if i["id"] == ITEMS[0]
        ),
    )
    expect(group.get_by_role("radio")).to_have_count(5)
    expect(group.get_by_role("radio", name="weet ik niet")).to_have_count(1)
    phone.locator(f'[data-spiegel-item="{ITEMS[0]}"] input').first.focus()
    phone.keyboard.press("ArrowRight")  # nooit → soms, as in any radio group
    expect(phone.locator(f'[data-spiegel-item="{ITEMS[0]}"] input[value="soms"]')).to_be_checked()
    phone.get_by_role("button", name="Maak mijn code").focus()
    phone.keyboard.press("Enter")
    expect(phone.locator("[data-spiegel-done]")).to_be_focused()
    expect(phone.locator("[data-spiegel-code]")).to_have_text(re.compile("^VK2-"))
    context.close()


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("which", ["leider", "meedoen"])
def test_no_axe_violations(browser: Browser, url: str, scheme: str, which: str) -> None:
    """No axe-core violation on the spiegel pages (with a mirror on screen), light and dark."""
    context = browser.new_context(
        color_scheme="dark" if scheme == "dark" else "light",
        viewport={"width": 1280, "height": 900},
    )
    page = context.new_page()
    session, href = flow.start(page, url, flow.PRINCIPLE)
    if scheme == "dark-stored":
        page.locator("label[for='__palette_1']").click()
    if which == "leider":
        flow.paste(page, " ".join(_codes(session)))
        flow.paste(page, "VK2-kapot")
        expect(page.locator("[data-spiegel-result]")).to_have_count(len(ITEMS))
    else:
        page.goto(href)
        page.locator(f'[data-spiegel-item="{ITEMS[0]}"] input[value="vaak"]').check()
    assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme]
    assert violations(page) == []
    if which == "meedoen":
        page.get_by_role("button", name="Maak mijn code").click()
        assert violations(page) == []
    context.close()


def test_no_request_to_other_hosts_and_no_cookie(browser: Browser, url: str) -> None:
    """The spiegel pages load only from the site itself and set no cookie."""
    context = browser.new_context()
    page = context.new_page()
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    _, href = flow.start(page, url, flow.PRINCIPLE)
    page.goto(href)
    host = url.split("/spiegel/")[0]
    assert seen and all(u.startswith((host, "data:", "blob:")) for u in seen), seen
    assert context.cookies() == []
    context.close()


def test_general_pages_do_not_load_the_spiegel_scripts(
    browser: Browser, built_site: Path, site_url: str
) -> None:
    """The spiegel's markup and style are only on its two pages, and its script and the QR
    library load only there (main.js asks for them where [data-spiegel] is)."""
    for path in built_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        on_spiegel = path.parent.name in ("spiegel", "meedoen")
        assert ("data-spiegel=" in html) == on_spiegel, path
        assert ("spiegel.min.css" in html) == on_spiegel, path
    context = browser.new_context()
    page = context.new_page()
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    for general in ("", "team-vertrouwen/laat-ruimte-echt/", "mijn-checklist/"):
        page.goto(site_url + general, wait_until="networkidle")
    assert not [u for u in seen if "spiegel" in u or "qrcode" in u]
    flow.start(page, site_url + "spiegel/", flow.PRINCIPLE)
    expect(page.locator("[data-spiegel-join-qr] svg")).to_be_visible()
    assert [u for u in seen if u.endswith("/assets/kompas/spiegel.min.js")]
    assert [u for u in seen if u.endswith("/qrcode-generator/qrcode.js")]
    context.close()


def _stored(page: Page) -> dict[str, dict[str, dict[str, dict[str, str]]]]:
    # The spiegel's storage record in this browser.
    raw = page.evaluate("localStorage.getItem('/vertrouwenskompas.spiegel.v1')")
    result: dict[str, dict[str, dict[str, dict[str, str]]]] = json.loads(raw)
    return result


def _codes(session: str) -> list[str]:
    # The TEAM's codes for a session, made by the Python side of the format.
    return [
        spiegel.encode(session, ITEMS, f"R{n}0000", [answers.get(i) for i in ITEMS])
        for n, answers in enumerate(TEAM)
    ]


def test_spiegel_mounts_after_instant_navigation(browser: Browser, tmp_path: Path) -> None:
    """Reached through Material's instant navigation, the page loads its scripts and mounts."""
    # Instant navigation only follows links of the site's own address, so build for this port.
    server, site = serve(tmp_path / "project" / "site")
    project = copy_project(tmp_path / "project")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SITE_URL": site, "KOMPAS_PDF": "0", "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site, wait_until="networkidle")
    page.evaluate("window.sameDocument = true")
    page.locator("nav.md-nav--primary a", has_text="De spiegel").first.click()
    page.get_by_role("button", name="Start de sessie").click()
    expect(page.locator("[data-spiegel-join-qr] svg")).to_be_visible()
    assert page.evaluate("window.sameDocument") is True  # no full page load happened
    assert errors == []
    context.close()
    server.shutdown()


def test_a_new_session_with_another_choice(page: Page, url: str) -> None:
    """ "Nieuwe sessie met een andere keuze" opens the start with this session's choice."""
    flow.start(page, url, flow.PRINCIPLE, flow.OTHER)
    page.get_by_role("link", name="Nieuwe sessie met een andere keuze").click()
    expect(page.get_by_role("button", name="Start de sessie")).to_be_visible()
    ticked = page.locator("[data-pick]:checked")
    expect(ticked).to_have_count(2)
    assert {b.get_attribute("value") for b in ticked.all()} == {flow.PRINCIPLE, flow.OTHER}
    assert "s=" not in page.url
